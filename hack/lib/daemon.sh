# shellcheck shell=bash
# Helpers shared by hack/services.sh and hack/test-servers.sh, which run local
# servers as detached processes with pidfiles. Sourced, not run. The caller sets
# DAEMON_SCRIPT (its own name, for messages) and HOST, and defines
# live_pid PIDFILE PROGRAM (how it recognises its own processes differs).

log() { printf '%s: %s\n' "$DAEMON_SCRIPT" "$*" >&2; }
die() {
  printf '%s: error: %s\n' "$DAEMON_SCRIPT" "$*" >&2
  exit 1
}

# check_ports VAR...: every named variable must hold a TCP port number.
check_ports() {
  local port_var
  for port_var in "$@"; do
    if ! [[ ${!port_var} =~ ^[0-9]{1,5}$ ]] || ((10#${!port_var} < 1 || 10#${!port_var} > 65535)); then
      die "$port_var='${!port_var}' is not a TCP port; set it to a number between 1 and 65535"
    fi
  done
}

# True if the process exists and is not a zombie. kill -0 is not enough here:
# a killed daemon stays a zombie until PID 1 reaps it, which in some
# containers and VMs takes seconds.
running() {
  local state
  state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [[ -n $state && $state != Z ]]
}

start_failed() {
  local name=$1 logfile=$2 why=$3
  printf '%s: error: %s %s. Last lines of %s:\n' "$DAEMON_SCRIPT" "$name" "$why" "$logfile" >&2
  tail -n 25 "$logfile" 2>/dev/null | sed 's/^/    /' >&2 || true
  die "fix the cause above, then run 'hack/$DAEMON_SCRIPT.sh up' again (or 'hack/$DAEMON_SCRIPT.sh down' first)"
}

# program_pid PIDFILE PROGRAM: the pid from a pidfile if that process is alive and runs exactly PROGRAM (a
# path); a pid left over from before a reboot may belong to anything, and "pebble" is a prefix of
# "pebble-challtestsrv", so a substring match would not do. The path it was started by counts, and so does
# the file it runs: a checkout that reaches hack/bin through a symlink (a git worktree sharing one
# .local) must see the servers another checkout started as the same programs, not as strangers holding
# their ports.
program_pid() {
  local pidfile=$1 program=$2 pid argv0 exe
  [[ -r $pidfile ]] || return 1
  pid=$(head -n1 "$pidfile" 2>/dev/null | tr -dc '0-9')
  [[ -n $pid ]] && running "$pid" || return 1
  argv0=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | head -n1)
  exe=$(readlink -f "/proc/$pid/exe" 2>/dev/null) || exe=
  [[ $argv0 == "$program" || (-n $exe && $exe == "$(readlink -f "$program")") ]] || return 1
  echo "$pid"
}

# Stops a process by pidfile: TERM, a bounded wait, then KILL. A process started with setsid leads its own
# process group, and the whole group is signalled: `next start` serves from a child it forks, which
# would otherwise outlive its parent and keep the port.
stop_pid() {
  local name=$1 pidfile=$2 program=$3 pid target i
  pid=$(live_pid "$pidfile" "$program") || {
    rm -f "$pidfile"
    return 0
  }
  target=$pid
  [[ $(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ') == "$pid" ]] && target=-$pid
  log "stopping $name"
  kill -TERM -- "$target" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    group_running "$pid" || break
    sleep 0.1
  done
  if group_running "$pid"; then
    log "$name (pid $pid) ignored SIGTERM for 10s; killing it"
    kill -KILL -- "$target" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

# True while the process, or any live process of the group it leads, is running.
group_running() {
  local member
  running "$1" && return 0
  for member in $(pgrep -g "$1" 2>/dev/null); do
    running "$member" && return 0
  done
  return 1
}

# Fails if something else already answers on a port we are about to use, so
# the user learns about the clash instead of reading a confusing bind error.
ensure_port_free() {
  local name=$1 port=$2 var=$3
  if (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then
    die "port $port, which $name should use, is taken by another process; stop it or set $var to a free port"
  fi
}

http_ok() { curl -fsS --max-time 2 -o /dev/null "$1"; }
