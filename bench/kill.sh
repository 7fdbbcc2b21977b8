#!/usr/bin/env bash
# Issue 7, case 1: SIGKILL the real binary at 50 moments drawn uniformly over a drill session (tmux +
# script(1), fresh database each run), then check `upright check`, the resume offer and the kept
# sets. The normal test suite runs 5 kills; this runs 50 (UPRIGHT_KILLS=N for another count).
set -euo pipefail
cd "$(dirname "$0")/.."
UPRIGHT_LONG=1 go test -count=1 -timeout 60m -run 'TestSIGKILLKeepsEveryShownSet' -v . 2>&1 |
  grep -E 'drill length|killed|SIGKILL:|^(---|ok|FAIL|PASS)|_test.go' | grep -v '^=== '
