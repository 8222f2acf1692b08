"""Copy an instance's FileStorage (with blobs) into RelStorage on PostgreSQL, with zodbconvert.

    WSF_PG_DSN="dbname='weissenfels' user='postgres' host='127.0.0.1' port='5433'" \
        python scripts/migrate_to_relstorage.py [--instance instance]

Stop the FileStorage instance first. The destination database must be empty (a new one);
afterwards render the relstorage profile (scripts/cluster.py or make_instance.py relstorage).
"""

from make_instance import REPO
from pathlib import Path

import argparse
import os
import subprocess
import sys
import tempfile


CONFIG = """
%import relstorage
<filestorage source>
  path {var}/filestorage/Data.fs
  blob-dir {var}/blobstorage
  read-only true
</filestorage>
<relstorage destination>
  keep-history false
  shared-blob-dir false
  blob-dir {var}/blobcache-migration
  <postgresql>
    dsn {dsn}
  </postgresql>
</relstorage>
"""


def migrate(var_dir, dsn):
    var_dir = Path(var_dir).resolve()
    with tempfile.NamedTemporaryFile("w", suffix=".conf", delete=False) as config:
        config.write(CONFIG.format(var=var_dir, dsn=dsn))
    try:
        subprocess.run([str(Path(sys.executable).parent / "zodbconvert"), config.name], check=True)
    finally:
        os.unlink(config.name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instance", default=str(REPO / "instance"))
    parser.add_argument("--dsn", default=os.environ.get("WSF_PG_DSN"))
    args = parser.parse_args()
    if not args.dsn:
        parser.error("--dsn or WSF_PG_DSN is required")
    migrate(Path(args.instance) / "var", args.dsn)


if __name__ == "__main__":
    main()
