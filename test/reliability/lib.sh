# Shared by the scripts in test/reliability/: source it after tools/lib.sh.
# Clusters of their own (crash, replication) run on private Unix sockets.

REL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REL_FAILED=0
REL_BIN=$(odi_bindir)

rel_ok() { echo "ok - $*"; }
rel_not_ok() { echo "not ok - $*"; REL_FAILED=1; }
rel_check() {	# rel_check CONDITION-EXIT-STATUS NAME
	if [ "$1" -eq 0 ]; then rel_ok "$2"; else rel_not_ok "$2"; fi
}

# The setting that runs every query in a parallel worker: renamed in 16.
if [ "$(odi_pg_major)" -ge 16 ]; then REL_PARALLEL_GUC=debug_parallel_query; else REL_PARALLEL_GUC=force_parallel_mode; fi

rel_psql() { "$REL_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

# A fresh database with the extension and the type registry.
rel_newdb() {
	rel_psql -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
	rel_psql -d "$1" -c "CREATE EXTENSION opendata_id" -f "$REL_DIR/types.sql" >/dev/null
}

# The quick suites run inside run-tests' cluster; standalone, they start one.
rel_need_cluster() {
	if [ -z "${PGHOST:-}" ] || ! "$REL_BIN/pg_isready" -q; then
		odi_build_install
		trap odi_stop_cluster EXIT
		odi_start_cluster
	fi
}

# rel_cluster_start DIR [server options]: a cluster of our own in DIR (socket
# in DIR, no TCP).  rel_pg DIR CMD ... runs a client program against it.
rel_cluster_start() {
	local dir=$1
	shift
	mkdir -p "$dir"
	chmod 755 "$dir"
	[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
	"${ODI_RUNAS[@]}" "$REL_BIN/initdb" -D "$dir/data" -A trust -U "$PGUSER" \
		--no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
	echo "-k $dir -p 5432 -c listen_addresses='' $*" >"$dir/opts"
	rel_cluster_restart "$dir"
}

rel_cluster_restart() {
	"${ODI_RUNAS[@]}" "$REL_BIN/pg_ctl" -D "$1/data" -l "$1/log" -w -t 120 \
		-o "$(cat "$1/opts")" start >/dev/null
}

rel_cluster_stop() {	# rel_cluster_stop DIR [fast|immediate]
	[ -d "$1/data" ] || return 0
	"${ODI_RUNAS[@]}" "$REL_BIN/pg_ctl" -D "$1/data" -m "${2:-fast}" -w stop >/dev/null 2>&1 || true
}

rel_pg() {
	local dir=$1 prog=$2
	shift 2
	PGHOST=$dir PGPORT=5432 "$REL_BIN/$prog" "$@"
}

# Who runs the server: set by odi_start_cluster, or here for standalone scripts.
rel_runas_init() {
	if [ "$(id -u)" -eq 0 ]; then
		ODI_RUNAS=(runuser -u postgres --)
		export PGUSER=postgres
	else
		ODI_RUNAS=()
		export PGUSER=$(id -un)
	fi
}

# rel_regress_report DIR LABEL: one TAP line per test of the pg_regress run
# whose output (log) and regression.diffs are in DIR.
rel_regress_report() {
	local line name ran=0
	while read -r line; do
		name=$(sed -E 's/^(ok [0-9]+ +[-+] +|not ok [0-9]+ +[-+] +|test +)//; s/ .*//' <<<"$line")
		ran=$((ran + 1))
		grep -Eq '\.\.\. ok|^ok [0-9]+ ' <<<"$line"
		rel_check $? "$2: pg_regress $name gives the expected output"
	done < <(grep -E '(\.\.\. (ok|FAILED|failed)|^(not )?ok [0-9]+ )' "$1/log")
	[ $ran -gt 0 ] || rel_not_ok "$2: pg_regress ran no test"
	[ -f "$1/regression.diffs" ] && head -100 "$1/regression.diffs" | sed 's/^/# /'
	return 0
}
