//go:build !paniccheck

package main

// injectRemotePanic does nothing outside test builds; see serveinject.go.
func injectRemotePanic([]string) {}
