"""Write buildout's [versions] from constraints.txt, so pip and buildout share one lock.

python scripts/constraints_to_versions.py constraints.txt > versions.cfg
"""

import sys


def versions(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            yield name.strip(), version.strip()


def main(path):
    print("# Generated from constraints.txt by scripts/constraints_to_versions.py (make versions.cfg).")
    print("# Do not edit: change constraints.txt and regenerate.")
    print("[versions]")
    with open(path, encoding="utf-8") as lock:
        for name, version in sorted(versions(lock), key=lambda item: item[0].lower()):
            print(f"{name} = {version}")


if __name__ == "__main__":
    main(sys.argv[1])
