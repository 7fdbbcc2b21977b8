package home

import (
	"fmt"
	"maps"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	analytics "upright/progress"
	"upright/session/profile"
	"upright/ui/kit"
)

// Progression suggestions on home: progress.Suggestions for a person with a prescription,
// offered as menu entries and applied only when accepted — the profile's dose override changes,
// and the change is logged with its date.

// suggestionHistory is how many recent sessions the suggestions look at: the rules need the
// last two sessions of each exercise.
const suggestionHistory = 40

// maxHomeSuggestions keeps the home menu short.
const maxHomeSuggestions = 3

// homeAccept is the first action of the accept entries: homeAccept+i accepts suggestion i.
const homeAccept = 100

// loadSuggestions lists the first of the person's suggestions (progress.Suggestions puts the
// step-backs first, so the cut never hides one).
func loadSuggestions(st kit.Storage, p profile.Profile, saved []exercises.Routine, now time.Time) ([]analytics.Suggestion, error) {
	recs, err := st.Sessions(p.Name, kit.SessionQuery{Limit: suggestionHistory})
	if err != nil {
		return nil, fmt.Errorf("load recent sessions for suggestions: %w", err)
	}
	sg := analytics.Suggestions(p, recs, saved, now)
	return sg[:min(len(sg), maxHomeSuggestions)], nil
}

// accept applies suggestion i to the active profile and saves it; home reloads once it is saved.
func (h homeModel) accept(i int) tea.Cmd {
	if h.today == nil || i >= len(h.today.suggestions) {
		return nil
	}
	sg := h.today.suggestions[i]
	p := h.env.Active().Data
	overrides := maps.Clone(p.DoseOverrides)
	if overrides == nil {
		overrides = map[string]profile.DoseOverride{}
	}
	overrides[sg.ExerciseID] = profile.DoseOverride{Sets: sg.To.Sets, HoldSeconds: int(sg.To.Hold / time.Second), Reps: sg.To.Reps}
	p.SetOverrides(overrides, h.env.Now())
	return kit.SaveProfile(h.env, p)
}
