package history

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/session/record"
	"upright/ui/kit"
	"upright/ui/nav"
)

// History is read a page at a time: years of sessions never sit in memory because the screen
// opened, and the first page comes back in a few milliseconds whatever the database holds.
const (
	historyPage     = 50 // sessions per store read
	historyPrefetch = 10 // the next page is asked for when the cursor comes this close to the end
)

// historyPageMsg is one page of history: the sessions that started before before, newest first.
type historyPageMsg struct {
	before  time.Time
	records []record.Record
	// full means the page was full, so older sessions may follow.
	full bool
}

// loadHistoryPage reads the page of sessions that started before before (zero: the newest).
func loadHistoryPage(e *kit.Env, before time.Time) tea.Cmd {
	st, profile := e.Store, e.Active().Profile
	if st == nil {
		return func() tea.Msg { return historyPageMsg{before: before} }
	}
	return func() tea.Msg {
		recs, err := st.Sessions(profile, kit.SessionQuery{Until: before, Limit: historyPage})
		if err != nil {
			return kit.ErrMsg{Err: fmt.Errorf("load history: %w", err)}
		}
		return historyPageMsg{before: before, records: recs, full: len(recs) >= historyPage}
	}
}

// historyModel lists past sessions, newest first, and opens one in detail.
type historyModel struct {
	env     *kit.Env
	loaded  bool
	loading bool // a page has been asked for and has not come back
	more    bool // older sessions may exist beyond the last page
	records []record.Record
	cursor  int
	detail  *historyDetailModel
}

// Open shows history and asks for its first page.
func Open(e *kit.Env, _ nav.History) (kit.Screen, tea.Cmd) {
	return historyModel{env: e, loading: true}, loadHistoryPage(e, time.Time{})
}

var (
	historyDetails = kit.EnterKey("details")
	historyKeys    = kit.On(historyDetails, kit.Up, kit.Down, kit.PageUp, kit.PageDown, kit.Escape)
)

func (h historyModel) Keys() kit.Keys {
	if h.detail != nil {
		return detailKeys
	}
	return historyKeys
}

func (h historyModel) Typing() bool { return false }

func (h historyModel) Update(msg tea.Msg) (kit.Screen, tea.Cmd) {
	if h.detail != nil {
		if _, ok := msg.(historyPageMsg); !ok {
			d, back := h.detail.Update(msg)
			if back {
				h.detail = nil
			} else {
				h.detail = &d
			}
			return h, nil
		}
	}
	switch msg := msg.(type) {
	case historyPageMsg:
		return h.addPage(msg)
	case tea.KeyMsg:
		return h.key(msg)
	}
	return h, nil
}

// addPage appends a page, dropping one that does not continue the list (a repeated answer).
func (h historyModel) addPage(msg historyPageMsg) (historyModel, tea.Cmd) {
	if !msg.before.Equal(h.oldest()) {
		return h, nil
	}
	h.loaded, h.loading, h.more = true, false, msg.full
	h.records = append(h.records, msg.records...)
	return h.prefetch()
}

// oldest is the start of the last session listed: the next page ends there.
func (h historyModel) oldest() time.Time {
	if len(h.records) == 0 {
		return time.Time{}
	}
	return h.records[len(h.records)-1].StartedAt
}

// prefetch asks for the next page when the cursor is near the end of what is loaded.
func (h historyModel) prefetch() (historyModel, tea.Cmd) {
	if h.loading || !h.more || h.cursor < len(h.records)-historyPrefetch {
		return h, nil
	}
	h.loading = true
	return h, loadHistoryPage(h.env, h.oldest())
}

func (h historyModel) key(msg tea.KeyMsg) (historyModel, tea.Cmd) {
	k := h.Keys()
	last := len(h.records) - 1
	switch {
	case k.Matches(msg, kit.Escape, kit.Quit):
		return h, nav.Go(nav.Home{})
	case last < 0:
		return h, nil
	case k.Matches(msg, historyDetails):
		d := newHistoryDetailModel(h.env, h.records[h.cursor])
		h.detail = &d
		return h, nil
	case k.Matches(msg, kit.Up):
		h.cursor = max(h.cursor-1, 0)
	case k.Matches(msg, kit.Down):
		h.cursor = min(h.cursor+1, last)
	case k.Matches(msg, kit.PageUp, kit.PageDown):
		// A page of the sessions one sees between the list's marks, as on every list.
		page := max(listRows(h.env.Height-1)-2, 1) // the terminal less the key line
		h.cursor = kit.PageMove(h.cursor, len(h.records), page, k.Matches(msg, kit.PageUp))
	}
	return h.prefetch()
}

func (h historyModel) View(width, height int) string {
	if h.detail != nil {
		return h.detail.View(width, height)
	}
	s := h.env.Styles
	switch {
	case h.env.Store == nil:
		return kit.Page(s, width, height, "History", kit.Paragraph(s.Muted, "Nothing is kept in demo mode.", width))
	case !h.loaded:
		return kit.Page(s, width, height, "History", s.Muted.Render("Loading…"))
	case len(h.records) == 0:
		return kit.Page(s, width, height, "History", kit.Paragraph(s.Muted, "No sessions yet.", width))
	}
	title := "History"
	if width >= kit.CompactWidth {
		title = fmt.Sprintf("History · %d of %s", h.cursor+1, h.countText())
	}
	inner := width - 2
	if width < kit.CompactWidth || height < kit.CompactHeight {
		inner = width
	}
	blocks := []string{h.listView(inner, listRows(height))}
	if height >= kit.CompactHeight {
		blocks[0] += "\n" + s.Muted.Render(kit.Clip("! flagged for your therapist · enter: every set", inner))
	}
	return kit.Page(s, width, height, title, blocks...)
}

// Focus keeps the highlighted session in view where the page is taller than the terminal (the
// list is cut to the rows that fit, so that is at the smallest sizes); a session's sets read
// from the top.
func (h historyModel) Focus(width, height int) (top, bottom int, ok bool) {
	if h.detail != nil {
		return 0, 0, false
	}
	return kit.CursorFocus(h.View(width, height))
}

// listRows is how many rows the list has: it is cut to fit under the title and over the legend,
// with a mark counting the sessions out of view above and below.
func listRows(height int) int {
	rows := height - 1
	if height >= kit.CompactHeight {
		rows -= 2 // the blank line under the title and the legend
	}
	return max(rows, 1)
}

// countText is how many sessions are listed, with a + while older pages may follow.
func (h historyModel) countText() string {
	if h.more {
		return fmt.Sprintf("%d+", len(h.records))
	}
	return fmt.Sprint(len(h.records))
}

// listView draws the rows that fit with the cursor in view (kit.ListWindow), and the marks for
// the sessions above and below them.
func (h historyModel) listView(width, rows int) string {
	s := h.env.Styles
	loc := h.env.Loc
	start, end, above, below := kit.ListWindow(len(h.records), h.cursor, rows)
	top, bottom := kit.MoreMarks(s, above, below, end-start, rows, width)
	out := top
	for i := start; i < end; i++ {
		line := historyLine(h.records[i], loc, width-2)
		switch {
		case i == h.cursor:
			out = append(out, s.Selected.Render(kit.Clip(kit.CursorMark+line, width)))
		case h.records[i].Flagged():
			out = append(out, s.Warn.Render(kit.Clip("  "+line, width)))
		default:
			out = append(out, s.Text.Render(kit.Clip("  "+line, width)))
		}
	}
	return strings.Join(append(out, bottom...), "\n")
}

// historyLine is one session on one line: when, what, how long, sets done of planned, pain
// before → after and a ! when it was flagged. Narrow terminals get the short form.
func historyLine(r record.Record, loc *time.Location, width int) string {
	pain := fmt.Sprint(r.Checkin.Pain)
	if r.Checkout != nil {
		pain = fmt.Sprintf("%d→%d", r.Checkin.Pain, r.Checkout.Pain)
	}
	flag := ""
	if r.Flagged() {
		flag = " !"
	}
	sets := fmt.Sprintf("%d/%d", r.SetsDone(), r.SetsPlanned())
	when := r.StartedAt.In(loc)
	if width < 60 {
		nameW := max(width-26, 4)
		return strings.TrimRight(fmt.Sprintf("%s %-*s %5s %-5s%s", when.Format("02 Jan 06"), nameW,
			kit.Clip(kit.Clean(r.Routine.Name), nameW), sets, pain, flag), " ")
	}
	status := ""
	if width >= 75 {
		status = fmt.Sprintf("%-11s", r.Status)
	}
	return strings.TrimRight(fmt.Sprintf("%s  %-18s %6s  %s%5s  pain %-5s%s", when.Format("2006-01-02 15:04"),
		kit.Clip(kit.Clean(r.Routine.Name), 18), kit.Minutes(r.Duration()), status, sets, pain, flag), " ")
}
