"""Back up and restore the portal's data.

FileStorage (the embedded profile; repozo for Data.fs, a tar file for the blobs):
    python scripts/backup.py backup  filestorage [--instance instance] [--to backups]
    python scripts/backup.py restore filestorage [--instance instance] [--from backups]   (instance stopped)
PostgreSQL (the relstorage profile; pg_dump custom format, blobs are in the database):
    python scripts/backup.py backup  postgresql --dsn "$WSF_PG_DSN" [--to backups]
    python scripts/backup.py restore postgresql --dsn "$WSF_PG_DSN" [--from backups]     (Zope processes stopped)

repozo writes full and incremental backups into <backups>/filestorage; restore takes the
latest state. Each blob backup is a dated tar file; restore takes the newest.
"""

from datetime import datetime
from pathlib import Path

import argparse
import os
import shutil
import subprocess
import sys
import tarfile


REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def stamp():
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_filestorage(instance, target):
    var = Path(instance) / "var"
    (target / "filestorage").mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(BIN / "repozo"),
            "-B",
            "-z",
            "-r",
            str(target / "filestorage"),
            "-f",
            str(var / "filestorage" / "Data.fs"),
        ],
        check=True,
    )
    with tarfile.open(target / f"blobstorage-{stamp()}.tar.gz", "w:gz") as tar:
        tar.add(var / "blobstorage", arcname="blobstorage")


def restore_filestorage(instance, source):
    var = Path(instance) / "var"
    data_fs = var / "filestorage" / "Data.fs"
    for leftover in var.glob("filestorage/Data.fs.*"):  # index, lock, tmp of the old file
        leftover.unlink()
    subprocess.run([str(BIN / "repozo"), "-R", "-r", str(source / "filestorage"), "-o", str(data_fs)], check=True)
    blobs = sorted(source.glob("blobstorage-*.tar.gz"))
    if not blobs:
        raise SystemExit(f"No blob backup in {source}")
    shutil.rmtree(var / "blobstorage", ignore_errors=True)
    with tarfile.open(blobs[-1]) as tar:
        tar.extractall(var, filter="data")


def backup_postgresql(dsn, target):
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            shutil.which("pg_dump") or "/usr/bin/pg_dump",
            "--format=custom",
            f"--file={target / f'postgresql-{stamp()}.dump'}",
            dsn,
        ],
        check=True,
    )


def restore_postgresql(dsn, source):
    dumps = sorted(source.glob("postgresql-*.dump"))
    if not dumps:
        raise SystemExit(f"No PostgreSQL dump in {source}")
    subprocess.run(
        [
            shutil.which("pg_restore") or "/usr/bin/pg_restore",
            "--clean",
            "--if-exists",
            "--single-transaction",
            f"--dbname={dsn}",
            str(dumps[-1]),
        ],
        check=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["backup", "restore"])
    parser.add_argument("storage", choices=["filestorage", "postgresql"])
    parser.add_argument("--instance", default=str(REPO / "instance"))
    parser.add_argument("--dsn", default=os.environ.get("WSF_PG_DSN"))
    parser.add_argument("--to", "--from", dest="folder", default=str(REPO / "backups"))
    args = parser.parse_args()
    folder = Path(args.folder).resolve()
    if args.storage == "postgresql" and not args.dsn:
        parser.error("--dsn or WSF_PG_DSN is required")
    {
        ("backup", "filestorage"): lambda: backup_filestorage(args.instance, folder),
        ("restore", "filestorage"): lambda: restore_filestorage(args.instance, folder),
        ("backup", "postgresql"): lambda: backup_postgresql(args.dsn, folder),
        ("restore", "postgresql"): lambda: restore_postgresql(args.dsn, folder),
    }[args.action, args.storage]()


if __name__ == "__main__":
    main()
