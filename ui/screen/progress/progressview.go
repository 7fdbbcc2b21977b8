package progress

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"upright/ui/kit"
	"upright/ui/nav"
)

// progressModel shows progress over a period: per-exercise trends, pain and effort, adherence,
// the stance test against its norms and progression suggestions. It is one page, drawn whole: the
// root scrolls it as it scrolls every page taller than the terminal, with the same marks and keys.
type progressModel struct {
	env      *kit.Env
	period   period
	loaded   bool // data holds the chosen period
	data     progressData
	exercise int // the trend shown, an index into data.trends
	// records are the sessions read so far, kept so another period does not read them again.
	records loadedRecords
}

// Open shows progress over three months, and loads it.
func Open(e *kit.Env, _ nav.Progress) (kit.Screen, tea.Cmd) {
	p := progressModel{env: e, period: periodThreeMonths}
	return p, loadProgress(p.env, p.period, p.records)
}

var (
	progressNext = kit.NextItemKey("exercise")
	progressKeys = kit.On(kit.Period, kit.PrevItem, progressNext, kit.Escape)
)

func (p progressModel) Keys() kit.Keys { return progressKeys }

func (p progressModel) Typing() bool { return false }

func (p progressModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
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
	k := progressKeys
	n := len(p.data.trends)
	switch {
	case k.Matches(msg, kit.Escape, kit.Quit):
		return p, nav.Go(nav.Home{})
	case k.Matches(msg, kit.Period):
		next := period(msg.String()[0] - '1')
		if next == p.period {
			return p, nil
		}
		p.period, p.loaded = next, false
		return p, loadProgress(p.env, next, p.records)
	case k.Matches(msg, progressNext) && n > 0:
		p.exercise = (p.exercise + 1) % n
	case k.Matches(msg, kit.PrevItem) && n > 0:
		p.exercise = (p.exercise + n - 1) % n
	}
	return p, nil
}

func (p progressModel) View(width, height int) string {
	s := p.env.Styles
	title := "Progress · " + p.period.String()
	if !p.loaded {
		title += " · loading…"
	}
	if p.env.Store == nil {
		return kit.Page(s, width, height, "Progress", kit.Paragraph(s.Muted, "Nothing is kept in demo mode.", width))
	}
	shown := strings.Join(p.bodyLines(width, height), "\n")
	return kit.Page(s, width, height, title, p.periodsView(width), shown)
}

// periodsView names the periods and their keys, the chosen one marked.
func (p progressModel) periodsView(width int) string {
	s := p.env.Styles
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
	return kit.Clip(strings.Join(parts, " "), max(width-2, 1))
}

// bodyLines lays out every section for the size; compact terminals get numbers instead of charts
// and the calendar first.
func (p progressModel) bodyLines(width, height int) []string {
	inner := width - 2
	if width < kit.CompactWidth || height < kit.CompactHeight {
		inner = width
	}
	inner = max(inner, 1)
	if !p.loaded && len(p.data.calendar) == 0 {
		return []string{p.env.Styles.Muted.Render("Loading…")}
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
	sections = append(sections, p.plannedSection(inner), p.stanceSection(inner), p.testsSection(inner), p.suggestionSection(inner))
	var out []string
	for _, sec := range sections {
		if len(sec) == 0 {
			continue
		}
		if len(out) > 0 && height >= kit.CompactHeight {
			out = append(out, "")
		}
		for _, l := range sec {
			out = append(out, kit.Clip(l, inner)) // every text line is wrapped already: charts and tables are cut to fit
		}
	}
	return out
}
