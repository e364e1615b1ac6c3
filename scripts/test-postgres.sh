# Starts a throwaway PostgreSQL cluster for the SkillGap tests and exports SKILLGAP_TEST_POSTGRES.
#
#   source scripts/test-postgres.sh      # start it (prints the connection string without the password)
#   dotnet test
#   skillgap_postgres_stop               # stop it and delete its files
#
# Meant to be sourced, so it never uses `set -e` (that would close the caller's shell on an error);
# every step returns non-zero instead. Needs the PostgreSQL server binaries (Debian: apt-get install postgresql).
# SKILLGAP_PG_PORT picks the first port to try (default 5433); a busy port moves on to the next one.

skillgap_postgres_start() {
  local bin initdb port password
  initdb=$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$initdb" ]; then
    echo "test-postgres: no initdb under /usr/lib/postgresql/*/bin; install it with: apt-get install postgresql" >&2
    return 1
  fi
  bin=$(dirname "$initdb")

  # The server refuses to run as root, so root hands the cluster to the postgres OS user.
  local -a as_owner=()
  SKILLGAP_PG_DIR=$(mktemp -d /tmp/skillgap-pg.XXXXXX) || return 1
  if [ "$(id -u)" = 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres || return 1
    fi
    chown postgres: "$SKILLGAP_PG_DIR" || return 1
    as_owner=(runuser -u postgres --)
  fi

  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" >"$SKILLGAP_PG_DIR/pwfile" || return 1
  [ ${#as_owner[@]} -eq 0 ] || chown postgres: "$SKILLGAP_PG_DIR/pwfile"
  if ! "${as_owner[@]}" "$bin/initdb" -D "$SKILLGAP_PG_DIR/data" -U postgres --pwfile="$SKILLGAP_PG_DIR/pwfile" \
      --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$SKILLGAP_PG_DIR/initdb.log" 2>&1; then
    echo "test-postgres: initdb failed:" >&2
    cat "$SKILLGAP_PG_DIR/initdb.log" >&2
    return 1
  fi
  rm -f "$SKILLGAP_PG_DIR/pwfile"

  port=${SKILLGAP_PG_PORT:-5433}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done

  # fsync off: the data is thrown away, and it makes CREATE DATABASE per test cheap.
  if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$SKILLGAP_PG_DIR/data" -l "$SKILLGAP_PG_DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $SKILLGAP_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
    echo "test-postgres: the server did not start:" >&2
    cat "$SKILLGAP_PG_DIR/server.log" >&2
    return 1
  fi

  SKILLGAP_PG_CTL=("${as_owner[@]}" "$bin/pg_ctl")
  export SKILLGAP_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password"
  echo "test-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $SKILLGAP_PG_DIR); SKILLGAP_TEST_POSTGRES is set"
}

skillgap_postgres_stop() {
  if [ -n "${SKILLGAP_PG_DIR:-}" ] && [ -d "$SKILLGAP_PG_DIR" ]; then
    if [ -d "$SKILLGAP_PG_DIR/data" ]; then
      "${SKILLGAP_PG_CTL[@]}" -D "$SKILLGAP_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$SKILLGAP_PG_DIR"
  fi
  unset SKILLGAP_PG_DIR SKILLGAP_PG_CTL SKILLGAP_TEST_POSTGRES
}

skillgap_postgres_start
