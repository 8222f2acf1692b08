#!/usr/bin/env bash
# Debian packages the tests and benchmarks use: a real PostgreSQL (RelStorage), HAProxy
# (load balancer), nginx and wrk (benchmarks), Chromium (browser tests), Java 17 and npm (the
# Nu Html Checker, vnu-jar from the npm registry: scripts/vnu.sh), poppler-utils
# (Plone indexes the text of PDF files with pdftotext). Installs only
# what is missing; needs root (CI and the developer machines run as root).
set -euo pipefail
need=()
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || need+=(haproxy)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v wrk >/dev/null || need+=(wrk)
command -v chromium >/dev/null || need+=(chromium)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
command -v pg_dump >/dev/null || need+=(postgresql-client)
command -v pdftotext >/dev/null || need+=(poppler-utils)  # full text of PDF files in the intranet
command -v java >/dev/null || need+=(openjdk-17-jre-headless)  # Nu Html Checker (scripts/vnu.sh)
command -v npm >/dev/null || need+=(npm)  # vnu-jar from the npm registry (scripts/vnu.sh)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "Missing Debian packages: ${need[*]} (run: sudo apt-get install ${need[*]})" >&2
  exit 1
fi
echo "Installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
