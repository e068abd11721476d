#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: a temporary directory, run by an unprivileged
# user ("nobody" when started as root; otherwise whoever runs this), listening on loopback only.
# Never a system service, and nothing outside its directory is touched.
#   bash scripts/postgres-cluster.sh start   prints two lines: the directory, then the URL
#   bash scripts/postgres-cluster.sh stop DIR   stops it and removes the directory
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
	echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
	exit 1
fi

as_owner() {
	if [ "$(id -u)" -eq 0 ]; then su nobody -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

case "${1:-}" in
start)
	dir=$(mktemp -d "${TMPDIR:-/tmp}/rewire-pg.XXXXXX")
	chmod 700 "$dir"
	if [ "$(id -u)" -eq 0 ]; then chown nobody:nogroup "$dir"; fi
	port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
	as_owner "'$bin/initdb' -D '$dir/data' -U rewire -A trust --no-sync -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1" ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	# fsync stays on: the crash test checks that an acknowledged save survives.
	as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
		-o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c max_connections=200\" start >/dev/null" ||
		{ cat "$dir/server.log" >&2; exit 1; }
	echo "$dir"
	echo "postgres://rewire@127.0.0.1:$port/postgres"
	;;
stop)
	dir=${2:?usage: postgres-cluster.sh stop DIR}
	case "$dir" in */rewire-pg.*) ;; *) echo "not a cluster made by this script: $dir" >&2; exit 1 ;; esac
	as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
	rm -rf "$dir"
	;;
*)
	echo "usage: postgres-cluster.sh start | stop DIR" >&2
	exit 2
	;;
esac
