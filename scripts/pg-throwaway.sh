#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the adapter tests.
#   eval "$(scripts/pg-throwaway.sh start)"   exports WHY401_TEST_DATABASE_URL and PG_THROWAWAY_DIR
#   scripts/pg-throwaway.sh stop DIR
set -euo pipefail
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -n "$bin" ] || { echo "echo 'PostgreSQL is not installed' >&2; exit 1"; exit 1; }

run_as() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    dir="$(mktemp -d /tmp/why401-pg.XXXXXX)"
    [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$dir"
    port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
    run_as "$bin/initdb" -D "$dir/data" -U why401 --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    run_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    run_as "$bin/createdb" -h 127.0.0.1 -p "$port" -U why401 why401_test
    echo "export PG_THROWAWAY_DIR='$dir'"
    echo "export WHY401_TEST_DATABASE_URL='postgres://why401@127.0.0.1:$port/why401_test'"
    ;;
  stop)
    dir="${2:?directory}"
    run_as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
