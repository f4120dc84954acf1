"""The reader's own annotations in the viewer: highlights, regions, notes, tags, bookmarks.

`StoreController` is the main window's single writer to the reader's store (`archive.store`);
`Annotator` ties an open item's reader to it; `AnnotationSidebar` lists and edits an item's
annotations; `AnnotationsView` lists an archive's; `StoreActions` holds the menus and the audit log.
"""

from .actions import StoreActions
from .annotator import Annotator
from .controller import StoreController
from .sidebar import AnnotationSidebar
from .view import AnnotationsView

__all__ = ["AnnotationSidebar", "AnnotationsView", "Annotator", "StoreActions", "StoreController"]
