package main

import (
	"os"
	"time"
)

// now is the clock: the one place upright reads the time, so everything else takes it as input.
var now = time.Now

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
