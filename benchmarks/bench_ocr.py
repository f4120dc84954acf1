"""OCR accuracy and speed (issue 19) on the generated test set (ocr_testset.py).

    python benchmarks/bench_ocr.py [--pages 12] [--work /tmp/casefile-ocr] [--markdown FILE]

Accuracy: for each language x variant (clean, noisy, 2-degree skew, turned 90 degrees), the character
error rate (CER) of `archive.publish.ocr.recognise()` against the page's ground truth. Chinese is read
with chi_sim+chi_tra, as a build with `languages = ["zh"]` does, and clean Chinese also with chi_sim
alone. Targets on clean pages: English <= 2%, Chinese <= 8%, Uyghur <= 10%.

Speed: pages per minute on English and Chinese A4 pages at 300 dpi, over `--pages` different pages,
in one process and in a pool of two (the machine has two cores). The peer, in the same run and on the
same PNG files: the `tesseract` command line itself (`tesseract page.png - -l eng`), one or two at a
time, so the ratio is Casefile's overhead (orientation detection, deskew, word boxes). Both sides run
Tesseract with one thread per process (OMP_THREAD_LIMIT=1, what the engine sets for the build's pool).
Target: >= 30 English pages/min.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import ocr_testset  # noqa: E402
from archive.publish.ocr import OcrSettings, engine_version, languages_for, recognise  # noqa: E402

TESSERACT = {"en": ("eng",), "zh": languages_for(["zh"]), "ug": languages_for(["ug"])}
TARGETS = {"en": 0.02, "zh": 0.08, "ug": 0.10}
NAMES = {"en": "English", "zh": "Chinese", "ug": "Uyghur"}


def read_page(path: Path, languages: tuple[str, ...]) -> str:
    """Casefile's OCR of one PNG page (a pool worker: everything it needs comes as arguments)."""
    with Image.open(path) as image:
        return recognise(image, OcrSettings(languages)).text


def peer_page(path: Path, languages: tuple[str, ...]) -> str:
    """The `tesseract` command line's text for one PNG page."""
    command = ["tesseract", str(path), "-", "-l", "+".join(languages)]
    return subprocess.run(command, capture_output=True, check=True, text=True).stdout


def accuracy_rows() -> list[dict]:
    """One row per language x variant: CER, detected rotation and skew, mean confidence, seconds."""
    runs = [(lang, TESSERACT[lang], name) for lang in ocr_testset.LANGUAGES for name in ocr_testset.VARIANTS]
    runs.insert(len(ocr_testset.VARIANTS) + 1, ("zh", ("chi_sim",), "clean"))
    rows = []
    for language, languages, name in runs:
        image, truth = ocr_testset.page(language, 1, name)
        started = time.perf_counter()
        result = recognise(image, OcrSettings(languages))
        rows.append({"language": language, "tesseract": "+".join(languages), "variant": name,
                     "cer": ocr_testset.cer(truth, result.text, language), "rotation": result.rotation,
                     "skew": result.skew, "confidence": result.confidence or 0.0,
                     "seconds": time.perf_counter() - started})
        print(format_accuracy(rows[-1]), flush=True)
    return rows


def format_accuracy(row: dict) -> str:
    return (f"| {NAMES[row['language']]} | {row['tesseract']} | {row['variant']} | {row['cer']:.2%} | "
            f"{row['rotation']} | {row['skew']:.1f} | {row['confidence']:.0f} | {row['seconds']:.1f} |")


def write_pages(language: str, pages: int, work: Path) -> list[Path]:
    """`pages` different clean pages of one language as PNG files."""
    paths = []
    for number in range(1, pages + 1):
        path = work / f"{language}-{number:02d}.png"
        ocr_testset.page(language, number)[0].save(path, dpi=(300, 300))
        paths.append(path)
    return paths


def pages_per_minute(work, paths: list[Path], languages: tuple[str, ...], workers: int, pool) -> float:
    """Run `work` over every page with `workers` at a time; pages per minute of wall time."""
    started = time.perf_counter()
    with pool(max_workers=workers) as executor:
        list(executor.map(work, paths, [languages] * len(paths)))
    return len(paths) * 60 / (time.perf_counter() - started)


def speed_rows(pages: int, work: Path) -> list[dict]:
    """Casefile and the peer, one process and two, for English and Chinese."""
    rows = []
    for language in ("en", "zh"):
        paths, languages = write_pages(language, pages, work), TESSERACT[language]
        for workers in (1, 2):
            ours = pages_per_minute(read_page, paths, languages, workers, ProcessPoolExecutor)
            peer = pages_per_minute(peer_page, paths, languages, workers, ThreadPoolExecutor)
            rows.append({"language": language, "tesseract": "+".join(languages), "workers": workers,
                         "pages": len(paths), "ours": ours, "peer": peer})
            print(format_speed(rows[-1]), flush=True)
    return rows


def format_speed(row: dict) -> str:
    return (f"| {NAMES[row['language']]} ({row['tesseract']}) | {row['workers']} | {row['pages']} | "
            f"{row['ours']:.1f} | {row['peer']:.1f} | {row['peer'] / row['ours']:.2f}x |")


ACCURACY_HEAD = ("| language | Tesseract languages | page | CER | turned (detected) | skew corrected ° | "
                 "mean confidence | seconds |\n|---|---|---|---:|---:|---:|---:|---:|")
SPEED_HEAD = ("| language | processes | pages | Casefile pages/min | peer: `tesseract` CLI pages/min | "
              "Casefile's time against the peer |\n|---|---:|---:|---:|---:|---:|")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12, help="pages per language for the speed runs")
    parser.add_argument("--work", type=Path, default=Path("/tmp/casefile-ocr"))
    parser.add_argument("--markdown", type=Path, help="also write both tables to this file")
    args = parser.parse_args()
    if not ocr_testset.can_shape_arabic():
        print("Pillow has no libraqm: Uyghur pages would be drawn unjoined and are left out")
        ocr_testset.LANGUAGES = ("en", "zh")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    print(f"{engine_version()}, {os.cpu_count()} cores\n\n{ACCURACY_HEAD}")
    accuracy = "\n".join(format_accuracy(row) for row in accuracy_rows())
    print(f"\n{SPEED_HEAD}")
    speed = "\n".join(format_speed(row) for row in speed_rows(args.pages, args.work))
    if args.markdown:
        args.markdown.write_text(f"{ACCURACY_HEAD}\n{accuracy}\n\n{SPEED_HEAD}\n{speed}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
