//go:build paniccheck

package main

// injectRemotePanic panics when the SSH command is "%panic", so the tests can check that a panic
// in one connection ends that connection only (test builds only: go build -tags paniccheck).
func injectRemotePanic(args []string) {
	if len(args) == 1 && args[0] == "%panic" {
		panic("injected panic in a connection")
	}
}
