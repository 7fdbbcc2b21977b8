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
	total := time.Duration(secs) * time.Second
	fmt.Print("\x1b[2J\x1b[H")
	deadline := time.Now().Add(total)
	for {
		rem := time.Until(deadline)
		if rem <= 0 {
			break
		}
		shown := (rem + time.Second - 1) / time.Second
		fmt.Printf("\r%d:%02d left of %d:%02d", shown/60, shown%60, secs/60, secs%60)
		// Sleep until the display next changes: the next whole second of the remaining time.
		time.Sleep(rem - (shown-1)*time.Second)
	}
	fmt.Print("\r\nCheck-out\n")
	// Stay alive so the benchmark can read this process's CPU time and peak memory.
	time.Sleep(time.Hour)
}
