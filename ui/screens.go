package ui

import (
	"reflect"

	tea "github.com/charmbracelet/bubbletea"

	"upright/ui/kit"
	"upright/ui/screen/builder"
	"upright/ui/screen/catalog"
	"upright/ui/screen/checkin"
	"upright/ui/screen/dashboard"
	"upright/ui/screen/history"
	"upright/ui/screen/home"
	"upright/ui/screen/profiles"
	"upright/ui/screen/progress"
	"upright/ui/screen/workout"
)

// screens maps each nav intent to the screen that answers it. Adding a screen is its package and
// one line here; the root knows nothing else about it.
var screens = routes(
	on(home.OpenWelcome),
	on(home.OpenResume),
	on(home.Open),
	on(home.OpenPicker),
	on(home.OpenAerobic),
	on(checkin.OpenCheckin),
	on(checkin.OpenAdvice),
	on(checkin.OpenReadiness),
	on(workout.OpenSession),
	on(workout.OpenResumed),
	on(workout.OpenSummary),
	on(history.Open),
	on(catalog.Open),
	on(catalog.OpenCards),
	on(builder.Open),
	on(progress.Open),
	on(profiles.Open),
	on(profiles.OpenIntake),
	on(dashboard.Open),
)

// opener opens a screen for an intent.
type opener func(e *kit.Env, intent tea.Msg) (kit.Screen, tea.Cmd)

type route struct {
	intent reflect.Type
	open   opener
}

// on registers open for the intent type it takes.
func on[M any](open func(*kit.Env, M) (kit.Screen, tea.Cmd)) route {
	return route{intent: reflect.TypeFor[M](), open: func(e *kit.Env, intent tea.Msg) (kit.Screen, tea.Cmd) {
		return open(e, intent.(M))
	}}
}

func routes(rs ...route) map[reflect.Type]opener {
	m := make(map[reflect.Type]opener, len(rs))
	for _, r := range rs {
		m[r.intent] = r.open
	}
	return m
}

// SpeechProgram names the speech program --voice will use, or "" when none is installed.
func SpeechProgram() string { return workout.SpeechProgram() }
