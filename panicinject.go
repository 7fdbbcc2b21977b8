//go:build paniccheck

package main

import (
	"os"

	tea "github.com/charmbracelet/bubbletea"
)

// This file exists only in test builds (go build -tags paniccheck): UPRIGHT_TEST_PANIC=update,
// view or cmd makes the '%' key panic in that place, so the tests can check what a bug leaves
// behind. Production builds use panicinject_off.go.

type injector struct {
	inner   tea.Model
	where   string
	viewNow bool
}

func injectPanics(m tea.Model) tea.Model {
	where := os.Getenv("UPRIGHT_TEST_PANIC")
	if where == "" {
		return m
	}
	return injector{inner: m, where: where}
}

func (j injector) Init() tea.Cmd { return j.inner.Init() }

func (j injector) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.String() == "%" {
		switch j.where {
		case "update":
			panic("injected panic in Update")
		case "view":
			j.viewNow = true
			return j, nil
		case "cmd":
			return j, func() tea.Msg { panic("injected panic in a command") }
		}
	}
	next, cmd := j.inner.Update(msg)
	j.inner = next
	return j, cmd
}

func (j injector) View() string {
	if j.viewNow {
		panic("injected panic in View")
	}
	return j.inner.View()
}
