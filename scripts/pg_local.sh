#!/usr/bin/env bash
# A throw-away local PostgreSQL cluster for RelStorage (development, tests, benchmarks).
#   scripts/pg_local.sh start DIR PORT   initdb (first time) and start; prints the DSN
#   scripts/pg_local.sh stop DIR
# Debian's PostgreSQL refuses to run as root, so the cluster runs as the `postgres` user.
# fsync is off: for throw-away data only. Production uses a managed PostgreSQL and its DSN.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data directory}; port=${3:-5433}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bindir/pg_ctl" ] || { echo "PostgreSQL server not installed (apt-get install postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres "$dir"
case "$cmd" in
  start)
    [ -f "$dir/PG_VERSION" ] || as_pg "$bindir/initdb" -D "$dir" -U postgres -A trust >/dev/null
    as_pg "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=100" start >/dev/null
    as_pg "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -tc "SELECT 1 FROM pg_database WHERE datname='weissenfels'" | grep -q 1 \
      || as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres weissenfels
    echo "dbname='weissenfels' user='postgres' host='127.0.0.1' port='$port'"
    ;;
  stop)
    as_pg "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
