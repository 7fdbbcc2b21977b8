package checkin

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session/profile"
	"upright/ui/kit"
	"upright/ui/nav"
)

// readinessModel asks the readiness questions once per profile, before the first session, one at
// a time; "no" is the default. A "yes" to a PAR-Q+ topic shows the clearance advice; the
// osteoporosis follow-ups show what they change (a spine fracture sets the intake's flag) without
// a clearance. The answers are recorded either way, and the person may still continue.
type readinessModel struct {
	env     *kit.Env
	current int // len(questions): the answers are in
	yes     []string
	next    tea.Msg
	outcome profile.ReadinessOutcome
}

// OpenReadiness asks the readiness questions, then goes on to msg.Then.
func OpenReadiness(e *kit.Env, msg nav.Readiness) (kit.Screen, tea.Cmd) {
	return readinessModel{env: e, next: msg.Then}, nil
}

func (r readinessModel) done() bool { return r.current >= len(profile.ReadinessQuestions) }

var (
	readinessContinue = kit.EnterKey("continue")
	readinessNo       = kit.EnterKey("no")
	readinessDoneKeys = kit.On(readinessContinue)
	readinessKeys     = kit.On(kit.Yes, kit.No, readinessNo, kit.PrevQuestion)
)

func (r readinessModel) Keys() kit.Keys {
	if r.done() {
		return readinessDoneKeys
	}
	return readinessKeys
}

func (r readinessModel) Typing() bool { return false }

func (r readinessModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return r, nil
	}
	k := r.Keys()
	switch {
	case k.Matches(km, kit.Quit):
		return r, tea.Quit
	case r.done() && k.Matches(km, readinessContinue):
		return r, nav.Go(r.next)
	case r.done():
	case k.Matches(km, kit.PrevQuestion) && r.current > 0:
		// The question before is asked again: its answer is taken back.
		r.current--
		id := profile.ReadinessQuestions[r.current].ID
		if n := len(r.yes); n > 0 && r.yes[n-1] == id {
			r.yes = r.yes[:n-1]
		}
	case k.Matches(km, kit.Yes):
		r.yes = append(r.yes, profile.ReadinessQuestions[r.current].ID)
		return r.answered()
	case k.Matches(km, kit.No, readinessNo):
		return r.answered()
	}
	return r, nil
}

// answered moves on; after the last question it records the answers, and goes straight on when
// every answer was "no".
func (r readinessModel) answered() (kit.Screen, tea.Cmd) {
	r.current++
	if !r.done() {
		return r, nil
	}
	p := r.env.Active().Data
	p.Name = r.env.Active().Profile
	p.FirstRunDone = true // the welcome was just seen: saving must not undo MarkFirstRunDone
	r.outcome = p.RecordReadiness(r.yes, r.env.Now())
	save := kit.SaveProfile(r.env, p)
	if len(r.outcome.Lines) == 0 {
		return r, tea.Batch(save, nav.Go(r.next))
	}
	return r, save
}

func (r readinessModel) View(width, height int) string {
	s := r.env.Styles
	qs := profile.ReadinessQuestions
	if r.done() {
		var blocks []string
		for _, line := range r.outcome.Lines {
			style := s.Text
			if line == profile.LineClearance {
				style = s.Warn
			}
			blocks = append(blocks, kit.Paragraph(style, line, width))
		}
		blocks = append(blocks,
			kit.Paragraph(s.Text, "Your answers are recorded for your therapist. You may still continue.", width),
			kit.Paragraph(s.Muted, "Press enter to continue.", width))
		return kit.Page(s, width, height, "Before you start", blocks...)
	}
	q := qs[r.current]
	return kit.Page(s, width, height, "Ready to exercise?",
		s.Muted.Render(kit.Clip(progressText(r.current+1, len(qs)), max(width-2, 1))),
		kit.Paragraph(s.Subtitle, q.Text, width),
		kit.Paragraph(s.Muted, "y: yes   n or enter: no", width))
}

func progressText(i, n int) string {
	return fmt.Sprintf("Question %d of %d", i, n)
}
