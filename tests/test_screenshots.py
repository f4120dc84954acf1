"""README's pictures are all rendered by docs/screenshots/capture.py, from the UI as it is now."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "docs" / "screenshots"
RERUN = "run QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/capture.py"


def _freshness():
    """docs/screenshots/freshness.py, the Qt-free half of capture.py (the docs folder is no package)."""
    spec = importlib.util.spec_from_file_location("screenshot_freshness", SCREENSHOTS / "freshness.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


freshness = _freshness()


def _readme_images() -> set[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"!\[[^\]]*\]\(docs/screenshots/([^)\s]+)\)", readme))


def test_screenshots_are_rendered_from_the_current_ui():
    recorded, _images = freshness.read_record()
    assert recorded == freshness.ui_hash(), f"the screenshots are older than the UI: {RERUN}"


def test_every_readme_image_exists_and_is_rendered_by_the_script():
    _recorded, rendered = freshness.read_record()
    images = _readme_images()
    assert {"main-window.png", "annotations.png"} <= images
    assert images <= set(rendered), f"README shows pictures capture.py did not render: {sorted(images - set(rendered))}"
    assert all((SCREENSHOTS / name).is_file() for name in images)


def test_no_picture_in_the_folder_is_left_over_from_an_older_script():
    on_disk = {path.name for path in SCREENSHOTS.glob("*.png")}
    assert on_disk == set(freshness.read_record()[1]), f"not rendered by capture.py: {RERUN}"


def test_the_hash_covers_viewer_code_translations_and_sample_but_not_the_sample_tools():
    paths = {path.relative_to(ROOT).as_posix() for path in freshness.dependencies()}
    assert {"viewer/mainwindow.py", "viewer/annotations/controller.py", "resources/translations/casefile_ug.qm",
            "resources/sample/archive.toml", "docs/screenshots/capture.py"} <= paths
    assert not any(path.startswith("resources/sample/_tools/") or "__pycache__" in path for path in paths)


def test_a_changed_viewer_file_changes_the_hash(tmp_path):
    (tmp_path / "viewer").mkdir()
    module = tmp_path / "viewer" / "widget.py"
    module.write_text("LABEL = 'Search'\n", encoding="utf-8")
    before = freshness.ui_hash(tmp_path)
    module.write_text("LABEL = 'Find'\n", encoding="utf-8")
    after = freshness.ui_hash(tmp_path)
    assert after != before
    module.write_bytes(b"LABEL = 'Find'\r\n")  # the same text checked out with Windows line endings
    assert freshness.ui_hash(tmp_path) == after
