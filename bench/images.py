"""Storing an uploaded photo, before and after the limits of issue 13 (cases/uploads.py).

    .venv/bin/python bench/images.py        # also part 5 of bench/run.py

Each measurement runs in a fresh child process, which reports its time and the growth of
its peak resident memory (VmHWM, reset before the work) over what it held before the work:
Pillow allocates pixels outside Python's allocator, so tracemalloc would not see them.

- "before": the code of the form action until 2026-11-30 (decode the whole picture, copy
  the pixels, save at full size) and a thumbnail computed by every case view;
- "after": `clean_upload` (pixel cap from the header, JPEG decoded at reduced size, long
  side 4000 px) and the thumbnail read from the case.
Results: bench/results/images.md; compare the ratios, not the absolute figures.
"""

from io import BytesIO
from pathlib import Path

import json
import os
import subprocess
import sys
import tempfile
import time


REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"


def inputs(directory):
    """The pictures, made once: the pixel flood of the penetration test and a big phone photo."""
    from PIL import Image
    from PIL import ImageDraw

    files = {}
    flood = BytesIO()
    Image.new("L", (12000, 12000)).save(flood, format="PNG")
    photo = Image.new("RGB", (8000, 6000), (190, 185, 170))
    ImageDraw.Draw(photo).line([(0, 0), (8000, 6000)], fill=(40, 40, 40), width=80)
    big = BytesIO()
    photo.save(big, format="JPEG", quality=90)
    stored = BytesIO()
    photo.resize((4000, 3000)).save(stored, format="JPEG", quality=90)
    for name, data in {"flood.png": flood, "photo.jpg": big, "stored.jpg": stored}.items():
        files[name] = Path(directory) / name
        files[name].write_bytes(data.getvalue())
    return files


def legacy_clean(data):
    """cases/uploads.clean_upload for images as it was before the pixel cap."""
    from PIL import Image
    from PIL import ImageOps

    image = Image.open(BytesIO(data))
    kind = image.format
    image.load()
    image = ImageOps.exif_transpose(image)
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    out = BytesIO()
    clean.save(out, format="PNG") if kind == "PNG" else clean.save(out, format=kind, quality=90)
    return out.getvalue()


def child(task, path):
    """In the child process: do one task on one file, print seconds and peak growth (MB)."""
    from PIL import Image
    from weissenfels.portal.cases import uploads
    from zope.configuration import xmlconfig

    import plone.namedfile
    import zope.component

    context = xmlconfig.file("meta.zcml", zope.component)
    xmlconfig.file("z3c-blobfile.zcml", plone.namedfile, context=context)  # how a NamedBlobImage stores bytes
    pillow_default = 89_478_485
    uploads.setting = lambda name: {"max_upload_mb": 10}[name]  # no site here: the default limit
    data = Path(path).read_bytes()
    if task.startswith("before"):
        Image.MAX_IMAGE_PIXELS = pillow_default  # as the process had it before
    from plone.scale.scale import scaleImage

    work = {
        "before-store": lambda: legacy_clean(data),
        "after-store": lambda: uploads.clean_upload(data, "foto"),
        "before-thumbnail": lambda: scaleImage(data, width=200, height=200, mode="scale"),
        "after-thumbnail": lambda: bytes(thumbnail),
    }[task]
    thumbnail = scaleImage(data, width=200, height=200, mode="scale")[0] if task == "after-thumbnail" else b""
    baseline = reset_peak()
    start = time.perf_counter()
    try:
        work()
        outcome = "stored"
    except uploads.UploadRejected:
        outcome = "refused"
    seconds = time.perf_counter() - start
    peak = memory("VmHWM")
    print(json.dumps({"seconds": seconds, "peak_mb": (peak - baseline) / 1024, "outcome": outcome}))


def memory(field):
    """VmRSS or VmHWM (peak) of this process in KB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])


def reset_peak():
    """Start the peak (VmHWM) afresh from here (Linux: clear_refs 5); returns the current RSS."""
    Path("/proc/self/clear_refs").write_text("5")
    return memory("VmRSS")


def run_child(task, path):
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    out = subprocess.run(
        [sys.executable, __file__, "--child", task, str(path)], capture_output=True, text=True, check=True, env=env
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure():
    """Rows (name, value, ratio) as bench/run.py writes them."""
    rows = []
    with tempfile.TemporaryDirectory() as directory:
        files = inputs(directory)
        cases = [
            ("pixel flood 12000×12000 PNG", "store", files["flood.png"]),
            ("phone photo 8000×6000 JPEG", "store", files["photo.jpg"]),
            ("thumbnail of a 4000×3000 photo per case view", "thumbnail", files["stored.jpg"]),
        ]
        for name, kind, path in cases:
            before = run_child(f"before-{kind}", path)
            after = run_child(f"after-{kind}", path)
            rows += [
                (f"{name}: ms before ({before['outcome']})", before["seconds"] * 1000, "1×"),
                (
                    f"{name}: ms after ({after['outcome']})",
                    after["seconds"] * 1000,
                    f"{before['seconds'] / max(after['seconds'], 1e-6):.0f}× faster",
                ),
                (f"{name}: peak MB before", before["peak_mb"], "1×"),
                (
                    f"{name}: peak MB after",
                    after["peak_mb"],
                    f"{before['peak_mb'] / max(after['peak_mb'], 1):.0f}× less",
                ),
            ]
    return rows


def main():
    rows = measure()
    lines = [
        "# Storing photos, before and after the limits (bench/images.py)",
        "",
        "| measurement | value | ratio |",
        "|---|---:|---|",
    ]
    lines += [f"| {name} | {value:,.1f} | {ratio} |" for name, value, ratio in rows]
    lines += [
        "",
        "Peak MB: growth of the child process's peak resident memory during the work "
        "(at least 1 MB counted for a ratio).",
    ]
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "images.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3])
    else:
        main()
