// Command floor is the hand-written countdown the UI benchmark measures upright against: the least
// a terminal countdown can do — one short line rewritten once a second, sleeping in between.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func main() {
	secs := 30
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil && n > 0 {
			secs = n
		}
	}
	fmt.Print("\x1b[2J\x1b[H")
	// A ticker fires at start + k seconds without drifting, so the countdown needs no clock reading:
	// it sleeps until the display next changes, prints, and ends on the last tick.
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for left := secs; left > 0; left-- {
		fmt.Printf("\r%d:%02d left of %d:%02d", left/60, left%60, secs/60, secs%60)
		<-tick.C
	}
	fmt.Print("\r\nCheck-out\n")
	// Stay alive so the benchmark can read this process's CPU time and peak memory.
	time.Sleep(time.Hour)
}
