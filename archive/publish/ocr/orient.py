"""Turning a page upright before it is read, and mapping word boxes back onto the page as given.

Orientation (0/90/180/270) comes from Tesseract's orientation and script detection (OSD). Skew, the
small tilt of a page laid crooked on a scanner, is found with a projection profile: on a small
binarised copy, text lines are horizontal at the angle where the row sums vary the most (ink rows and
blank rows between lines alternate sharply). Pillow only: numpy is not a dependency.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image

from .results import OcrFailed

MAX_SKEW = 5.0                 # degrees searched either way; a worse scan is redone, not corrected
COARSE_STEP, FINE_STEP = 0.5, 0.1
MIN_SKEW = 0.2                 # below this, resampling the page would blur it more than the tilt hurts
SKEW_EDGE = 1000               # longest side of the copy searched: lines of 10-pt text stay resolved
MIN_OSD_CONFIDENCE = 1.5       # OSD's own scale; below it, a guess that would turn a good page over


@dataclass(frozen=True)
class Turn:
    """A counter-clockwise rotation by `angle` degrees about the centre, canvas grown to fit (what
    Pillow's `rotate(angle, expand=True)` does), from a `size` image to a `turned` one."""

    angle: float
    size: tuple[int, int]
    turned: tuple[int, int]

    def apply(self, image: Image.Image) -> Image.Image:
        """The image turned; right angles are exact (transposes), others resampled on white."""
        right = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180,
                 270: Image.Transpose.ROTATE_270}
        if self.angle % 360 == 0:
            return image
        if self.angle % 360 in right:
            return image.transpose(right[self.angle % 360])
        return image.rotate(self.angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)

    def box_back(self, x: int, y: int, w: int, h: int) -> tuple[int, int, int, int]:
        """A box in the turned image as a box in the original: its corners turned back, the bounding
        box of those, clamped to the original image."""
        corners = [self._point_back(px, py) for px in (x, x + w) for py in (y, y + h)]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        left, top = _clamp(math.floor(min(xs)), self.size[0]), _clamp(math.floor(min(ys)), self.size[1])
        right, bottom = _clamp(math.ceil(max(xs)), self.size[0]), _clamp(math.ceil(max(ys)), self.size[1])
        return left, top, right - left, bottom - top

    def _point_back(self, x: float, y: float) -> tuple[float, float]:
        # Image y grows downwards, so a counter-clockwise turn is (x, y) -> (x cos + y sin, -x sin + y cos)
        # about the centres; this is its inverse.
        a = math.radians(self.angle)
        dx, dy = x - self.turned[0] / 2, y - self.turned[1] / 2
        return (dx * math.cos(a) - dy * math.sin(a) + self.size[0] / 2,
                dx * math.sin(a) + dy * math.cos(a) + self.size[1] / 2)


def turn_for(size: tuple[int, int], angle: float) -> Turn:
    """The Turn by `angle` of an image of `size`, with the canvas size Pillow gives it."""
    if angle % 180 == 0:
        return Turn(angle, size, size)
    if angle % 90 == 0:
        return Turn(angle, size, (size[1], size[0]))
    probe = Image.new("1", size).rotate(angle, expand=True)
    return Turn(angle, size, probe.size)


def rotation(gray: Image.Image, timeout: float) -> int:
    """How many degrees counter-clockwise the page must turn to stand upright (0/90/180/270); 0 when
    OSD cannot tell, as on a page with too little text."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(gray, config="--psm 0", output_type=pytesseract.Output.DICT,
                                       timeout=timeout)
    except RuntimeError as exc:  # the timeout; TesseractError is "too few characters" and the like
        if isinstance(exc, pytesseract.TesseractError):
            return 0
        raise OcrFailed(f"Tesseract took longer than {timeout:g} s to find the page's orientation") from None
    if float(osd.get("orientation_conf", 0)) < MIN_OSD_CONFIDENCE:
        return 0
    # OSD's "rotate" is clockwise; Pillow's angles are counter-clockwise.
    return (360 - int(osd.get("rotate", 0))) % 360


def skew(gray: Image.Image) -> float:
    """The angle (degrees, counter-clockwise, within ±MAX_SKEW) that makes the page's text lines
    horizontal; 0.0 when the tilt is too small to be worth correcting."""
    ink = _binarised(gray)
    best = _best_angle(ink, _steps(-MAX_SKEW, MAX_SKEW, COARSE_STEP))
    best = _best_angle(ink, _steps(best - COARSE_STEP, best + COARSE_STEP, FINE_STEP))
    return round(best, 2) if abs(best) >= MIN_SKEW else 0.0


def _binarised(gray: Image.Image) -> Image.Image:
    """A small copy with ink white (255) on black, so the black fill of a rotation adds no ink."""
    scale = min(1.0, SKEW_EDGE / max(gray.size))
    small = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))),
                        Image.Resampling.BOX)
    threshold = _otsu(small.histogram())
    return small.point(lambda v: 255 if v < threshold else 0)


def _otsu(histogram: list[int]) -> int:
    """Otsu's threshold: the grey level that best splits the pixels into ink and paper."""
    total = sum(histogram)
    weighted = sum(level * count for level, count in enumerate(histogram))
    below = below_weighted = 0
    best, threshold = -1.0, 128
    for level, count in enumerate(histogram):
        below += count
        below_weighted += level * count
        above = total - below
        if below == 0 or above == 0:
            continue
        gap = below_weighted / below - (weighted - below_weighted) / above
        spread = below * above * gap * gap
        if spread > best:
            best, threshold = spread, level + 1
    return threshold


def _best_angle(ink: Image.Image, angles: list[float]) -> float:
    # Ties go to the angle nearest 0, so a page with no lines (a photo) is left as it is.
    return max(angles, key=lambda angle: (_profile_variance(ink, angle), -abs(angle)))


def _profile_variance(ink: Image.Image, angle: float) -> float:
    turned = ink.rotate(angle, resample=Image.Resampling.BILINEAR) if angle else ink
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()  # one byte per row
    mean = sum(rows) / len(rows)
    return sum((r - mean) ** 2 for r in rows) / len(rows)


def _steps(low: float, high: float, step: float) -> list[float]:
    count = round((high - low) / step)
    return [round(low + i * step, 4) for i in range(count + 1)]


def _clamp(value: int, limit: int) -> int:
    return max(0, min(limit, value))
