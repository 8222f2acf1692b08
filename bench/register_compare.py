"""Ratios of bench/register.py between two filled sites, measured in turn in one run:

    .venv/bin/python bench/register_compare.py SMALL_ZOPE_CONF LARGE_ZOPE_CONF \
        [--repeats 3] [--rounds 20] [--out bench/results/register.md]

Each repeat runs `register.py --measure` on the small site, then on the large one, each in a
fresh process (FileStorage: one process per database), nice 10. The medians over the repeats
of each measurement's median are compared (large / small); the submission (with and without
the linking subscriber) on both. Fill the sites first with
`register.py --fill B,C,I` (see its docstring). Prints a Markdown table; --out writes it.
"""

from pathlib import Path

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time


HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ZCONSOLE = ROOT / ".venv" / "bin" / "zconsole"


def measure(conf, rounds, submission):
    command = ["nice", "-n", "10", str(ZCONSOLE), "run", conf, str(HERE / "register.py"), "--measure"]
    command += ["--rounds", str(rounds)] + (["--submission"] if submission else [])
    output = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    return json.loads(line[len("RESULT ") :])


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    return f"{cpu}, {os.cpu_count()} cores (shared with other jobs), Python {platform.python_version()}"


def table(small, large):
    def med(runs, key):
        return statistics.median(run[key] for run in runs)

    s, big = small[0], large[0]
    lines = [
        f"Sizes: small {s['buildings']:,} buildings / {s['cases']:,} linked cases / {s['inspections']:,} inspections; "
        f"large {big['buildings']:,} / {big['cases']:,} / {big['inspections']:,}.",
        "",
        "| measurement | small ms | large ms | large / small | aim |",
        "|---|---:|---:|---:|---|",
    ]
    for key, title in (("list", "register list (state + street)"), ("building", "building page, first batch")):
        a, b = med(small, key) * 1000, med(large, key) * 1000
        lines.append(f"| {title} | {a:.1f} | {b:.1f} | {b / a:.2f} | ≤ 1.5 |")
    lines += [
        "",
        "| submission (store a housing case + commit) | without linking ms | with linking ms | added | aim |",
        "|---|---:|---:|---:|---|",
    ]
    for label, runs in (("small site", small), ("large site", large)):
        with_linking, without = med(runs, "submit_linking") * 1000, med(runs, "submit_without") * 1000
        lines.append(
            f"| {label} | {without:.1f} | {with_linking:.1f} | {(with_linking / without - 1) * 100:+.1f} % | ≤ 10 % |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("small")
    parser.add_argument("large")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--out")
    args = parser.parse_args()
    small, large = [], []
    for repeat in range(args.repeats):
        small.append(measure(args.small, args.rounds, True))
        large.append(measure(args.large, args.rounds, True))
        print(f"repeat {repeat + 1}: small {small[-1]}\n          large {large[-1]}", flush=True)
    text = (
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {machine()}; "
        f"median of {args.rounds} rounds per process, median of {args.repeats} processes per site, "
        "small and large in turn.\n\n" + table(small, large)
    )
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
