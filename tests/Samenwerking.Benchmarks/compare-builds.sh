#!/usr/bin/env bash
# Two running builds of the app, side by side on one database: interleaved rounds of `ab -c 1` against each (which goes
# first alternates), with the time a request takes and the app's CPU per request (user + system, from /proc/<pid>/stat),
# after 1,000 requests each to warm up (the runtime compiles its hot code again, optimised, in the first few hundred).
# A round with a failed or non-2xx answer says so: a build that answers errors fast is not faster.
#   compare-builds.sh PATH PORT_A PID_A PORT_B PID_B [ROUNDS=6] [REQUESTS=200]
# e.g. compare-builds.sh /taken/1 5600 "$(cat a.pid)" 5601 "$(cat b.pid)"   (ab is in Debian's apache2-utils)
set -euo pipefail
path=$1; ports=("$2" "$4"); pids=("$3" "$5"); rounds=${6:-6}; requests=${7:-200}
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for i in 0 1; do ab -q -n 1000 -c 1 "http://127.0.0.1:${ports[$i]}$path" > /dev/null; done
for round in $(seq 1 "$rounds"); do
  order=(0 1); (( round % 2 == 0 )) && order=(1 0)
  for i in "${order[@]}"; do
    before=$(cpu "${pids[$i]}")
    report=$(ab -q -n "$requests" -c 1 "http://127.0.0.1:${ports[$i]}$path")
    after=$(cpu "${pids[$i]}")
    ms=$(awk '/Time per request.*\(mean\)/ {print $4}' <<< "$report")
    errors=$(awk '/^Failed requests:/ {f = $3} /^Non-2xx responses:/ {n = $3} END {print f + n}' <<< "$report")
    echo "round $round, port ${ports[$i]}: $ms ms a request, $(echo "scale=2; ($after - $before) * 1000 / $ticks / $requests" | bc) ms of app CPU$( (( errors > 0 )) && echo ", $errors FAILED or non-2xx")"
  done
done
