//go:build !paniccheck

package main

import tea "github.com/charmbracelet/bubbletea"

// injectPanics is the identity outside test builds; see panicinject.go (build tag paniccheck).
func injectPanics(m tea.Model) tea.Model { return m }
