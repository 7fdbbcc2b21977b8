package main

import "upright/store"

// What the external tests (package main_test) reach inside the command: the benchmarks time the
// command line and the screens in-process, without starting a process each time.

// Run is the whole command line, in-process.
var Run = run

// NewStorage is the storage adapter the screens read through.
func NewStorage(st *store.Store) storage { return storage{st} }
