#!/usr/bin/env bash
# Local PostgreSQL, Redis, NATS (JetStream) and Prometheus for Page Magic's
# tests and dev environment, from Debian packages, on loopback only.
#
#   hack/services.sh up       install what is missing, start what is down, wait until healthy
#   hack/services.sh down     stop everything (data is kept)
#   hack/services.sh status   one line per service: name, port, up/down
#   hack/services.sh env      connection settings as `export NAME=value` lines
#
# Everything (data, config, pidfiles, logs) lives under $PAGEMAGIC_LOCAL_DIR/services/<name>/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DAEMON_SCRIPT=services
# shellcheck source=hack/lib/daemon.sh
source "$root/hack/lib/daemon.sh"

# Defaults. hack/testkit/env.ts holds the same values for TypeScript code and
# hack/test/env.test.ts parses these lines to keep the two from drifting, so
# keep this exact `: "${NAME:=value}"` shape.
: "${PAGEMAGIC_PG_PORT:=15432}"
: "${PAGEMAGIC_REDIS_PORT:=16379}"
: "${PAGEMAGIC_NATS_PORT:=14222}"
: "${PAGEMAGIC_NATS_MONITOR_PORT:=18222}"
: "${PAGEMAGIC_PROMETHEUS_PORT:=19090}"
: "${PAGEMAGIC_LOCAL_DIR:=.local}"
readonly PG_USER=pagemagic PG_PASSWORD=pagemagic PG_DATABASE=pagemagic
readonly HOST=127.0.0.1

# Relative paths are taken from the repository root, as in env.ts, so the
# answer does not depend on the caller's working directory.
[[ $PAGEMAGIC_LOCAL_DIR == /* ]] || PAGEMAGIC_LOCAL_DIR="$root/$PAGEMAGIC_LOCAL_DIR"
PAGEMAGIC_LOCAL_DIR=$(realpath -ms -- "$PAGEMAGIC_LOCAL_DIR")
services_dir="$PAGEMAGIC_LOCAL_DIR/services"

# Health checks must fail fast rather than hang on a wedged service.
readonly WAIT_SECONDS=${PAGEMAGIC_SERVICES_WAIT:-60}


check_ports PAGEMAGIC_PG_PORT PAGEMAGIC_REDIS_PORT PAGEMAGIC_NATS_PORT PAGEMAGIC_NATS_MONITOR_PORT PAGEMAGIC_PROMETHEUS_PORT

is_root() { [[ $(id -u) == 0 ]]; }

# --- process helpers -------------------------------------------------------

# Prints the pid from a pidfile if that process is alive and is the expected
# program; a pid left over from before a reboot may belong to anything.
live_pid() {
  local pidfile=$1 program=$2 pid
  [[ -r $pidfile ]] || return 1
  pid=$(head -n1 "$pidfile" 2>/dev/null | tr -dc '0-9')
  [[ -n $pid ]] && running "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$program" || return 1
  echo "$pid"
}

# wait_healthy NAME LOGFILE PIDFILE PROGRAM CHECK...: polls CHECK until it
# succeeds. Gives up at once if the process died (rather than sitting out the
# whole wait), and after WAIT_SECONDS if it never gets healthy.
wait_healthy() {
  local name=$1 logfile=$2 pidfile=$3 program=$4
  shift 4
  local started=$SECONDS
  until "$@" >/dev/null 2>&1; do
    # Some servers write their pidfile only after a moment; absence is fatal
    # only once that moment has clearly passed.
    if ! live_pid "$pidfile" "$program" >/dev/null && { [[ -e $pidfile ]] || ((SECONDS - started >= 5)); }; then
      start_failed "$name" "$logfile" "exited while starting"
    fi
    ((SECONDS - started < WAIT_SECONDS)) || start_failed "$name" "$logfile" "did not become healthy within ${WAIT_SECONDS}s"
    sleep 0.1
  done
}

# --- packages --------------------------------------------------------------

pg_bindir() {
  local dir want=${1:-}
  if [[ -n $want ]]; then
    [[ -x /usr/lib/postgresql/$want/bin/postgres ]] && echo "/usr/lib/postgresql/$want/bin"
    return
  fi
  # Newest installed major version.
  dir=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/postgres' -printf '%h\n' 2>/dev/null |
    sort -V | tail -n1)
  [[ -n $dir ]] && echo "$dir"
}

missing_packages() {
  local missing=()
  pg_bindir >/dev/null || missing+=(postgresql)
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null || missing+=(redis-server redis-tools)
  command -v nats-server >/dev/null || missing+=(nats-server)
  command -v prometheus >/dev/null || missing+=(prometheus)
  command -v curl >/dev/null || missing+=(curl)
  # Not services, but the browser and HTML-validity tests need them and they come from the same place.
  command -v chromium >/dev/null || missing+=(chromium)
  command -v java >/dev/null || missing+=(default-jre-headless)
  # Schemathesis (the API conformance test) runs in a virtual environment of its own.
  python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3 python3-venv)
  echo "${missing[@]}"
}

install_packages() {
  local -a pkgs
  read -r -a pkgs <<<"$(missing_packages)"
  ((${#pkgs[@]} == 0)) && return 0
  is_root || die "missing Debian packages: ${pkgs[*]}. Install them with: sudo apt-get install -y --no-install-recommends ${pkgs[*]}"
  command -v apt-get >/dev/null || die "missing packages (${pkgs[*]}) and no apt-get here; install them with your package manager"

  log "installing ${pkgs[*]}"
  # Package scripts would otherwise start system-wide daemons on the default
  # ports; a policy-rc.d that exits 101 forbids that. Keep an existing one.
  local policy=/usr/sbin/policy-rc.d own_policy=
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\n# Temporary, from hack/services.sh: no daemons during install.\nexit 101\n' >"$policy"
    chmod 0755 "$policy"
    own_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  local -a apt=(env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  # apt's chatter goes to stderr with our other progress messages.
  if ! "${apt[@]}" "${pkgs[@]}" >&2; then
    log "install failed; refreshing the package lists and trying once more"
    DEBIAN_FRONTEND=noninteractive apt-get update >&2
    "${apt[@]}" "${pkgs[@]}" >&2 || die "could not install ${pkgs[*]}; see apt-get's output above"
  fi
  if [[ -n $own_policy ]]; then
    rm -f "$policy"
    trap - EXIT
  fi
  local still
  still=$(missing_packages)
  [[ -z $still ]] || die "installed packages but still missing: $still"
}

# --- PostgreSQL ------------------------------------------------------------

pg_dir() { echo "$services_dir/postgres"; }
# initdb and postgres refuse to run as root.
pg_as_owner() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_ready() { "$(pg_bindir)/pg_isready" -q -h "$HOST" -p "$PAGEMAGIC_PG_PORT" -t 2; }
pg_pid() { live_pid "$(pg_dir)/data/postmaster.pid" postgres; }

pg_up() {
  local dir data bindir version
  dir=$(pg_dir)
  data=$dir/data
  if pg_pid >/dev/null && pg_ready; then
    pg_provision
    return
  fi

  # An existing cluster must be run by the server version that created it.
  if [[ -s $data/PG_VERSION ]]; then
    version=$(<"$data/PG_VERSION")
    bindir=$(pg_bindir "$version") ||
      die "$data was created by PostgreSQL $version, which is not installed; install postgresql-$version or delete $dir"
  else
    bindir=$(pg_bindir) || die "PostgreSQL is not installed; run 'hack/services.sh up' as root to install it"
  fi

  mkdir -p "$dir/run"
  if is_root; then
    chown -R postgres:postgres "$dir"
    runuser -u postgres -- test -x "$dir" ||
      die "the postgres user cannot reach $dir (a parent folder is not world-searchable); set PAGEMAGIC_LOCAL_DIR to a path it can reach, e.g. /var/tmp/pagemagic"
  fi

  if [[ ! -s $data/PG_VERSION ]]; then
    log "initialising PostgreSQL in $data"
    rm -rf "$data"
    # Local socket: trust, but the socket lives in a 0700 folder only the
    # owner can enter. TCP: password, like any real deployment.
    pg_as_owner "$bindir/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
      {
        tail -n 25 "$dir/initdb.log" >&2
        die "initdb failed (log: $dir/initdb.log); delete $dir and run 'hack/services.sh up' again"
      }
    echo "include_if_exists = 'pagemagic.conf'" >>"$data/postgresql.conf"
  fi

  ensure_port_free PostgreSQL "$PAGEMAGIC_PG_PORT" PAGEMAGIC_PG_PORT
  # Rewritten on every start so changed ports take effect. Durability is not
  # worth the time in a throwaway dev/test database.
  cat >"$data/pagemagic.conf" <<EOF
# Written by hack/services.sh on every start; edits are lost.
listen_addresses = '$HOST'
port = $PAGEMAGIC_PG_PORT
unix_socket_directories = '$dir/run'
unix_socket_permissions = 0700
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
  is_root && chown postgres:postgres "$data/pagemagic.conf"
  chmod 0700 "$dir/run"

  # The postmaster is dead (pg_pid said so above), possibly a zombie that
  # PID 1 has not reaped yet, which postgres would mistake for a live server.
  rm -f "$data/postmaster.pid" "$dir"/run/.s.PGSQL.*

  log "starting PostgreSQL $(basename "$(dirname "$bindir")") on $HOST:$PAGEMAGIC_PG_PORT"
  local -a as_owner=()
  is_root && as_owner=(runuser -u postgres --)
  # pg_ctl -w notices a postmaster that dies while starting, so it fails fast.
  setsid "${as_owner[@]}" "$bindir/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t "$WAIT_SECONDS" start \
    </dev/null >/dev/null 2>&1 9>&- || start_failed PostgreSQL "$dir/postgres.log" "did not start"
  wait_healthy PostgreSQL "$dir/postgres.log" "$data/postmaster.pid" postgres pg_ready
  pg_provision
}

# Idempotent; cheap enough to run on every `up` so a dropped role or database
# comes back.
pg_provision() {
  local dir
  dir=$(pg_dir)
  pg_as_owner "$(pg_bindir)/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/run" -p "$PAGEMAGIC_PG_PORT" -U postgres -d postgres >/dev/null <<EOF ||
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', '$PG_USER', '$PG_PASSWORD')
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER')\gexec
SELECT format('CREATE DATABASE %I OWNER %I', '$PG_DATABASE', '$PG_USER')
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_DATABASE')\gexec
EOF
    die "could not create role/database '$PG_USER'/'$PG_DATABASE' in PostgreSQL; see $dir/postgres.log"
}

pg_down() {
  local dir bindir
  dir=$(pg_dir)
  pg_pid >/dev/null || return 0
  bindir=$(pg_bindir "$(<"$dir/data/PG_VERSION")") || bindir=$(pg_bindir)
  log "stopping PostgreSQL"
  pg_as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null
}

# --- Redis -----------------------------------------------------------------

redis_dir() { echo "$services_dir/redis"; }
redis_ready() { [[ $(redis-cli -h "$HOST" -p "$PAGEMAGIC_REDIS_PORT" ping 2>/dev/null) == PONG ]]; }
redis_pid() { live_pid "$(redis_dir)/redis.pid" redis-server; }

redis_up() {
  local dir
  dir=$(redis_dir)
  if redis_pid >/dev/null && redis_ready; then return; fi
  mkdir -p "$dir"
  ensure_port_free Redis "$PAGEMAGIC_REDIS_PORT" PAGEMAGIC_REDIS_PORT
  rm -f "$dir/redis.pid"
  # No RDB/AOF: test data is disposable and snapshots only cost time.
  cat >"$dir/redis.conf" <<EOF
# Written by hack/services.sh on every start; edits are lost.
bind $HOST
port $PAGEMAGIC_REDIS_PORT
protected-mode yes
daemonize yes
pidfile $dir/redis.pid
logfile $dir/redis.log
dir $dir
save ""
appendonly no
EOF
  log "starting Redis on $HOST:$PAGEMAGIC_REDIS_PORT"
  setsid redis-server "$dir/redis.conf" </dev/null >>"$dir/redis.log" 2>&1 9>&- ||
    die "redis-server failed to start; see $dir/redis.log"
  wait_healthy Redis "$dir/redis.log" "$dir/redis.pid" redis-server redis_ready
}

redis_down() {
  local dir
  dir=$(redis_dir)
  redis_pid >/dev/null || {
    rm -f "$dir/redis.pid"
    return 0
  }
  log "stopping Redis"
  redis-cli -h "$HOST" -p "$PAGEMAGIC_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  # Covers a Redis whose port changed since it started, or that did not answer.
  stop_pid Redis "$dir/redis.pid" redis-server
}

# --- NATS ------------------------------------------------------------------

nats_dir() { echo "$services_dir/nats"; }
nats_ready() { http_ok "http://$HOST:$PAGEMAGIC_NATS_MONITOR_PORT/healthz?js-enabled-only=true"; }
nats_pid() { live_pid "$(nats_dir)/nats.pid" nats-server; }

nats_up() {
  local dir
  dir=$(nats_dir)
  if nats_pid >/dev/null && nats_ready; then return; fi
  mkdir -p "$dir/jetstream"
  ensure_port_free NATS "$PAGEMAGIC_NATS_PORT" PAGEMAGIC_NATS_PORT
  ensure_port_free "NATS monitoring" "$PAGEMAGIC_NATS_MONITOR_PORT" PAGEMAGIC_NATS_MONITOR_PORT
  cat >"$dir/nats.conf" <<EOF
# Written by hack/services.sh on every start; edits are lost.
server_name: pagemagic-local
listen: "$HOST:$PAGEMAGIC_NATS_PORT"
http: "$HOST:$PAGEMAGIC_NATS_MONITOR_PORT"
pid_file: "$dir/nats.pid"
jetstream {
  store_dir: "$dir/jetstream"
  max_memory_store: 256MB
  max_file_store: 4GB
}
EOF
  log "starting NATS (JetStream) on $HOST:$PAGEMAGIC_NATS_PORT, monitoring on $PAGEMAGIC_NATS_MONITOR_PORT"
  setsid nohup nats-server -c "$dir/nats.conf" </dev/null >>"$dir/nats.log" 2>&1 9>&- &
  # nats-server writes its pidfile itself, but only once it is listening;
  # record ours now so a failed start can still be stopped.
  echo $! >"$dir/nats.pid"
  wait_healthy NATS "$dir/nats.log" "$dir/nats.pid" nats-server nats_ready
}

nats_down() {
  nats_pid >/dev/null && log "stopping NATS"
  stop_pid NATS "$(nats_dir)/nats.pid" nats-server
}

# --- Prometheus ------------------------------------------------------------

prom_dir() { echo "$services_dir/prometheus"; }
prom_ready() { http_ok "http://$HOST:$PAGEMAGIC_PROMETHEUS_PORT/-/ready"; }
prom_pid() { live_pid "$(prom_dir)/prometheus.pid" prometheus; }

prom_up() {
  local dir
  dir=$(prom_dir)
  if prom_pid >/dev/null && prom_ready; then return; fi
  mkdir -p "$dir/data" "$dir/targets"
  ensure_port_free Prometheus "$PAGEMAGIC_PROMETHEUS_PORT" PAGEMAGIC_PROMETHEUS_PORT
  # A 2s interval keeps tests that wait for scrapes short. Components started
  # later (operator, API) can register themselves by dropping a file_sd JSON
  # file into targets/ without a restart.
  cat >"$dir/prometheus.yml" <<EOF
# Written by hack/services.sh on every start; edits are lost.
global:
  scrape_interval: 2s
  scrape_timeout: 2s
  evaluation_interval: 2s
scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ['$HOST:$PAGEMAGIC_PROMETHEUS_PORT']
  - job_name: local
    file_sd_configs:
      - files: ['$dir/targets/*.json', '$dir/targets/*.yml']
        refresh_interval: 2s
EOF
  log "starting Prometheus on $HOST:$PAGEMAGIC_PROMETHEUS_PORT"
  setsid nohup prometheus \
    --config.file="$dir/prometheus.yml" \
    --storage.tsdb.path="$dir/data" \
    --storage.tsdb.retention.time=2d \
    --web.listen-address="$HOST:$PAGEMAGIC_PROMETHEUS_PORT" \
    --web.enable-lifecycle \
    </dev/null >>"$dir/prometheus.log" 2>&1 9>&- &
  echo $! >"$dir/prometheus.pid"
  wait_healthy Prometheus "$dir/prometheus.log" "$dir/prometheus.pid" prometheus prom_ready
}

prom_down() {
  prom_pid >/dev/null && log "stopping Prometheus"
  stop_pid Prometheus "$(prom_dir)/prometheus.pid" prometheus
}

# --- commands --------------------------------------------------------------

# Serialises concurrent `up`/`down` calls (e.g. a test run and `make dev`).
# Daemons are started with `9>&-`: one that inherited the lock's descriptor
# would hold the lock for as long as it runs.
take_lock() {
  mkdir -p "$services_dir"
  exec 9>"$services_dir/.lock"
  flock -w 300 9 || die "another hack/services.sh has held $services_dir/.lock for 5 minutes; is it stuck?"
}

cmd_up() {
  take_lock
  install_packages
  pg_up
  redis_up
  nats_up
  prom_up
}

cmd_down() {
  take_lock
  prom_down
  nats_down
  redis_down
  pg_down
}

cmd_status() {
  local rc=0
  line() {
    local name=$1 port=$2 state=down
    shift 2
    if "$@" >/dev/null 2>&1; then state=up; else rc=1; fi
    printf '%-11s %-6s %s\n' "$name" "$port" "$state"
  }
  pg_status() { pg_pid && pg_ready; }
  redis_status() { redis_pid && redis_ready; }
  nats_status() { nats_pid && nats_ready; }
  prom_status() { prom_pid && prom_ready; }
  line postgres "$PAGEMAGIC_PG_PORT" pg_status
  line redis "$PAGEMAGIC_REDIS_PORT" redis_status
  line nats "$PAGEMAGIC_NATS_PORT" nats_status
  line prometheus "$PAGEMAGIC_PROMETHEUS_PORT" prom_status
  return "$rc"
}

cmd_env() {
  # %q keeps the output safe for `eval "$(hack/services.sh env)"` whatever the path.
  local kv
  for kv in \
    "PAGEMAGIC_LOCAL_DIR=$PAGEMAGIC_LOCAL_DIR" \
    "PAGEMAGIC_PG_PORT=$PAGEMAGIC_PG_PORT" \
    "PAGEMAGIC_REDIS_PORT=$PAGEMAGIC_REDIS_PORT" \
    "PAGEMAGIC_NATS_PORT=$PAGEMAGIC_NATS_PORT" \
    "PAGEMAGIC_NATS_MONITOR_PORT=$PAGEMAGIC_NATS_MONITOR_PORT" \
    "PAGEMAGIC_PROMETHEUS_PORT=$PAGEMAGIC_PROMETHEUS_PORT" \
    "DATABASE_URL=postgres://$PG_USER:$PG_PASSWORD@$HOST:$PAGEMAGIC_PG_PORT/$PG_DATABASE" \
    "REDIS_URL=redis://$HOST:$PAGEMAGIC_REDIS_PORT" \
    "NATS_URL=nats://$HOST:$PAGEMAGIC_NATS_PORT" \
    "NATS_MONITOR_URL=http://$HOST:$PAGEMAGIC_NATS_MONITOR_PORT" \
    "PROMETHEUS_URL=http://$HOST:$PAGEMAGIC_PROMETHEUS_PORT"; do
    printf 'export %s=%q\n' "${kv%%=*}" "${kv#*=}"
  done
}

case ${1:-} in
up) cmd_up ;;
down) cmd_down ;;
status) cmd_status ;;
env) cmd_env ;;
*)
  echo "usage: $0 up|down|status|env" >&2
  exit 2
  ;;
esac
