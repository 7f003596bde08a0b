# Shared by tools/demo, test/run-tests and the other scripts: source it.
# Installs build dependencies, builds and installs the extension, and runs a
# throwaway PostgreSQL cluster on a Unix socket in a temporary directory.
#
# ODI_SANDBOX=DIR installs into a private copy of the PostgreSQL installation
# under DIR instead of the system one (PostgreSQL finds its files relative to
# its binaries), so several checkouts can be tested side by side.

ODI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PG_CONFIG=${PG_CONFIG:-pg_config}

odi_log() { printf '== %s\n' "$*" >&2; }

# Where tools/pg-build keeps PostgreSQL builds.  As root it must be a place the
# postgres user can reach (/root is not).
odi_cache_dir() {
	if [ -n "${ODI_CACHE_DIR:-}" ]; then
		echo "$ODI_CACHE_DIR"
	elif [ "$(id -u)" -eq 0 ]; then
		echo /var/cache/opendata_id
	else
		echo "${XDG_CACHE_HOME:-$HOME/.cache}/opendata_id"
	fi
}

# Prints the prefix of a finished cached build of PostgreSQL MAJOR (newest minor).
odi_pg_cached() {
	local d found=
	# version order: 18.10 after 18.9
	for d in $(printf '%s\n' "$(odi_cache_dir)"/pg-"$1".* | sort -V); do
		[ -f "$d/.complete" ] && [ -x "$d/bin/pg_config" ] && found=$d
	done
	[ -n "$found" ] && echo "$found"
}

# odi_private_apt DIR LINE ARGS...: apt-get ARGS with LINE ("deb[-src] URL SUITE
# main") as its only source and its lists and downloads in DIR, leaving the system's
# apt configuration untouched (for sources and packages not to be installed).
odi_private_apt() {
	local dir=$1 line=$2
	shift 2
	mkdir -p "$dir/lists/partial" "$dir/archives/partial"
	echo "$line" >"$dir/sources.list"
	apt-get -o Dir::Etc::SourceList="$dir/sources.list" -o Dir::Etc::SourceParts=/dev/null \
		-o Dir::State::Lists="$dir/lists" -o Dir::Cache="$dir" -o APT::Sandbox::User=root -qq "$@"
}

odi_as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian's own PostgreSQL (15 on Debian 12), used when PG_CONFIG is not set.
ODI_DEBIAN_PG=15

# odi_apt_install PACKAGE...: installs the packages named (none: nothing to do).
odi_apt_install() {
	[ $# -gt 0 ] || return 0
	odi_log "installing $*"
	odi_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	odi_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		"$@" >/dev/null
}

# What test/package/quick needs to build, check and test the Debian package
# (debian/): Debian's PostgreSQL packaging tools (pg_buildext, dh's pgxs_loop
# sequence), debhelper, lintian and autopkgtest.  Only that suite needs them.
odi_ensure_package_deps() {
	local missing=() p
	for p in dpkg-dev debhelper postgresql-server-dev-all lintian autopkgtest gettext locales make; do
		dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
	done
	odi_apt_install "${missing[@]}"
}

# Installs what building and testing need, and the PostgreSQL that PG_CONFIG
# names when it is a Debian/PGDG package (/usr/lib/postgresql/N/bin/pg_config, or
# the default pg_config, for which Debian's own major is installed).  A build of
# tools/pg-build is complete already.
odi_ensure_deps() {
	local missing=() major=
	command -v make >/dev/null || missing+=(make)
	command -v gcc >/dev/null || missing+=(gcc)
	command -v pkg-config >/dev/null || missing+=(pkg-config)
	if [ "$PG_CONFIG" = pg_config ] && ! command -v pg_config >/dev/null; then
		PG_CONFIG=/usr/lib/postgresql/$ODI_DEBIAN_PG/bin/pg_config
	fi
	case $(command -v "$PG_CONFIG" || echo "$PG_CONFIG") in
	/usr/bin/pg_config) major=$(odi_pg_major) ;;
	/usr/lib/postgresql/*/bin/pg_config) major=$(basename "$(dirname "$(dirname "$PG_CONFIG")")") ;;
	esac
	if [ -n "$major" ]; then
		[ -x /usr/lib/postgresql/$major/bin/postgres ] || missing+=(postgresql-$major)
		[ -f /usr/include/postgresql/$major/server/postgres.h ] || missing+=(postgresql-server-dev-$major)
	fi
	# PCRE2: only test/bench/pcre2, the measurement that keeps it out of the extension
	pkg-config --exists libpcre2-8 2>/dev/null || missing+=(libpcre2-dev)
	command -v clang >/dev/null || missing+=(clang)
	command -v msgfmt >/dev/null || missing+=(gettext)
	[ -d /usr/share/i18n/locales ] || missing+=(locales)
	# libFuzzer (test/fuzz); clang only recommends it
	[ -f "$(clang -print-file-name="libclang_rt.fuzzer-$(uname -m).a" 2>/dev/null)" ] ||
		missing+=(libclang-rt-14-dev)
	# test/corpus/tables reads the published CSV files with Python's csv module
	command -v python3 >/dev/null || missing+=(python3)
	# test/tableschema: the Frictionless validator (tableschema-js) runs on node
	command -v node >/dev/null || missing+=(nodejs)
	command -v npm >/dev/null || missing+=(npm)
	odi_apt_install "${missing[@]}"
	# the Indonesian messages (po/id.po) show under lc_messages = 'id_ID.UTF-8'
	if ! locale -a 2>/dev/null | grep -qix 'id_ID\.utf-\?8'; then
		odi_log "generating the locale id_ID.UTF-8"
		odi_as_root localedef -i id_ID -f UTF-8 id_ID.UTF-8
	fi
}

# odi_pg_config_for MAJOR: prints the pg_config of PostgreSQL MAJOR, from a
# package (/usr/lib/postgresql/MAJOR, installed here when it is Debian's own
# major) or else from tools/pg-build (which builds it once into its cache).
odi_pg_config_for() {
	local pkg=/usr/lib/postgresql/$1/bin/pg_config
	if [ -x "$pkg" ] && [ -f "/usr/include/postgresql/$1/server/postgres.h" ]; then
		echo "$pkg"
	elif [ "$1" = "$ODI_DEBIAN_PG" ]; then
		echo "$pkg"	# odi_ensure_deps installs it
	else
		"$ODI_ROOT/tools/pg-build" "$1"
	fi
}

# The major version of PG_CONFIG's PostgreSQL, e.g. 15.
odi_pg_major() {
	"$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/'
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
	# objects built against another PostgreSQL's headers must not be linked
	local built_for=$ODI_ROOT/.built-for target
	target="$($PG_CONFIG --version) $PG_CONFIG"
	if [ "$(cat "$built_for" 2>/dev/null)" != "$target" ]; then
		make -C "$ODI_ROOT" -s clean PG_CONFIG="$PG_CONFIG" >&2
	fi
	# "|| return": callers test this function in an "if", where set -e is off
	make -C "$ODI_ROOT" -s -j"$jobs" WERROR=1 PG_CONFIG="$PG_CONFIG" >&2 || return 1
	echo "$target" >"$built_for"
	if [ -n "${ODI_SANDBOX:-}" ]; then
		local lib share
		lib=$($PG_CONFIG --pkglibdir)
		share=$($PG_CONFIG --sharedir)
		if [ ! -x "$(odi_bindir)/postgres" ]; then
			odi_log "copying PostgreSQL into sandbox $ODI_SANDBOX"
			mkdir -p "$ODI_SANDBOX$(dirname "$lib")" "$ODI_SANDBOX$(dirname "$share")"
			cp -a "$(dirname "$lib")/." "$ODI_SANDBOX$(dirname "$lib")/"
			cp -a "$share/." "$ODI_SANDBOX$share/"
			# a --prefix install keeps bin/ beside lib/, Debian's inside it
			if [ ! -x "$(odi_bindir)/postgres" ]; then
				mkdir -p "$(odi_bindir)"
				cp -a "$($PG_CONFIG --bindir)/." "$(odi_bindir)/"
			fi
		fi
		make -C "$ODI_ROOT" -s install DESTDIR="$ODI_SANDBOX" PG_CONFIG="$PG_CONFIG" >&2 || return 1
	else
		odi_as_root make -C "$ODI_ROOT" -s install PG_CONFIG="$PG_CONFIG" >&2 || return 1
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
