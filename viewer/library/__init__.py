"""The archives open in this window and the sidebar that lists them.

`sessions` holds the model: `Library`, one `ArchiveSession` per open file (its connection and its
verification state). `sidebar` holds the Qt models and delegate that show the library, each archive
with its trust badge, and the items of the selected one.
"""
