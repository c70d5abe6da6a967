#!/usr/bin/env bash
# A private, throwaway PostgreSQL cluster for the end-to-end tests: start DIR PORT | stop DIR.
# Uses Debian's postgresql package (apt-get install postgresql); no service manager is needed.
# As root, the cluster runs as the postgres user, since initdb refuses to run as root; keep DIR
# somewhere that user can reach (the build uses the temp directory).
set -euo pipefail
action=$1; dir=$2; port=${3:-55432}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL server binaries not found: install them with 'apt-get install postgresql'," >&2
  echo "or skip the PostgreSQL run of the tests with -DskipPostgres." >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    # A cluster left running in DIR by an interrupted run is stopped before its files are removed.
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U council --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=localhost -c fsync=off -c synchronous_commit=off" start >/dev/null
    as_owner "$bin/createdb" -h localhost -p "$port" -U council council
    # The application's own login: no ownership; the migration makes it a member of council_app.
    as_owner "$bin/psql" -q -h localhost -p "$port" -U council -d council \
        -c "CREATE ROLE council_runtime LOGIN PASSWORD 'council'" >/dev/null
    echo "PostgreSQL test cluster on localhost:$port (database council, owner council, application login council_runtime)"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
      echo "PostgreSQL test cluster stopped"
    fi
    ;;
  *) echo "usage: $0 start DIR [PORT] | stop DIR" >&2; exit 2 ;;
esac
