"""Fixtures of the hostile-input tests: keys, a signed archive, and one archive holding every hostile item."""

from __future__ import annotations

import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from archive.signing import minisign
from archive.signing.sign import sign_archive

from . import corpus
from .forge import HTML_ITEMS, HUGE_METADATA_ITEM, IMAGE_ITEMS, PDF_ITEMS, huge_metadata, plant

MEDIA_TYPES = {"img-truncated-jpeg": "image/jpeg"}


@contextmanager
def within(seconds: float):
    """Fail if the block takes longer than `seconds`: hostile input must never make Casefile hang."""
    started = time.monotonic()
    yield
    elapsed = time.monotonic() - started
    assert elapsed < seconds, f"took {elapsed:.2f} s, over the {seconds} s bound"


@pytest.fixture(scope="session")
def keys() -> tuple[minisign.SecretKey, minisign.SecretKey]:
    """The publisher's key and another, unencrypted (scrypt would cost seconds per test)."""
    return minisign.SecretKey.generate("publisher"), minisign.SecretKey.generate("someone else")


@pytest.fixture(scope="session")
def signed(built, keys, tmp_path_factory) -> Path:
    """The test archive signed by keys[0], with ARCHIVE.minisig beside it; copy before damaging."""
    path = tmp_path_factory.mktemp("signed") / "signed.casefile"
    shutil.copyfile(built, path)
    sign_archive(path, keys[0])
    return path


def copy_signed(signed: Path, folder: Path) -> Path:
    target = folder / signed.name
    shutil.copyfile(signed, target)
    shutil.copyfile(signed.with_name(signed.name + ".minisig"), folder / (signed.name + ".minisig"))
    return target


@pytest.fixture(scope="session")
def hostile(built, tmp_path_factory) -> Path:
    """The test archive plus every hostile image, HTML report and PDF of the corpus, planted as a forger
    would (raw, bypassing the builder's checks), and an image with absurd metadata rows."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.casefile"
    shutil.copyfile(built, path)
    for item_id, case_id in IMAGE_ITEMS.items():
        media_type = MEDIA_TYPES.get(case_id, "image/png")
        plant(path, item_id, "image", media_type, corpus.MAKERS[case_id](),
              image=(media_type.split("/")[1].upper(), 64, 64, "{}"))
    for item_id, case_id in HTML_ITEMS.items():
        markup = corpus.MAKERS[case_id]()
        plant(path, item_id, "report", "text/html", markup.encode("utf-8"), html=markup, text="A hostile report.")
    for item_id, case_id in PDF_ITEMS.items():
        plant(path, item_id, "report", "application/pdf", corpus.MAKERS[case_id](), text="A hostile PDF.")
    exif, caption = huge_metadata()
    plant(path, HUGE_METADATA_ITEM, "image", "image/png", corpus.MAKERS["img-huge-exif"](),
          caption=caption, image=("PNG", 64, 64, exif))
    return path
