# Shared by tools/demo, test/run-tests and the other scripts: source it.
# Installs build dependencies, builds and installs the extension, and runs a
# throwaway PostgreSQL cluster on a Unix socket in a temporary directory.
#
# ODI_SANDBOX=DIR installs into a private copy of the PostgreSQL installation
# under DIR instead of the system one (PostgreSQL finds its files relative to
# its binaries), so several checkouts can be tested side by side.

ODI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_CONFIG=${PG_CONFIG:-pg_config}

odi_log() { printf '== %s\n' "$*" >&2; }

odi_as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

odi_ensure_deps() {
	local missing=()
	command -v make >/dev/null || missing+=(make)
	command -v gcc >/dev/null || missing+=(gcc)
	command -v pkg-config >/dev/null || missing+=(pkg-config)
	[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql-15)
	[ -f /usr/include/postgresql/15/server/postgres.h ] || missing+=(postgresql-server-dev-15)
	pkg-config --exists libpcre2-8 2>/dev/null || missing+=(libpcre2-dev)
	command -v clang >/dev/null || missing+=(clang)
	command -v msgfmt >/dev/null || missing+=(gettext)
	[ -d /usr/share/i18n/locales ] || missing+=(locales)
	# libFuzzer (test/fuzz); clang only recommends it
	[ -f "$(clang -print-file-name="libclang_rt.fuzzer-$(uname -m).a" 2>/dev/null)" ] ||
		missing+=(libclang-rt-14-dev)
	# test/tableschema: the Frictionless validator (tableschema-js) runs on node
	command -v node >/dev/null || missing+=(nodejs)
	command -v npm >/dev/null || missing+=(npm)
	if [ ${#missing[@]} -gt 0 ]; then
		odi_log "installing ${missing[*]}"
		odi_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
		odi_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			"${missing[@]}" >/dev/null
	fi
	# the Indonesian messages (po/id.po) show under lc_messages = 'id_ID.UTF-8'
	if ! locale -a 2>/dev/null | grep -qix 'id_ID\.utf-\?8'; then
		odi_log "generating the locale id_ID.UTF-8"
		odi_as_root localedef -i id_ID -f UTF-8 id_ID.UTF-8
	fi
}

# The PostgreSQL binaries to run: the system's, or the sandbox copy.
odi_bindir() {
	if [ -n "${ODI_SANDBOX:-}" ]; then
		echo "$ODI_SANDBOX$($PG_CONFIG --bindir)"
	else
		$PG_CONFIG --bindir
	fi
}

odi_build_install() {
	local jobs
	jobs=$(nproc 2>/dev/null || echo 2)
	make -C "$ODI_ROOT" -s -j"$jobs" WERROR=1 PG_CONFIG="$PG_CONFIG" >&2
	if [ -n "${ODI_SANDBOX:-}" ]; then
		local lib share
		lib=$($PG_CONFIG --pkglibdir)
		share=$($PG_CONFIG --sharedir)
		if [ ! -x "$(odi_bindir)/postgres" ]; then
			odi_log "copying PostgreSQL into sandbox $ODI_SANDBOX"
			mkdir -p "$ODI_SANDBOX$(dirname "$lib")" "$ODI_SANDBOX$(dirname "$share")"
			cp -a "$(dirname "$lib")/." "$ODI_SANDBOX$(dirname "$lib")/"
			cp -a "$share/." "$ODI_SANDBOX$share/"
		fi
		make -C "$ODI_ROOT" -s install DESTDIR="$ODI_SANDBOX" PG_CONFIG="$PG_CONFIG" >&2
	else
		odi_as_root make -C "$ODI_ROOT" -s install PG_CONFIG="$PG_CONFIG" >&2
	fi
}

# Starts a cluster; sets PGHOST, PGPORT, PGUSER, PGDATABASE and ODI_CLUSTER.
# The caller stops it with odi_stop_cluster (run-tests and demo do so in a trap).
odi_start_cluster() {
	local bindir runas=()
	bindir=$(odi_bindir)
	ODI_CLUSTER=$(mktemp -d /tmp/opendata_id.XXXXXX)
	chmod 755 "$ODI_CLUSTER"
	if [ "$(id -u)" -eq 0 ]; then
		chown postgres: "$ODI_CLUSTER"
		runas=(runuser -u postgres --)
		export PGUSER=postgres
	else
		export PGUSER=$(id -un)
	fi
	ODI_RUNAS=("${runas[@]}")
	"${runas[@]}" "$bindir/initdb" -D "$ODI_CLUSTER/data" -A trust -U "$PGUSER" \
		--no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
	"${runas[@]}" "$bindir/pg_ctl" -D "$ODI_CLUSTER/data" -l "$ODI_CLUSTER/log" -w \
		-o "-k $ODI_CLUSTER -p 5432 -c listen_addresses='' -c fsync=off ${ODI_SERVER_OPTS:-}" \
		start >/dev/null
	export PGHOST=$ODI_CLUSTER PGPORT=5432 PGDATABASE=postgres
}

odi_stop_cluster() {
	[ -n "${ODI_CLUSTER:-}" ] && [ -d "$ODI_CLUSTER" ] || return 0
	"${ODI_RUNAS[@]}" "$(odi_bindir)/pg_ctl" -D "$ODI_CLUSTER/data" -m fast -w stop >/dev/null 2>&1 || true
	rm -rf "$ODI_CLUSTER"
	ODI_CLUSTER=
}
