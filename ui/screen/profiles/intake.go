package profiles

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	sessionprofile "upright/session/profile"
	"upright/ui/kit"
	"upright/ui/nav"
)

// intakeModel is the therapist's form for one profile: the first visit's assessment, the program
// dates, the prescription and the notes. Nothing is saved until the Save line is chosen, and a
// value that does not read is refused with the reason, on the line it belongs to.
type intakeModel struct {
	env     *kit.Env
	profile sessionprofile.Profile
	values  []string
	cursor  int // len(values) is the Save line
	input   textinput.Model
	ctx     intakeContext
	bad     int // the field a refusal is about, -1 when none
	reason  string
	saving  bool
}

// OpenIntake opens the intake form on msg.Profile, and loads the routine ids it accepts.
func OpenIntake(e *kit.Env, msg nav.Intake) (kit.Screen, tea.Cmd) {
	return newIntakeModel(e, msg.Profile), kit.LoadRoutines(e)
}

func newIntakeModel(e *kit.Env, p sessionprofile.Profile) intakeModel {
	in := textinput.New()
	in.Prompt = "› "
	in.CharLimit = 500
	in.Cursor.SetMode(cursor.CursorStatic)
	m := intakeModel{env: e, profile: p, input: in, bad: -1, ctx: intakeContext{routines: routineIDs(nil)}}
	for _, f := range intakeFields {
		m.values = append(m.values, f.get(p))
	}
	m.input.SetValue(m.values[0]) // the first field is text: it starts in focus
	m.input.CursorEnd()
	m.input.Focus()
	return m
}

var (
	intakeSave   = kit.EnterKey("save")
	intakeNext   = kit.EnterKey("next")
	intakeCancel = kit.EscapeKey("cancel")
	intakeKeys   = kit.On(intakeNext, kit.NextField, kit.PrevField, intakeCancel)
	toggleKeys   = kit.On(kit.Yes, kit.No, intakeNext, kit.NextField, kit.PrevField, intakeCancel)
	saveKeys     = kit.On(intakeSave, kit.NextField, kit.PrevField, intakeCancel)
)

func (m intakeModel) Keys() kit.Keys {
	switch {
	case m.onSave():
		return saveKeys
	case intakeFields[m.cursor].toggle:
		return toggleKeys
	}
	return intakeKeys
}

func (m intakeModel) onSave() bool { return m.cursor >= len(m.values) }

// Typing reports a text field in focus, where every printable key is text.
func (m intakeModel) Typing() bool { return !m.onSave() && !intakeFields[m.cursor].toggle }

// focus moves to field i, keeping what was typed in the one it leaves.
func (m intakeModel) focus(i int) intakeModel {
	if !m.onSave() && !intakeFields[m.cursor].toggle {
		m.values[m.cursor] = m.input.Value()
	}
	m.cursor = (i + len(m.values) + 1) % (len(m.values) + 1)
	if m.Typing() {
		m.input.SetValue(m.values[m.cursor])
		m.input.CursorEnd()
		m.input.Focus()
	} else {
		m.input.Blur()
	}
	return m
}

func (m intakeModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case kit.RoutinesMsg:
		m.ctx.routines = routineIDs(msg.Saved)
	case kit.ProfileSavedMsg:
		who := kit.Clean(msg.P.Title())
		return m, nav.Go(nav.Profiles{Focus: m.profile.Name, Notice: "Saved " + who + "'s intake."})
	case kit.ErrMsg:
		m.saving = false
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m intakeModel) key(msg tea.KeyMsg) (intakeModel, tea.Cmd) {
	k := m.Keys()
	switch {
	case m.saving:
	case k.Matches(msg, intakeCancel):
		return m, nav.Go(nav.Profiles{Focus: m.profile.Name})
	case k.Matches(msg, kit.NextField):
		return m.focus(m.cursor + 1), nil
	case k.Matches(msg, kit.PrevField):
		return m.focus(m.cursor - 1), nil
	case k.Matches(msg, intakeSave):
		return m.save()
	case k.Matches(msg, intakeNext):
		return m.focus(m.cursor + 1), nil
	case m.onSave():
	case intakeFields[m.cursor].toggle && k.Matches(msg, kit.Yes):
		m.values[m.cursor] = "yes"
	case intakeFields[m.cursor].toggle && k.Matches(msg, kit.No):
		m.values[m.cursor] = "no"
	case m.Typing():
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m intakeModel) save() (intakeModel, tea.Cmd) {
	p, bad, err := applyIntake(m.profile, m.values, m.ctx, m.env.Now())
	if err != nil {
		m.bad, m.reason = bad, err.Error()
		return m.focus(bad), nil
	}
	m.bad, m.reason, m.saving = -1, "", true
	return m, kit.SaveProfile(m.env, p)
}

// applyIntake reads the form's values into a copy of p; on a refusal it names the field.
func applyIntake(p sessionprofile.Profile, values []string, c intakeContext, now time.Time) (sessionprofile.Profile, int, error) {
	if p.Intake != nil {
		in := *p.Intake
		p.Intake = &in
	}
	if p.Program != nil {
		pr := *p.Program
		p.Program = &pr
	}
	hadIntake := p.Intake != nil
	for i, f := range intakeFields {
		v := strings.TrimSpace(kit.Clean(values[i]))
		if f.set == nil {
			continue
		}
		if err := f.set(&p, v, c); err != nil {
			return p, i, err
		}
	}
	o, err := sessionprofile.ParseOverrides(values[intakeDoseField])
	if err == nil {
		// The routine-file rules, with the allowed exercises just read: reps on a hold, a flagged
		// exercise not prescribed.
		err = sessionprofile.ValidateOverrides(p, o)
	}
	if err != nil {
		return p, intakeDoseField, err
	}
	p.SetOverrides(o, now)
	if err := sessionprofile.ValidateAllowed(p); err != nil {
		return p, intakeAllowedField, err // the same rule that keeps it locked everywhere else
	}
	if !hadIntake && p.Intake != nil {
		p.Intake.RecordedAt = now
	}
	if pr := p.Program; pr != nil && pr.Start == "" {
		if pr.LastCheckup != "" || pr.NextCheckup != "" || pr.Weeks != sessionprofile.DefaultProgramWeeks {
			return p, 10, errProgramStart
		}
		p.Program = nil
	}
	if p.DisplayName == "" {
		p.DisplayName = p.Name
	}
	return p, -1, nil
}

var errProgramStart = errString("a program needs its start date (YYYY-MM-DD)")

type errString string

func (e errString) Error() string { return string(e) }

func (m intakeModel) View(width, height int) string {
	s := m.env.Styles
	title := "Intake · " + kit.Clean(m.profile.Title())
	var head []string
	if m.reason != "" {
		head = append(head, kit.Paragraph(s.Error, kit.Clean(intakeFields[max(m.bad, 0)].label)+": "+kit.Clean(m.reason), width))
	}
	room := max(height-2-len(strings.Split(strings.Join(head, "\n"), "\n")), 1)
	if height >= kit.CompactHeight {
		room--
	}
	return kit.Page(s, width, height, title, strings.Join(append(head, m.rowsView(width, room)), "\n"))
}

// rowsView draws the fields that fit in height rows, two rows each, scrolled to the cursor.
func (m intakeModel) rowsView(width, height int) string {
	s := m.env.Styles
	inner := max(width-2, 1)
	var rows [][]string
	for i, f := range intakeFields {
		label := s.Muted.Render(kit.Clip(f.label, inner))
		if i == m.bad {
			label = s.Error.Render(kit.Clip(f.label, inner))
		}
		value := s.Text.Render(kit.Clip("  "+kit.Clean(m.values[i]), inner))
		if i == m.cursor && m.Typing() {
			in := m.input
			in.Width = max(inner-3, 1)
			value = kit.Clip(in.View(), inner)
		} else if i == m.cursor {
			value = s.Selected.Render(kit.Clip("› "+m.values[i], inner))
		}
		rows = append(rows, []string{label, value})
	}
	save := s.Text.Render(kit.Clip("  [ Save ]", inner))
	if m.onSave() {
		save = s.Selected.Render(kit.Clip("› [ Save ]", inner))
	}
	rows = append(rows, []string{save})
	perPage := max(height/2, 1)
	start := max(m.cursor-perPage+1, 0)
	var lines []string
	for i := start; i < len(rows) && len(lines)+len(rows[i]) <= max(height, 1); i++ {
		lines = append(lines, rows[i]...)
	}
	return strings.Join(lines, "\n")
}
