#!/usr/bin/env bash
# Runs Samenwerking on this machine.
#   ./run.sh                 build, start a private PostgreSQL, migrate, seed once, serve http://127.0.0.1:5080
#   ./run.sh stop            stop the private PostgreSQL
#   ./run.sh <verb> [args]   run an operator command of the app against the same database (./run.sh help)
# Settings (environment): SAMENWERKING_PORT (5080), SAMENWERKING_DB_PORT (55432),
# SAMENWERKING_DB_DIR (.data/postgres), ConnectionStrings__Register (use that database instead).
set -euo pipefail
caller=$(pwd)
cd "$(dirname "$0")"
root=$(pwd)

port=${SAMENWERKING_PORT:-5080}
db_port=${SAMENWERKING_DB_PORT:-55432}
db_dir=${SAMENWERKING_DB_DIR:-$root/.data/postgres}
app_dir=$root/.data/app

say() { printf '%s\n' "$*" >&2; }

pg_bin() {
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$dir" && -x "$dir/pg_ctl" ]]; then echo "$dir"; return; fi
  say "Geen PostgreSQL gevonden. Installeer de serverprogramma's (Debian/Ubuntu: 'apt-get install postgresql'),"
  say "of wijs een bestaande database aan met ConnectionStrings__Register=\"Host=...;Database=...;Username=...;Password=...\"."
  exit 69
}

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

db_running() { [[ -f "$db_dir/data/postmaster.pid" ]] && as_pg "$(pg_bin)/pg_ctl" -D "$db_dir/data" status >/dev/null 2>&1; }

start_db() {
  local bin
  bin=$(pg_bin)
  mkdir -p "$db_dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown -R postgres:postgres "$db_dir"
    if ! runuser -u postgres -- test -w "$db_dir"; then
      say "De gebruiker postgres kan $db_dir niet bereiken (een bovenliggende map is afgeschermd)."
      say "Kies een andere map met SAMENWERKING_DB_DIR=/pad/naar/map."
      exit 73
    fi
  fi
  if [[ ! -f "$db_dir/data/PG_VERSION" ]]; then
    say "Eigen PostgreSQL-database aanmaken in $db_dir ..."
    as_pg "$bin/initdb" -D "$db_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-instructions >/dev/null
  fi
  if ! db_running; then
    as_pg "$bin/pg_ctl" -D "$db_dir/data" -l "$db_dir/postgres.log" -w -t 30 \
      -o "-p $db_port -k $db_dir -c listen_addresses=127.0.0.1" start >/dev/null
    say "PostgreSQL draait op 127.0.0.1:$db_port (stoppen: ./run.sh stop)."
  fi
  export ConnectionStrings__Register="Host=127.0.0.1;Port=$db_port;Database=samenwerking;Username=postgres"
}

stop_db() {
  if db_running; then
    as_pg "$(pg_bin)/pg_ctl" -D "$db_dir/data" -m fast -w stop >/dev/null
    say "PostgreSQL gestopt."
  else
    say "PostgreSQL draaide niet."
  fi
}

build_app() {
  command -v dotnet >/dev/null 2>&1 || { say "Geen .NET SDK gevonden: installeer .NET 10 (https://dot.net)."; exit 69; }
  # Built before and no source changed since: start at once.
  local stamp=$app_dir/.published
  if [[ -f "$stamp" && -z $(find "$root/src" "$root"/Directory.*.props "$root/global.json" -newer "$stamp" -type f \
        -not -path '*/bin/*' -not -path '*/obj/*' -print -quit 2>/dev/null) ]]; then
    return
  fi
  say "App bouwen ..."
  dotnet publish "$root/src/Samenwerking.Web" -c Release -o "$app_dir" --nologo -v quiet -p:UseAppHost=false >&2
  touch "$stamp"
}

# The app runs from its publish folder: a file the user names relative to where they typed the command (a path with a
# slash, a file name with an extension, or a file or folder that is there; not an e-mail address or a URL) is passed on
# as an absolute path.
absolute_paths() {
  local arg
  for arg in "$@"; do
    if [[ "$arg" != /* && "$arg" != -* && "$arg" != *@* && "$arg" != *=* && "$arg" != *://* && ( "$arg" == */* || "$arg" =~ \.[A-Za-z0-9]+$ || -e "$caller/$arg" ) ]]; then
      printf '%s\0' "$caller/$arg"
    else
      printf '%s\0' "$arg"
    fi
  done
}

verb=${1:-}
if [[ "$verb" == "stop" ]]; then
  stop_db
  exit 0
fi

if [[ -z "${ConnectionStrings__Register:-}" ]]; then
  start_db
fi
build_app

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production}
# The published app finds its static files relative to its content root.
cd "$app_dir"
if [[ -n "$verb" ]]; then
  mapfile -d '' args < <(absolute_paths "$@")
  # A backup's file is always a path, also without an extension or a slash.
  if [[ ( "$verb" == backup || "$verb" == restore ) && $# -ge 2 && "$2" != /* ]]; then
    args[1]="$caller/$2"
  fi
  # So is the folder an export writes to; without one, the folder it was asked from (not the app's own).
  if [[ "$verb" == export ]]; then
    folder=""
    for i in "${!args[@]}"; do
      if [[ "${args[$i]}" == --map && -n "${args[$((i + 1))]:-}" ]]; then
        [[ "${args[$((i + 1))]}" == /* ]] || args[$((i + 1))]="$caller/${args[$((i + 1))]}"
        folder=set
      fi
    done
    [[ -n "$folder" ]] || args+=(--map "$caller")
  fi
  exec dotnet Samenwerking.Web.dll "${args[@]}"
fi

export Database__MigrateOnStartup=true
if [[ ! -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf && ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]]; then
  say "Let op: geen lettertype voor de PDF-downloads gevonden (Debian/Ubuntu: 'apt-get install fonts-liberation'); Excel werkt wel."
fi
say "Samenwerking start op http://127.0.0.1:$port (stoppen: Ctrl+C)."
exec dotnet Samenwerking.Web.dll --urls "http://127.0.0.1:$port"
