package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	sessionprofile "upright/session/profile"
)

// intakeModel is the therapist's form for one profile: the first visit's assessment, the program
// dates, the prescription and the notes. Nothing is saved until the Save line is chosen, and a
// value that does not read is refused with the reason, on the line it belongs to.
type intakeModel struct {
	env     *env
	profile sessionprofile.Profile
	values  []string
	cursor  int // len(values) is the Save line
	input   textinput.Model
	ctx     intakeContext
	bad     int // the field a refusal is about, -1 when none
	reason  string
	saving  bool
}

func newIntakeModel(e *env, p sessionprofile.Profile) intakeModel {
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

func (m intakeModel) keys(k *keyMap) {
	switch {
	case m.onSave():
		k.only(&k.Enter, &k.NextField, &k.PrevField, &k.Escape)
		relabel(&k.Enter, "save")
	case intakeFields[m.cursor].toggle:
		k.only(&k.Yes, &k.No, &k.Enter, &k.NextField, &k.PrevField, &k.Escape)
		relabel(&k.Enter, "next")
	default:
		k.only(&k.Enter, &k.NextField, &k.PrevField, &k.Escape)
		relabel(&k.Enter, "next")
	}
	relabel(&k.Escape, "cancel")
}

func (m intakeModel) onSave() bool { return m.cursor >= len(m.values) }

// typing reports a text field in focus, where every printable key is text.
func (m intakeModel) typing() bool { return !m.onSave() && !intakeFields[m.cursor].toggle }

// focus moves to field i, keeping what was typed in the one it leaves.
func (m intakeModel) focus(i int) intakeModel {
	if !m.onSave() && !intakeFields[m.cursor].toggle {
		m.values[m.cursor] = m.input.Value()
	}
	m.cursor = (i + len(m.values) + 1) % (len(m.values) + 1)
	if m.typing() {
		m.input.SetValue(m.values[m.cursor])
		m.input.CursorEnd()
		m.input.Focus()
	} else {
		m.input.Blur()
	}
	return m
}

func (m intakeModel) Update(msg tea.Msg) (intakeModel, tea.Cmd) {
	switch msg := msg.(type) {
	case routinesMsg:
		m.ctx.routines = routineIDs(msg.saved)
	case profileSavedMsg:
		return m, navigate(navMsg{to: screenProfiles})
	case errMsg:
		m.saving = false
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m intakeModel) key(msg tea.KeyMsg) (intakeModel, tea.Cmd) {
	k := m.env.keys
	switch {
	case m.saving:
	case key.Matches(msg, k.Escape):
		return m, navigate(navMsg{to: screenProfiles})
	case key.Matches(msg, k.NextField):
		return m.focus(m.cursor + 1), nil
	case key.Matches(msg, k.PrevField):
		return m.focus(m.cursor - 1), nil
	case key.Matches(msg, k.Enter) && m.onSave():
		return m.save()
	case key.Matches(msg, k.Enter):
		return m.focus(m.cursor + 1), nil
	case m.onSave():
	case intakeFields[m.cursor].toggle && key.Matches(msg, k.Yes):
		m.values[m.cursor] = "yes"
	case intakeFields[m.cursor].toggle && key.Matches(msg, k.No):
		m.values[m.cursor] = "no"
	case m.typing():
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m intakeModel) save() (intakeModel, tea.Cmd) {
	p, bad, err := applyIntake(m.profile, m.values, m.ctx, m.env.now())
	if err != nil {
		m.bad, m.reason = bad, err.Error()
		return m.focus(bad), nil
	}
	m.bad, m.reason, m.saving = -1, "", true
	return m, saveProfile(m.env, p)
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
		v := strings.TrimSpace(clean(values[i]))
		if f.set == nil {
			continue
		}
		if err := f.set(&p, v, c); err != nil {
			return p, i, err
		}
	}
	o, err := sessionprofile.ParseOverrides(values[intakeDoseField])
	if err != nil {
		return p, intakeDoseField, err
	}
	p.SetOverrides(o, now)
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
	s := m.env.styles
	title := "Intake · " + clean(m.profile.Title())
	var head []string
	if m.reason != "" {
		head = append(head, paragraph(s.Error, clean(intakeFields[max(m.bad, 0)].label)+": "+clean(m.reason), width))
	}
	room := max(height-2-len(strings.Split(strings.Join(head, "\n"), "\n")), 1)
	if height >= compactHeight {
		room--
	}
	return page(s, width, height, title, strings.Join(append(head, m.rowsView(width, room)), "\n"))
}

// rowsView draws the fields that fit in height rows, two rows each, scrolled to the cursor.
func (m intakeModel) rowsView(width, height int) string {
	s := m.env.styles
	inner := max(width-2, 1)
	var rows [][]string
	for i, f := range intakeFields {
		label := s.Muted.Render(clip(f.label, inner))
		if i == m.bad {
			label = s.Error.Render(clip(f.label, inner))
		}
		value := s.Text.Render(clip("  "+clean(m.values[i]), inner))
		if i == m.cursor && m.typing() {
			in := m.input
			in.Width = max(inner-3, 1)
			value = clip(in.View(), inner)
		} else if i == m.cursor {
			value = s.Selected.Render(clip("› "+m.values[i], inner))
		}
		rows = append(rows, []string{label, value})
	}
	save := s.Text.Render(clip("  [ Save ]", inner))
	if m.onSave() {
		save = s.Selected.Render(clip("› [ Save ]", inner))
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
