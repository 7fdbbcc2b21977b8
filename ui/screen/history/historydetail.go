package history

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/session/record"
	"upright/ui/kit"
)

// detailLine is one line of a session's detail, in a role that picks its style.
type detailLine struct {
	text string
	role detailRole
}

type detailRole int

const (
	detailRoleText detailRole = iota
	detailRoleHeading
	detailRoleMuted
	detailRoleWarn
)

// String names the role, for test failures.
func (r detailRole) String() string {
	switch r {
	case detailRoleText:
		return "text"
	case detailRoleHeading:
		return "heading"
	case detailRoleMuted:
		return "muted"
	case detailRoleWarn:
		return "warn"
	}
	return "unknown"
}

// historyDetailModel shows one stored session in full: answers, flags, the note and every set.
// Its lines are built once when it opens; View only wraps and scrolls them.
type historyDetailModel struct {
	env    *kit.Env
	title  string
	lines  []detailLine
	offset int
}

func newHistoryDetailModel(e *kit.Env, r record.Record) historyDetailModel {
	loc := e.Loc
	d := historyDetailModel{env: e, title: kit.Clean(r.Routine.Name) + " · " + r.StartedAt.In(loc).Format("Mon 2 Jan 2006 15:04")}
	d.lines = detailLines(r, loc)
	return d
}

var detailKeys = kit.On(kit.Up, kit.Down, kit.PageUp, kit.PageDown, kit.Escape)

// Update scrolls; back reports that the person asked to return to the list.
func (d historyDetailModel) Update(msg tea.Msg) (m historyDetailModel, back bool) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return d, false
	}
	k := detailKeys
	rows := d.rows()
	switch {
	case k.Matches(km, kit.Escape, kit.Quit):
		return d, true
	case k.Matches(km, kit.Up):
		d.offset--
	case k.Matches(km, kit.Down):
		d.offset++
	case k.Matches(km, kit.PageUp):
		d.offset -= max(rows-1, 1)
	case k.Matches(km, kit.PageDown):
		d.offset += max(rows-1, 1)
	}
	d.offset = max(min(d.offset, len(d.wrapped(d.env.Width))-rows), 0)
	return d, false
}

// rows is how many lines of detail fit under the title at the last known size.
func (d historyDetailModel) rows() int {
	h := d.env.Height - 2 // the help line and the title
	if d.env.Height >= kit.CompactHeight {
		h--
	}
	return max(h, 1)
}

func (d historyDetailModel) View(width, height int) string {
	s := d.env.Styles
	inner := width - 2
	if width < kit.CompactWidth || height < kit.CompactHeight {
		inner = width
	}
	all := d.wrapped(width)
	rows := height - 1
	if height >= kit.CompactHeight {
		rows--
	}
	rows = max(rows, 1)
	start := max(min(d.offset, len(all)-rows), 0)
	var out []string
	for i := start; i < len(all) && i < start+rows; i++ {
		l := kit.Clip(all[i].text, inner)
		switch all[i].role {
		case detailRoleHeading:
			out = append(out, s.Subtitle.Render(l))
		case detailRoleMuted:
			out = append(out, s.Muted.Render(l))
		case detailRoleWarn:
			out = append(out, s.Warn.Render(l))
		case detailRoleText:
			out = append(out, s.Text.Render(l))
		}
	}
	return kit.Page(s, width, height, d.title, strings.Join(out, "\n"))
}

// wrapped is the detail wrapped to the page's inner width.
func (d historyDetailModel) wrapped(width int) []detailLine {
	inner := width - 2
	if width < kit.CompactWidth {
		inner = width
	}
	var out []detailLine
	for _, l := range d.lines {
		for _, w := range kit.Wrap(l.text, max(inner, 1)) {
			out = append(out, detailLine{w, l.role})
		}
	}
	return out
}

// detailLines lays out a record: how it went, the check-in and check-out, flags, the note, sets.
func detailLines(r record.Record, loc *time.Location) []detailLine {
	var ls []detailLine
	add := func(role detailRole, format string, a ...any) {
		ls = append(ls, detailLine{fmt.Sprintf(format, a...), role})
	}
	add(detailRoleText, "%s · %s · %d of %d sets done", r.Status, kit.Minutes(r.Duration()), r.SetsDone(), r.SetsPlanned())
	c := r.Checkin
	add(detailRoleHeading, "Check-in")
	add(detailRoleText, "Pain %d/10 · new or sharp pain: %s · fall: %s", c.Pain, detailYesNo(c.NewPain), detailYesNo(c.Fall))
	if c.Morning != record.MorningNotAsked {
		add(detailRoleText, "The morning after the last session: %s", c.Morning)
	}
	for _, id := range c.RedFlags {
		add(detailRoleWarn, "Red flag: %s", redFlagText(id))
	}
	if o := r.Checkout; o != nil {
		add(detailRoleHeading, "Check-out")
		add(detailRoleText, "Pain %d/10 (%+d) · effort %d/10", o.Pain, o.Pain-c.Pain, o.Effort)
		for _, rep := range o.Reports {
			add(detailRoleWarn, "%s: %s", exerciseLabel(rep.Exercise, ""), reportText(rep))
		}
		if note := strings.TrimSpace(kit.Clean(o.Note)); note != "" {
			add(detailRoleText, "Note: %s", note)
		}
	}
	if len(r.Flags) > 0 {
		add(detailRoleHeading, "Flags")
		for _, f := range r.Flags {
			what := kit.Clean(f.Kind)
			if f.Exercise != "" {
				what += " (" + exerciseLabel(f.Exercise, "") + ")"
			}
			add(detailRoleWarn, "! %s %s: %s", f.At.In(loc).Format("15:04"), what, kit.Clean(f.Detail))
		}
	}
	for _, e := range r.Exercises {
		add(detailRoleHeading, "%s", exerciseHead(e))
		for _, st := range e.Sets {
			text := setText(e.ID, st)
			if st.Skipped && e.Stopped {
				text = setLabel(st) + ": not done, stopped for pain"
			}
			add(setRole(st), "%s", text)
		}
		if best := record.BestText(e); best != "" {
			add(detailRoleText, "  %s", best)
		}
	}
	return ls
}

// exerciseHead names an exercise with what happened to it: stopped for pain or skipped, and,
// when only some of its sets were done, how many of them.
func exerciseHead(e record.ExerciseResult) string {
	head := exerciseLabel(e.ID, e.Name)
	done := 0
	for _, st := range e.Sets {
		if !st.Skipped {
			done++
		}
	}
	switch {
	case e.Stopped:
		head += " — stopped for pain"
	case e.Skipped:
		head += " — skipped"
	}
	if done > 0 && done < len(e.Sets) {
		head += fmt.Sprintf(" (%d of %d sets done)", done, len(e.Sets))
	}
	return head
}

func setLabel(s record.SetResult) string {
	label := fmt.Sprintf("  set %d", s.Set)
	if s.Side != record.SideNone {
		label += " " + s.Side
	}
	return label
}

// setText is one set of exercise id: number, side, its result in its measure's words
// (record.SetText), and what happened to it.
func setText(id string, s record.SetResult) string {
	label := setLabel(s)
	if s.Skipped {
		return label + ": skipped"
	}
	got := record.SetText(record.ExerciseOf(id), s)
	var notes []string
	if s.EndedEarly {
		notes = append(notes, "ended early")
	}
	if s.PausedSeconds > 0 {
		notes = append(notes, "paused "+kit.Stopwatch(time.Duration(s.PausedSeconds*float64(time.Second))))
	}
	if len(notes) > 0 {
		got += " · " + strings.Join(notes, " · ")
	}
	return label + ": " + got
}

func setRole(s record.SetResult) detailRole {
	if s.Skipped || s.EndedEarly {
		return detailRoleMuted
	}
	return detailRoleText
}

func detailYesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func redFlagText(id string) string {
	for _, f := range record.RedFlags {
		if f.ID == id {
			return f.Text
		}
	}
	return kit.Clean(id)
}

func reportText(rep record.ExerciseReport) string {
	var what []string
	if rep.SharpPain {
		what = append(what, "sharp pain")
	}
	if rep.Dizziness {
		what = append(what, "dizziness")
	}
	if rep.BalanceLoss {
		what = append(what, "loss of balance")
	}
	if len(what) == 0 {
		return "nothing reported"
	}
	return strings.Join(what, ", ")
}

// exerciseLabel is the name a record gives an exercise, or the catalog's, or its id.
func exerciseLabel(id, recorded string) string {
	if recorded != "" {
		return kit.Clean(recorded)
	}
	if ex, ok := exercises.Lookup(id); ok {
		return ex.Name
	}
	return kit.Clean(id)
}
