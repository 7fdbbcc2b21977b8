package checkin

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session"
	"upright/session/record"
	"upright/ui/kit"
	"upright/ui/nav"
)

// adviceModel shows what the check-in found: a red flag stops the session here; cautions and
// flagged exercises are shown before the session starts.
type adviceModel struct {
	env     *kit.Env
	advice  record.Advice
	routine exercises.Routine
	checkin record.Checkin
}

// OpenAdvice shows what the check-in found.
func OpenAdvice(e *kit.Env, msg nav.ShowAdvice) (kit.Screen, tea.Cmd) {
	return adviceModel{env: e, advice: msg.Advice, routine: msg.Routine, checkin: msg.Checkin}, nil
}

var (
	adviceHome  = kit.EnterKey("home")
	adviceStart = kit.EnterKey("start")
	// adviceStopKeys lead only home: the session does not start.
	adviceStopKeys = kit.On(adviceHome)
	adviceKeys     = kit.On(adviceStart, kit.Escape)
)

func (a adviceModel) Keys() kit.Keys {
	if a.advice.Stop {
		return adviceStopKeys
	}
	return adviceKeys
}

func (a adviceModel) Typing() bool { return false }

func (a adviceModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return a, nil
	}
	k := a.Keys()
	switch {
	case k.Matches(km, adviceHome):
		return a, nav.Go(nav.CheckinStopped{Record: a.stoppedRecord()})
	case k.Matches(km, adviceStart):
		return a, nav.Go(nav.StartSession{Routine: a.routine, Checkin: a.checkin})
	case k.Matches(km, kit.Escape, kit.Quit):
		return a, nav.Go(nav.Home{})
	}
	return a, nil
}

// stoppedRecord keeps the check-in that stopped a session, so a therapist sees the red flag.
func (a adviceModel) stoppedRecord() record.Record {
	meta := session.Meta{ID: a.env.NewID(), Profile: a.env.Active().Profile, Demo: a.env.Active().Demo, Checkin: a.checkin}
	return session.StoppedRecord(session.NewPlan(a.routine), meta, a.env.Now())
}

func (a adviceModel) View(width, height int) string {
	s := a.env.Styles
	var blocks []string
	titleStyle := s.Warn
	if a.advice.Urgent {
		titleStyle = s.Danger
	}
	if a.advice.Title != "" {
		blocks = append(blocks, kit.Paragraph(titleStyle, a.advice.Title, width))
	}
	if len(a.advice.Lines) > 0 {
		blocks = append(blocks, kit.Paragraph(s.Text, strings.Join(a.advice.Lines, "\n"), width))
	}
	if a.advice.Stop {
		blocks = append(blocks, kit.Paragraph(s.Muted, "Today's session will not start. Press enter to go home.", width))
		return kit.Page(s, width, height, "Please stop here", blocks...)
	}
	for _, it := range a.routine.Flagged() {
		ex := it.Exercise
		blocks = append(blocks, kit.Paragraph(s.Caution, ex.Name+" — "+kit.StatusNote(ex), width))
	}
	blocks = append(blocks, kit.Paragraph(s.Muted, "Press enter to start, or esc to go back.", width))
	return kit.Page(s, width, height, "Before you start", blocks...)
}
