package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// progressModel shows progress over a period: per-exercise trends, pain and effort, adherence,
// the stance test against its norms and progression suggestions. It is one scrolling page.
type progressModel struct {
	env      *env
	period   period
	loaded   bool // data holds the chosen period
	data     progressData
	exercise int // the trend shown, an index into data.trends
	offset   int // first body line shown
	// records are the sessions read so far, kept so another period does not read them again.
	records loadedRecords
}

func newProgressModel(e *env) progressModel {
	return progressModel{env: e, period: periodThreeMonths}
}

// Init loads the first period.
func (p progressModel) Init() tea.Cmd { return loadProgress(p.env, p.period, p.records) }

func (p progressModel) keys(k *keyMap) {
	k.only(&k.Period, &k.PrevItem, &k.NextItem, &k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Escape)
	relabel(&k.NextItem, "exercise")
}

func (p progressModel) Update(msg tea.Msg) (progressModel, tea.Cmd) {
	switch msg := msg.(type) {
	case progressMsg:
		if msg.loaded.valid && (!p.records.valid || msg.loaded.from.Before(p.records.from)) {
			p.records = msg.loaded
		}
		if msg.data.period != p.period {
			return p, nil // an answer for a period no longer chosen
		}
		p.data, p.loaded = msg.data, true
		p.exercise = min(p.exercise, max(len(p.data.trends)-1, 0))
	case tea.KeyMsg:
		return p.key(msg)
	}
	return p, nil
}

func (p progressModel) key(msg tea.KeyMsg) (progressModel, tea.Cmd) {
	k := p.env.keys
	n := len(p.data.trends)
	switch {
	case key.Matches(msg, k.Escape), key.Matches(msg, k.Quit):
		return p, navigate(navMsg{to: screenHome})
	case key.Matches(msg, k.Period):
		next := period(msg.String()[0] - '1')
		if next == p.period {
			return p, nil
		}
		p.period, p.loaded = next, false
		return p, loadProgress(p.env, next, p.records)
	case key.Matches(msg, k.NextItem) && n > 0:
		p.exercise = (p.exercise + 1) % n
	case key.Matches(msg, k.PrevItem) && n > 0:
		p.exercise = (p.exercise + n - 1) % n
	case key.Matches(msg, k.Up):
		p.offset--
	case key.Matches(msg, k.Down):
		p.offset++
	case key.Matches(msg, k.PageUp):
		p.offset -= max(p.env.height/2, 1)
	case key.Matches(msg, k.PageDown):
		p.offset += max(p.env.height/2, 1)
	}
	p.offset = p.clampOffset(p.offset)
	return p, nil
}

// clampOffset keeps the scroll within the page at the terminal's last size.
func (p progressModel) clampOffset(off int) int {
	w, h := p.env.width, p.env.height-1 // less the help line
	body := len(p.bodyLines(w, h))
	return max(min(off, body-p.rows(w, h)), 0)
}

// rows is how many body lines fit under the title and the period line.
func (p progressModel) rows(width, height int) int {
	if height >= compactHeight {
		return max(height-4, 1) // title, blank, periods, blank
	}
	return max(height-2, 1)
}

func (p progressModel) View(width, height int) string {
	s := p.env.styles
	title := "Progress · " + p.period.String()
	if !p.loaded {
		title += " · loading…"
	}
	if p.env.opts.Store == nil {
		return page(s, width, height, "Progress", paragraph(s.Muted, "Nothing is kept in demo mode.", width))
	}
	body := p.bodyLines(width, height)
	rows := p.rows(width, height)
	start := max(min(p.offset, len(body)-rows), 0)
	end := min(start+rows, len(body))
	shown := strings.Join(body[start:end], "\n")
	if start > 0 || end < len(body) {
		title += fmt.Sprintf(" · %d%%", 100*end/max(len(body), 1))
	}
	return page(s, width, height, title, p.periodsView(width), shown)
}

// periodsView names the periods and their keys, the chosen one marked.
func (p progressModel) periodsView(width int) string {
	s := p.env.styles
	short := []string{"4 wk", "3 mo", "6 mo", "all"}
	var parts []string
	for i, label := range short {
		item := fmt.Sprintf("%d %s", i+1, label)
		if period(i) == p.period {
			parts = append(parts, s.Selected.Render("["+item+"]"))
		} else {
			parts = append(parts, s.Muted.Render(" "+item+" "))
		}
	}
	return clip(strings.Join(parts, " "), max(width-2, 1))
}

// bodyLines lays out every section for the size; compact terminals get numbers instead of charts
// and the calendar first.
func (p progressModel) bodyLines(width, height int) []string {
	inner := width - 2
	if width < compactWidth || height < compactHeight {
		inner = width
	}
	inner = max(inner, 1)
	if !p.loaded && len(p.data.calendar) == 0 {
		return []string{p.env.styles.Muted.Render("Loading…")}
	}
	charts := inner >= 50 && height >= 16
	var sections [][]string
	if charts {
		sections = append(sections, p.trendSection(inner, height, true), p.painSection(inner, height, true),
			p.calendarSection(inner), p.weeksSection(inner))
	} else {
		sections = append(sections, p.calendarSection(inner), p.weeksSection(inner),
			p.trendSection(inner, height, false), p.painSection(inner, height, false))
	}
	sections = append(sections, p.plannedSection(inner), p.stanceSection(inner), p.suggestionSection(inner))
	var out []string
	for _, sec := range sections {
		if len(sec) == 0 {
			continue
		}
		if len(out) > 0 && height >= compactHeight {
			out = append(out, "")
		}
		for _, l := range sec {
			out = append(out, clip(l, inner))
		}
	}
	return out
}
