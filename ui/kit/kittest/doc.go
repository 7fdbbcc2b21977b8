// Package kittest is test support for the ui packages: an in-memory Storage that records every
// call (FakeStore), a clock only tests move (FakeClock), a harness that drives one screen
// without the root (Harness), the keys as bubbletea delivers them, and shared fixtures.
//
// Imports: kit and the pure packages; never the root or a screen package, so any screen's own
// tests may use it. Production code never imports it.
package kittest
