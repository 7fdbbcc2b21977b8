package kittest

import (
	"os"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"upright/exercises"
)

// T0 is the fixed start of every test session.
var T0 = time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)

// Keys as bubbletea v1 delivers them.
var (
	KeyEnter  = tea.KeyMsg{Type: tea.KeyEnter}
	KeySpace  = tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	KeyCtrlC  = tea.KeyMsg{Type: tea.KeyCtrlC}
	KeyEsc    = tea.KeyMsg{Type: tea.KeyEsc}
	KeyPgDown = tea.KeyMsg{Type: tea.KeyPgDown}
)

// Runes is typed text (or a letter key).
func Runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// MustExercise is the catalog exercise id; it panics on an unknown id.
func MustExercise(id string) exercises.Exercise {
	ex, ok := exercises.Lookup(id)
	if !ok {
		panic("no exercise " + id)
	}
	return ex
}

// TinyRoutine is one 3 s hold and one tapped exercise of 2 reps, get-ready 1 s, rest 2 s.
func TinyRoutine() exercises.Routine {
	return exercises.Routine{ID: "tiny", Name: "Tiny", GetReady: time.Second, Rest: 2 * time.Second,
		Items: []exercises.Item{
			{Exercise: MustExercise("plank"), Dose: exercises.Dose{Sets: 1, Hold: 3 * time.Second}},
			{Exercise: MustExercise("squat-to-chair"), Dose: exercises.Dose{Sets: 1, Reps: 2}},
		}}
}

// ClinicDemo is the built-in clinic-demo routine.
func ClinicDemo() exercises.Routine {
	r, ok := exercises.BuiltinRoutine("clinic-demo")
	if !ok {
		panic("no clinic-demo routine")
	}
	return r
}

// Main runs a package's tests in plain text, so views compare the same on every terminal.
func Main(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}
