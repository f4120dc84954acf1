"""A generated OCR test set (issue 19): known text rendered with real fonts on A4 pages at 300 dpi.

    python benchmarks/ocr_testset.py OUT_DIR [--pages 1] [--seed 1]

Each page holds several paragraphs in one language (English, Simplified Chinese, or Uyghur in
Arabic script), written for this set about the sample's subjects from public facts. Variants:
`clean`; `noisy` (a slight blur, Gaussian and salt-and-pepper noise, JPEG artefacts, all seeded);
`skew2` (turned 2 degrees); `rot90` (turned a quarter, as a scanner fed sideways). The ground truth
of every page is its text as laid out, one line per rendered line. The same arguments always give
the same pixels; nothing reads the clock.

Also here: `cer()`, the character error rate the benchmark (bench_ocr.py) reports.
"""

from __future__ import annotations

import argparse
import functools
import io
import random
import re
import unicodedata
from pathlib import Path
from statistics import NormalDist

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, features

A4_300DPI = (2480, 3508)
MARGIN = 236  # 2 cm at 300 dpi
VARIANTS = ("clean", "noisy", "skew2", "rot90")
LANGUAGES = ("en", "zh", "ug")
REPO = Path(__file__).resolve().parents[1]

# (font file, face index in a collection, pixel size: 11-12 pt at 300 dpi)
FONTS = {
    "en": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, 46),
    # NotoSansCJK-Regular.ttc faces: 0 JP, 1 KR, 2 SC, 3 TC; SC draws Simplified Chinese glyph forms.
    "zh": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, 46),
    "ug": (str(REPO / "resources/fonts/NotoSansArabic-Regular.ttf"), 0, 50),
}

PARAGRAPHS = {
    "en": (
        "In August 2022 the Office of the United Nations High Commissioner for Human Rights published "
        "its assessment of human rights concerns in the Xinjiang Uyghur Autonomous Region.",
        "The assessment found that the arbitrary detention of Uyghurs and other predominantly Muslim "
        "groups may amount to international crimes, in particular crimes against humanity.",
        "On 22 March 2021 the European Union, the United Kingdom, the United States and Canada imposed "
        "coordinated sanctions on officials and one entity in Xinjiang.",
        "China answered the same day with counter-sanctions on members of the European Parliament, "
        "scholars, research institutes and a committee of the Council of the European Union.",
        "The Xinjiang Police Files are internal documents, speeches and photographs of detainees taken "
        "from police computers in Konasheher and Tekes counties.",
        "A report from Sheffield Hallam University examined the Xinjiang Production and Construction "
        "Corps and its role in the cotton and tomato supply chains.",
        "Researchers compared each leaked record with the original file, checked the dates and noted "
        "where every page came from before it was published.",
        "Lawyers need proof that every exhibit is exactly what the publisher signed, page by page, "
        "and a record of what was exported and when.",
        "The archive opens on a computer without any network connection, and its signature can be "
        "checked with a standard tool.",
    ),
    "zh": (
        "二〇二二年八月，联合国人权事务高级专员办事处发布了关于新疆维吾尔自治区人权问题的评估报告。",
        "报告认为，对维吾尔族和其他以穆斯林为主的群体的任意拘留，可能构成国际罪行，特别是危害人类罪。",
        "二〇二一年三月，欧盟、英国、美国和加拿大协调一致，对新疆的若干官员和一个机构实施了制裁。",
        "中国当天宣布反制裁，对象包括欧洲议会议员、学者、研究机构以及欧盟理事会的一个委员会。",
        "新疆警察文件包括来自疏附县和特克斯县警方电脑的内部文件、讲话稿和被拘留者的照片。",
        "谢菲尔德哈勒姆大学的研究报告讨论了新疆生产建设兵团及其在棉花和番茄供应链中的作用。",
        "研究人员逐页核对每一份泄露的记录，检查日期，并在发布之前注明每一页材料的来源。",
        "律师需要证明每一件证据都与发布者签名的内容完全相同，并记录何时导出了哪些材料。",
        "这个档案可以在没有网络的电脑上打开，任何人都可以用标准工具验证它的签名。",
    ),
    "ug": (
        "بىرلەشكەن دۆلەتلەر تەشكىلاتى كىشىلىك ھوقۇق ئالىي كومىسسارى ئىشخانىسى شىنجاڭ توغرىسىدا "
        "باھالاش دوكلاتى ئېلان قىلدى.",
        "دوكلاتتا ئۇيغۇرلار ۋە باشقا مۇسۇلمان خەلقلەرنى خالىغانچە تۇتۇپ تۇرۇش ئىنسانىيەتكە قارشى "
        "جىنايەت بولۇشى مۇمكىن دېيىلدى.",
        "ياۋروپا ئىتتىپاقى، ئەنگلىيە، ئامېرىكا ۋە كانادا شىنجاڭدىكى بىر قانچە ئەمەلدارغا جازا "
        "يۈرگۈزدى.",
        "جۇڭگو شۇ كۈنىلا ياۋروپا پارلامېنتى ئەزالىرى ۋە تەتقىقاتچىلارغا قارشى جازا ئېلان قىلدى.",
        "شىنجاڭ ساقچى ھۆججەتلىرى قوناشەھەر ۋە تېكەس ناھىيىلىرىدىكى ساقچى كومپيۇتېرلىرىدىن "
        "كەلگەن.",
        "بۇ ھۆججەتلەردە ئىچكى بۇيرۇقلار، سۆزلەر ۋە تۇتۇپ تۇرۇلغانلارنىڭ سۈرەتلىرى بار.",
        "تەتقىقاتچىلار ھەر بىر خاتىرىنى ئەسلى ھۆججەت بىلەن سېلىشتۇرۇپ، چېسلاسىنى تەكشۈردى.",
        "بۇ ئارخىپ تورسىز كومپيۇتېردا ئېچىلىدۇ ۋە ئۇنىڭ ئىمزاسىنى ھەر كىم تەكشۈرەلەيدۇ.",
    ),
}


@functools.lru_cache(maxsize=None)
def font(language: str) -> ImageFont.FreeTypeFont:
    """The font a language's pages are drawn with, with complex-text layout where Pillow has it."""
    path, index, size = FONTS[language]
    return ImageFont.truetype(path, size, index=index, layout_engine=ImageFont.Layout.RAQM)


def can_shape_arabic() -> bool:
    """True when Pillow lays out text with libraqm: without it Arabic letters come out unjoined."""
    return bool(features.check("raqm"))


def text_width(language: str, text: str) -> float:
    """Width in pixels of one line as it will be drawn."""
    direction = "rtl" if language == "ug" else "ltr"
    return font(language).getlength(text, direction=direction)


def wrap(language: str, paragraph: str, width: int) -> list[str]:
    """Greedy line breaking: between words, or between any two characters for Chinese."""
    units = list(paragraph) if language == "zh" else paragraph.split()
    joiner = "" if language == "zh" else " "
    lines, line = [], ""
    for unit in units:
        candidate = f"{line}{joiner}{unit}" if line else unit
        if line and text_width(language, candidate) > width:
            lines.append(line)
            candidate = unit
        line = candidate
    return lines + [line] if line else lines


def page_lines(language: str, number: int, seed: int) -> list[str]:
    """The lines of one full page: the paragraphs in a seeded order, repeated until the page is full.

    An empty string stands for the gap between paragraphs."""
    rng = random.Random(f"{seed}-{language}-{number}")
    paragraphs = list(PARAGRAPHS[language])
    rng.shuffle(paragraphs)
    size = FONTS[language][2]
    room = (A4_300DPI[1] - 2 * MARGIN) // round(size * 1.5)
    lines: list[str] = []
    for index in range(len(paragraphs) * 4):
        block = wrap(language, paragraphs[index % len(paragraphs)], A4_300DPI[0] - 2 * MARGIN)
        if len(lines) + len(block) > room:
            break
        lines += block + [""]
    return lines[:-1]


def render(language: str, lines: list[str]) -> Image.Image:
    """A white greyscale A4 page at 300 dpi with the lines drawn in black."""
    page = Image.new("L", A4_300DPI, 255)
    draw = ImageDraw.Draw(page)
    step = round(FONTS[language][2] * 1.5)
    for row, line in enumerate(lines):
        y = MARGIN + row * step
        if language == "ug":
            draw.text((A4_300DPI[0] - MARGIN, y), line, fill=0, font=font(language), anchor="ra",
                      direction="rtl", language="ug")
        else:
            draw.text((MARGIN, y), line, fill=0, font=font(language), anchor="la")
    return page


def gaussian_lut(sigma: float) -> list[int]:
    """Maps uniform bytes to Gaussian noise centred on 128 (inverse of the normal CDF)."""
    normal = NormalDist(128, sigma)
    return [max(0, min(255, round(normal.inv_cdf((u + 0.5) / 256)))) for u in range(256)]


def add_noise(page: Image.Image, rng: random.Random) -> Image.Image:
    """A poor scan, in the order a scanner makes it: blurred optics, then Gaussian sensor grain and salt
    and pepper (1 pixel in 256 each), then JPEG at quality 30."""
    size = page.size
    noisy = page.filter(ImageFilter.GaussianBlur(1.2))
    grain = Image.frombytes("L", size, rng.randbytes(size[0] * size[1])).point(gaussian_lut(40))
    noisy = ImageChops.add(noisy, grain, scale=1.0, offset=-128)
    speckle = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    noisy.paste(0, mask=speckle.point([255] + [0] * 255))
    noisy.paste(255, mask=speckle.point([0] * 255 + [255]))
    buffer = io.BytesIO()
    noisy.save(buffer, "JPEG", quality=30)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def variant(page: Image.Image, name: str, rng: random.Random) -> Image.Image:
    """The clean page as one of VARIANTS."""
    if name == "noisy":
        return add_noise(page, rng)
    if name == "skew2":
        return page.rotate(2, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if name == "rot90":
        return page.transpose(Image.Transpose.ROTATE_90)
    return page


def page(language: str, number: int = 1, name: str = "clean", seed: int = 1) -> tuple[Image.Image, str]:
    """One page of the test set and its ground truth (lines joined by newlines)."""
    lines = page_lines(language, number, seed)
    rng = random.Random(f"{seed}-{language}-{number}-{name}")
    return variant(render(language, lines), name, rng), "\n".join(lines)


def write(out_dir: Path, pages: int = 1, seed: int = 1) -> list[Path]:
    """Write every language x variant x page as LANG-VARIANT-NN.png beside LANG-VARIANT-NN.txt."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        for name in VARIANTS:
            for number in range(1, pages + 1):
                image, truth = page(language, number, name, seed)
                stem = out_dir / f"{language}-{name}-{number:02d}"
                image.save(stem.with_suffix(".png"), dpi=(300, 300))
                stem.with_suffix(".txt").write_text(truth + "\n", encoding="utf-8")
                written.append(stem.with_suffix(".png"))
    return written


def normalise(text: str, language: str) -> str:
    """Text as compared: NFKC (so a full-width comma equals a comma, a presentation form its letter),
    whitespace runs as one space, and for Chinese no whitespace at all (it has no word spaces)."""
    text = unicodedata.normalize("NFKC", text)
    if language == "zh":
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions) between two strings.

    Myers' bit-parallel algorithm (as Hyyrö gives it for edit distance) with Python integers as
    bit vectors: a full page against its OCR in milliseconds, where the textbook table takes seconds."""
    if len(b) > len(a):
        a, b = b, a
    if not b:
        return len(a)
    masks: dict[str, int] = {}
    for i, char in enumerate(b):
        masks[char] = masks.get(char, 0) | (1 << i)
    every, top = (1 << len(b)) - 1, 1 << (len(b) - 1)
    plus, minus, score = every, 0, len(b)
    for char in a:
        eq = masks.get(char, 0)
        xv = eq | minus
        xh = (((eq & plus) + plus) ^ plus) | eq
        hplus, hminus = minus | ~(xh | plus), plus & xh
        score += 1 if hplus & top else -1 if hminus & top else 0
        hplus, hminus = (hplus << 1) | 1, hminus << 1
        plus, minus = (hminus | ~(xv | hplus)) & every, hplus & xv
    return score


def cer(reference: str, hypothesis: str, language: str) -> float:
    """Character error rate: edit distance over the normalised reference's length."""
    reference, hypothesis = normalise(reference, language), normalise(hypothesis, language)
    return levenshtein(reference, hypothesis) / max(1, len(reference))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--pages", type=int, default=1, help="pages per language and variant")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not can_shape_arabic():
        raise SystemExit("Pillow has no libraqm: Uyghur would be drawn unjoined. apt install libraqm0")
    print(f"{len(write(args.out_dir, args.pages, args.seed))} pages in {args.out_dir}")


if __name__ == "__main__":
    main()
