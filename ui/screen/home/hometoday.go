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

// Home's part in a prescribed program: today's routine, the week of the program, the next
// check-up, and this week against the profile's weekly targets. All of it is the active
// profile's: it is loaded for the active profile only.

// homeTodayMsg carries today's routine (nil when none is prescribed or it is gone) and this
// week's counts, for the profile it was loaded for.
type homeTodayMsg struct {
	profile string
	todayID string
	today   *exercises.Routine
	week    analytics.WeekCount
	program string // programLine at the moment of loading
	// suggestions are for today's routine at the profile's doses; accepting one changes them.
	suggestions []analytics.Suggestion
	// checkup is why the check-up tests are due, "" when they are not.
	checkup string
}

// todayRoutineID is the prescribed routine for now's local day: the prescriptions take turns
// day by day, so two prescribed routines alternate.
func todayRoutineID(p sessionprofile.Profile, now time.Time) string {
	if len(p.Prescribed) == 0 {
		return ""
	}
	y, m, d := now.Date()
	day := int(time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Unix() / 86400)
	return p.Prescribed[day%len(p.Prescribed)]
}

func loadToday(e *kit.Env) tea.Cmd {
	st, p, profile, now := e.Store, e.Active().Data, e.Active().Profile, e.Now()
	id := todayRoutineID(p, now)
	return func() tea.Msg {
		msg := homeTodayMsg{profile: profile, todayID: id, program: programLine(p, now)}
		if st == nil {
			if r, ok := exercises.Resolve(id, nil); ok {
				msg.today = &r
			}
			return msg
		}
		var saved []exercises.Routine
		if id != "" {
			var err error
			if saved, err = st.SavedRoutines(); err != nil {
				return kit.ErrMsg{Err: fmt.Errorf("load today's routine: %w", err)}
			}
			if r, ok := exercises.Resolve(id, saved); ok {
				msg.today = &r
			}
		}
		recs, err := st.Sessions(profile, kit.SessionQuery{Since: kit.WeekStart(now)})
		if err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("load this week's sessions: %w", err)}
		}
		// One read of the week serves the session count and the days against the targets, so the
		// two lines of home always agree (a check-in stopped by a red flag counts in neither).
		msg.week = analytics.Weeks(recs, now, now.Location(), 1)[0]
		if msg.checkup, err = checkupDue(st, profile, p, now); err != nil {
			return kit.ErrMsg{Err: err}
		}
		if msg.today != nil {
			if msg.suggestions, err = loadSuggestions(st, p, saved, now); err != nil {
				return kit.ErrMsg{Err: err}
			}
		}
		return msg
	}
}

// programLine is "Week 5 of 12 · check-up in 9 days", or "" without a program.
func programLine(p sessionprofile.Profile, now time.Time) string {
	var parts []string
	if week, of := p.ProgramWeek(now); week > of {
		parts = append(parts, fmt.Sprintf("Program of %d weeks complete", of))
	} else if week > 0 {
		parts = append(parts, fmt.Sprintf("Week %d of %d", week, of))
	} else if of > 0 {
		parts = append(parts, "Program starts "+p.Program.Start)
	}
	if days, ok := p.DaysToCheckup(now); ok {
		switch {
		case days == 0:
			parts = append(parts, "check-up today")
		case days == 1:
			parts = append(parts, "check-up tomorrow")
		case days > 1:
			parts = append(parts, fmt.Sprintf("check-up in %d days", days))
		default:
			parts = append(parts, fmt.Sprintf("check-up was due %d days ago", -days))
		}
	}
	return strings.Join(parts, " · ")
}

// targetsLine is this week against the weekly targets, or "" when the profile has none.
func targetsLine(p sessionprofile.Profile, w analytics.WeekCount) string {
	t := p.Targets
	if t == nil {
		return ""
	}
	var parts []string
	for _, a := range []struct {
		name       string
		done, want int
	}{{"strength", w.StrengthDays, t.StrengthDays}, {"balance", w.BalanceDays, t.BalanceDays},
		{"posture", w.PostureDays, t.PostureDays}, {"stretch", w.StretchDays, t.StretchDays}} {
		if a.want > 0 {
			parts = append(parts, fmt.Sprintf("%s %d/%d", a.name, a.done, a.want))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Days this week: " + strings.Join(parts, " · ")
}

// todayView is the program block of the home screen; "" when nothing is prescribed.
func (h homeModel) todayView(width int) string {
	s := h.env.Styles
	t := h.today
	if t == nil {
		return ""
	}
	var lines []string
	if t.program != "" {
		lines = append(lines, kit.Paragraph(s.Accent, t.program, width))
	}
	if t.today != nil {
		lines = append(lines, kit.Paragraph(s.Text, "Today's routine: "+kit.Clean(t.today.Name), width))
	} else if t.todayID != "" {
		lines = append(lines, kit.Paragraph(s.Warn, "Today's routine "+kit.Clean(t.todayID)+" is not in this database.", width))
	}
	if l := targetsLine(h.env.Active().Data, t.week); l != "" && h.env.Store != nil {
		lines = append(lines, kit.Paragraph(s.Text, l, width))
	}
	if h.env.Store != nil {
		// Balance minutes and strength days: the dose goals, whether or not targets are set.
		dose := analytics.DoseOf(t.week, analytics.TargetsOf(h.env.Active().Data))
		lines = append(lines, kit.Paragraph(s.Text, dose.Line(), width))
		if l := analytics.AerobicLine(h.env.Active().Data, h.env.Now()); l != "" {
			lines = append(lines, kit.Paragraph(s.Text, l, width))
		}
	}
	return strings.Join(lines, "\n")
}

// startToday starts today's routine with the profile's dose overrides.
func (h homeModel) startToday() tea.Cmd {
	if h.today == nil || h.today.today == nil {
		return nil
	}
	r := h.env.Active().Data.ApplyOverrides(*h.today.today)
	return nav.Go(nav.StartCheckin{Routine: r, AskMorning: h.askMorning()})
}

// withMenu lays out the home menu: today's routine first when one is prescribed and found.
func (h homeModel) withMenu() homeModel {
	h.menu.Items, h.actions, h.forms = nil, nil, nil
	// add takes an entry's label and its shorter planned forms, for narrow terminals.
	add := func(action int, label string, shorter ...string) {
		h.menu.Items = append(h.menu.Items, label)
		h.actions = append(h.actions, action)
		h.forms = append(h.forms, append([]string{label}, shorter...))
	}
	if h.today != nil && h.today.today != nil {
		name := kit.Clean(h.today.today.Name)
		add(homeToday, "Start today's routine: "+name, "Today: "+name)
		if !h.env.Active().Demo {
			for i, sg := range h.today.suggestions {
				add(homeAccept+i, "Accept suggestion: "+kit.Clean(sg.Text), "Accept: "+kit.Clean(sg.Text))
			}
		}
	}
	add(homeStart, "Start a routine")
	add(homeHistory, "History")
	add(homeProgress, "Progress")
	add(homeExercises, "Exercises")
	if !h.env.Locked {
		add(homeBuild, "Build a routine")
		add(homeProfiles, "Profiles")
	}
	switch {
	case h.env.Store == nil:
		// Started with --demo: there is no database to switch back to.
	case h.env.Active().Demo:
		add(homeDemo, "Demonstration mode: on (nothing is saved) — switch off", "Demo mode: on — switch off", "Demo: switch off")
	default:
		add(homeDemo, "Demonstration mode: off — switch on", "Demo mode: off — switch on", "Demo: switch on")
	}
	if h.env.Store != nil && !h.env.Active().Demo {
		add(homeAerobic, "Log aerobic minutes", "Aerobic minutes")
	}
	if a := h.env.Active(); !a.Demo && a.Data.OfferSafeMovement(h.env.Now()) {
		// Once, in the program's first week; near the end, so the entries above keep their places.
		add(homeSafeMovement, "Safe movement for everyday life — read the cards", "Safe movement cards")
	}
	if h.today != nil && h.today.checkup != "" {
		// Last but one, so the entries above keep their places whether or not it is offered.
		add(homeCheckup, "Check-up tests — due: "+h.today.checkup, "Check-up tests — due", "Check-up tests")
	}
	add(homeQuit, "Quit")
	h.menu.Cursor = min(h.menu.Cursor, len(h.menu.Items)-1)
	return h
}
