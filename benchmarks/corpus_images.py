"""Synthetic images for the scale corpus: JPEG "photos" and PNG "diagrams" drawn with Pillow."""

import functools
import io
import random

from PIL import Image, ImageDraw, ImageFont, ImageOps

import lexicon as lx
from corpus_entities import FIRST_DAY, LAST_DAY, random_date

PNG_EVERY = 7  # one image in seven is a PNG "diagram", the rest are JPEG "photos"
IMAGE_LONG_SIDE = (320, 800)
ASPECTS = (4 / 3, 3 / 2, 16 / 9, 1.0)


@functools.lru_cache(maxsize=None)
def label_font(size):
    """Pillow's bundled scalable font, loaded once per size and process."""
    return ImageFont.load_default(size)


def random_colour(rng):
    """An RGB triple."""
    return tuple(rng.randrange(256) for _ in range(3))


def image_size(rng):
    """Width and height with the long side in IMAGE_LONG_SIDE; most images are landscape."""
    long_side = rng.randint(*IMAGE_LONG_SIDE)
    short_side = round(long_side / rng.choice(ASPECTS))
    return (long_side, short_side) if rng.random() < 0.75 else (short_side, long_side)


def draw_shapes(rng, draw, size, outline=None):
    """Random rectangles and ellipses, some of them large."""
    width, height = size
    for _ in range(rng.randint(6, 14)):
        x, y = rng.randrange(width), rng.randrange(height)
        box = [x, y, x + rng.randint(20, width // 2), y + rng.randint(20, height // 2)]
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape(box, fill=random_colour(rng), outline=outline)


def photo(rng, size, label):
    """A JPEG-bound "photo": gradient, shapes, a label and grain. The grain comes from rng rather
    than Image.effect_noise (which uses C rand() and so is not reproducible), and it is what makes
    the file compress like a photograph instead of a flat drawing."""
    gradient = Image.linear_gradient("L").rotate(rng.randrange(360)).resize(size)
    image = ImageOps.colorize(gradient, random_colour(rng), random_colour(rng))
    draw = ImageDraw.Draw(image)
    draw_shapes(rng, draw, size)
    draw.text((10, size[1] - 40), label, font=label_font(rng.choice((18, 24, 30))), fill="white")
    grain = Image.frombytes("L", size, rng.randbytes(size[0] * size[1])).convert("RGB")
    return Image.blend(image, grain, rng.uniform(0.04, 0.10))


def diagram(rng, size, label):
    """A PNG-bound "diagram": light background, outlined shapes, a grid and text lines."""
    image = Image.new("RGB", size, tuple(rng.randint(225, 255) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], rng.randint(30, 80)):
        draw.line([(x, 0), (x, size[1])], fill=(200, 200, 210))
    draw_shapes(rng, draw, size, outline="black")
    font = label_font(16)
    for line in range(rng.randint(2, 6)):
        draw.text((12, 12 + line * 22), f"{label} / {rng.randint(1, 9999):04d}", font=font, fill="black")
    return image


def jpeg_exif(date, index):
    """A little EXIF, as photographs carry, so metadata extraction has something to read."""
    exif = Image.Exif()
    exif[0x010E] = f"Synthetic benchmark image {index}"  # ImageDescription
    exif[0x0131] = "casefile benchmarks/make_corpus.py"  # Software
    exif[0x0132] = f"{date[:4]}:{(date[5:7] or '01')}:{(date[8:10] or '01')} 12:00:00"  # DateTime
    return exif.tobytes()


def make_image(index, seed, pool):
    """(file name, bytes, sidecar) of image `index`: mostly JPEG photos, some PNG diagrams."""
    rng = random.Random(f"{seed}:image:{index}")
    ext = "png" if index % PNG_EVERY == PNG_EVERY - 1 else "jpg"
    size = image_size(rng)
    entity, names = pool[rng.randrange(len(pool))]
    place, subject = rng.choice(lx.PLACES)[0], rng.choice(lx.IMAGE_SUBJECTS)
    date = random_date(rng, FIRST_DAY, LAST_DAY)
    caption = rng.choice(lx.CAPTION_TEMPLATES[ext]).format(
        name=rng.choice(names), subject=subject, place=place, year=date[:4])
    label = f"SYNTHETIC {index:06d}"
    buffer = io.BytesIO()
    if ext == "png":
        diagram(rng, size, label).save(buffer, "PNG")
    else:
        photo(rng, size, label).save(buffer, "JPEG", quality=rng.randint(78, 92),
                                     exif=jpeg_exif(date, index))
    sidecar = {"title": f"{place} {subject} {index}", "caption": caption, "date": date,
               "place": f"{place}, Xinjiang", "source": rng.choice(lx.REPORT_SOURCES),
               "language": "en", "entities": [entity], "synthetic": True}
    return f"image-{index:06d}.{ext}", buffer.getvalue(), sidecar
