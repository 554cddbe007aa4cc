#!/usr/bin/env bash
# Runs every test of Samenwerking: unit and bUnit tests, integration tests on a private PostgreSQL that the
# tests start themselves, and end-to-end tests in Chromium. Installs what is missing when run as root.
# Extra arguments go to dotnet test (e.g. ./test.sh --filter "FullyQualifiedName~Municipality").
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '%s\n' "$*" >&2; }

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || command -v pg_ctl >/dev/null || missing+=(postgresql)
# The PDF downloads are written in Liberation Sans (or DejaVu Sans) from the machine's fonts.
[[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf || -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-liberation)
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    say "Installeren: ${missing[*]} ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "Nodig voor de tests maar niet gevonden: ${missing[*]}."
    say "Installeer ze (Debian/Ubuntu: sudo apt-get install ${missing[*]}) of draai ./test.sh als root."
    exit 69
  fi
fi

command -v dotnet >/dev/null || { say "Geen .NET SDK gevonden: installeer .NET 10."; exit 69; }

# A test run that is killed leaves its PostgreSQL running: stop those when this script ends. Only the servers this
# run started: another run or a benchmark on the same machine keeps its own (give parallel runs a TMPDIR each).
tmp=${TMPDIR:-/tmp}
tmp=${tmp%/}
already_there=" $( (compgen -G "$tmp/samenwerking-test-pg-*" || true) | tr '\n' ' ') "
stop_leftovers() {
  for data in "$tmp"/samenwerking-test-pg-*/data; do
    [[ -f "$data/postmaster.pid" ]] || continue
    [[ $already_there == *" $(dirname "$data") "* ]] && continue
    pg_ctl=$(compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" | sort -V | tail -n 1 || command -v pg_ctl)
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    else "$pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$(dirname "$data")"
  done
}
trap stop_leftovers EXIT

dotnet test Samenwerking.sln "$@"
