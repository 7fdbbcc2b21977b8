#!/usr/bin/env bash
# The issue 5 UI benchmark: a hold of N seconds (default 30) shown by upright in an 80x24 tmux pane
# under script(1), beside a minimal hand-written countdown (bench/floor) measured the same way in
# the same run. Reports CPU seconds per minute of countdown, bytes written to the terminal per
# second, peak RSS, and how late the end of the hold appears after its start appeared + N s.
# A naive bubbletea countdown (bench/naive) is measured too, for context.
# Needs tmux, script (util-linux) and python3. Figures go in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
out=bench/out
rm -rf "$out" && mkdir -p "$out"
go build -o "$out/upright" .
go build -o "$out/floor" ./bench/floor
go build -o "$out/naive" ./bench/naive
# A tmux server of its own, so the benchmark never touches anyone else's sessions.
tmux() { command tmux -L upright-bench "$@"; }
cat > "$out/hold.toml" <<TOML
name = "Bench hold"
get_ready = "0s"
rest = "0s"

[[exercise]]
id = "plank"
sets = 1
hold = "${secs}s"
TOML

# CPU time in nanoseconds over all the process's threads (schedstat is exact where stat counts ticks).
tick() { cat /proc/$1/task/*/schedstat | awk '{s+=$1} END {printf "%d", s}'; }
hwm() { awk '/VmHWM/{print $2}' "/proc/$1/status"; }
wait_for() { # pane text timeout-seconds
  local end=$((SECONDS + $2))
  until tmux capture-pane -p -t bench | grep -qF "$1"; do
    [ $SECONDS -lt $end ] || { echo "timed out waiting for '$1'"; tmux capture-pane -p -t bench; exit 1; }
    sleep 0.01
  done
}

measure() { # name command keys...
  local name=$1 cmd=$2; shift 2
  printf '#!/bin/sh\necho $$ > %s\nexec %s\n' "$out/$name.pid" "$cmd" > "$out/$name.sh"
  chmod +x "$out/$name.sh"
  tmux kill-session -t bench 2>/dev/null || true
  tmux new-session -d -s bench -x 80 -y 24 \
    "TERM=xterm-256color script -q -f --log-out $out/$name.log --log-in $out/$name.in --log-timing $out/$name.timing -c $out/$name.sh"
  sleep 0.5
  # Press enter (every question's safe default) until the hold starts, whatever screens come first.
  if [ "${1:-}" = "enter-until-hold" ]; then
    local tries=0
    until tmux capture-pane -p -t bench | grep -qF "left of"; do
      tries=$((tries + 1)); [ $tries -lt 40 ] || { echo "the hold never started"; tmux capture-pane -p -t bench; exit 1; }
      tmux send-keys -t bench Enter; sleep 0.3
    done
  fi
  wait_for "left of" 10
  local pid; pid=$(cat "$out/$name.pid")
  # CPU is read over the countdown itself: from its first frame to the frame of its last second,
  # which every program shows as "0:01 left of". What follows the hold (upright saves the set and
  # draws the check-out) is not the countdown's cost.
  local t0; t0=$(tick "$pid")
  wait_for "0:01 left of" $((secs + 10))
  local t1; t1=$(tick "$pid")
  wait_for "Check-out" 10
  echo "$name $(( t1 - t0 )) $(hwm "$pid")" >> "$out/proc.txt"
  # script(1) outlives the pane while its child runs, so end the program itself.
  kill "$pid" 2>/dev/null || true
  tmux kill-session -t bench
}

measure floor "$out/floor $secs"
measure naive "$out/naive $secs"
measure upright "$out/upright --quiet --db $out/bench.db --routine $out/hold.toml" enter-until-hold

python3 - "$out" "$secs" <<'PY'
import sys, os
out, secs = sys.argv[1], float(sys.argv[2])
proc = {l.split()[0]: (int(l.split()[1]), int(l.split()[2])) for l in open(f"{out}/proc.txt")}

def window(name):
    data = open(f"{out}/{name}.log", "rb").read()
    # skip script's header line
    t, pos, marks, chunks, last_key = 0.0, data.index(b"\n") + 1, {}, [], None
    for line in open(f"{out}/{name}.timing"):
        parts = line.split()
        if parts[0] in ("S", "H"):
            continue
        t += float(parts[1])
        if parts[0] == "I":
            last_key = t  # the Enter that starts the hold is the last key sent before it shows
            continue
        n = int(parts[2])
        chunk = data[pos:pos + n]; pos += n
        chunks.append((t, len(chunk)))
        seen = data[:pos]
        for m in (b"left of", b"Check-out"):
            if m not in marks and m in seen:
                marks[m] = t
    start, end = marks[b"left of"], marks[b"Check-out"]
    written = sum(n for (tt, n) in chunks if start < tt <= end)
    # The hold starts when its key arrives (upright), or when the program first writes (floor).
    began = last_key if last_key is not None and last_key <= start else chunks[0][0]
    return began, start, end, written

rows = {}
for name in ("floor", "naive", "upright"):
    began, start, end, written = window(name)
    ns, hwm = proc[name]
    # CPU was read from the first frame to the last second's, secs - 1 seconds of countdown.
    rows[name] = dict(cpu=ns / 1e9 / (secs - 1) * 60, bps=written / (end - start), rss=hwm / 1024,
                      late=(end - began - secs) * 1000)
f = rows["floor"]
print(f"{'':10}{'CPU s/min':>12}{'bytes/s':>12}{'peak RSS MB':>14}{'end late ms':>14}")
# end late: when the end of the hold reached the terminal, after its start (the key) + the hold.
for name, r in rows.items():
    print(f"{name:10}{r['cpu']:12.3f}{r['bps']:12.1f}{r['rss']:14.1f}{r['late']:14.1f}")
ratio = lambda a, b: a / b if b else float('inf')
for name in ("naive", "upright"):
    u = rows[name]
    print(f"{name+'/floor':14}{ratio(u['cpu'], f['cpu']):8.2f}{ratio(u['bps'], f['bps']):12.2f}{ratio(u['rss'], f['rss']):14.2f}")
PY
