package home

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	analytics "upright/progress"
	sessionprofile "upright/session/profile"
	"upright/ui/kit"
	"upright/ui/nav"
)

// checkupDue is why the check-up tests are due, or "". Only the sessions since the check-up
// interval began are read, so home stays quick with years of history: no test among them means
// the tests are due either way, and the reason says what was looked at.
func checkupDue(st kit.Storage, name string, p sessionprofile.Profile, now time.Time) (string, error) {
	recs, err := st.Sessions(name, kit.SessionQuery{Since: now.Add(-analytics.CheckupEvery)})
	if err != nil {
		return "", fmt.Errorf("load the check-up tests: %w", err)
	}
	due, why := analytics.CheckupDue(p, recs, now)
	if !due {
		return "", nil
	}
	switch {
	case strings.HasPrefix(why, "No check-up tests yet"):
		return "none in the last 8 weeks", nil
	case strings.Contains(why, "program"):
		return "your program's check-up", nil
	}
	return "the last ones were over 8 weeks ago", nil
}

// startCheckup starts the check-up tests routine, after its check-in as any other.
func startCheckup(askMorning bool) tea.Cmd {
	r, ok := exercises.BuiltinRoutine(exercises.CheckupRoutineID)
	if !ok {
		return nil
	}
	return nav.Go(nav.StartCheckin{Routine: r, AskMorning: askMorning})
}
