package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/progress"
	"upright/session/record"
)

const hostileNote = "knee ok <script>alert(1)</script> \x1b[31mred\u202egnp.exe\u2066 & \"q\"\nsecond line"

func reportInput(t *testing.T) Input {
	t.Helper()
	now := at(t, "2026-12-10T17:00:00Z") // Thursday noon in New York
	dayAgo := func(n int) time.Time { return now.Add(-time.Duration(n) * 24 * time.Hour) }
	recs := []record.Record{
		rec(dayAgo(1), ex("plank", hold(15), hold(15)), ex(progress.StanceTestID, sided("left", 14), sided("right", 11))),
		with(rec(dayAgo(0), ex("plank", hold(10), hold(10))), func(r *record.Record) {
			r.Checkin.Pain, r.Checkout.Pain, r.Checkout.Effort = 3, 7, 8
			r.Checkout.Note = hostileNote
			r.Routine.Name = "Core <b>\u202e"
			r.Flags = []record.Flag{{Kind: record.FlagPainRise, Exercise: "plank", Detail: "pain 3 → 7"}}
		}),
		rec(dayAgo(2), ex("heel-raise", reps(10, 10)), ex("chin-tuck", reps(5, 5))),
		rec(dayAgo(5), ex("plank", hold(10), skipped(hold(10))), ex(progress.StanceTestID, sided("left", 4), sided("right", 9))),
		with(rec(dayAgo(6)), func(r *record.Record) { r.Status, r.Checkout = record.StatusStopped, nil }),
		rec(dayAgo(40), ex("plank", hold(10))), // before the period
	}
	sugg := progress.Suggest(recs, exercises.Routine{Items: []exercises.Item{item(t, "plank", exercises.Dose{Sets: 2, Hold: 15 * time.Second})}}, now, nil)
	return Input{
		Profile: "Ann <O'Brien> & co\x07", AgeBand: "70-79",
		Since: dayAgo(30), Now: now, Loc: est, Records: recs, Suggestions: sugg,
	}
}

func TestReportHTML(t *testing.T) {
	in := reportInput(t)
	if len(in.Suggestions) != 1 || in.Suggestions[0].Kind != progress.SuggestStepBack {
		t.Fatalf("fixture: want one step-back suggestion, got %+v", in.Suggestions)
	}
	out := string(HTML(in))

	for _, bad := range []string{"<script", "\x1b", "\u202e", "\u2066", "\x07", "<b>", "<O'Brien>", "src=", "<link", "url(", "https:"} {
		if strings.Contains(out, bad) {
			t.Errorf("report contains %q", bad)
		}
	}
	for _, want := range []string{
		"&lt;script&gt;alert(1)&lt;/script&gt;",
		"[31mred",
		"Ann &lt;O&#39;Brien&gt; &amp; co",
		"Core &lt;b&gt;",
		"@page { size: A4; margin: 15mm; }",
		`<th>Sessions</th><td class="n">5</td>`,   // the 40-day-old session is outside the period
		"Current streak: <strong>3 days</strong>", // today, yesterday, the day before
		"best streak: <strong>3 days</strong>",
		`<td class="n">3</td><td class="n">7</td><td class="n">8</td>`, // pain before, after, effort
		"pain-rise (Plank (incline)): pain 3 → 7",
		"<td>pain 3 → 7, effort 8, 2 of 15 sets</td>", // the flag's context (the built-in core routine has 15)
		"17.2 s for 70–79",
		"+10.0 s", // left stance vs the first test
		`<span class="concern">yes</span>`,
		"step-back",
		"Plank (incline): pain rose",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	checkSVG(t, out, 10) // calendar; pain; effort; chin-tuck, heel-raise and plank trends, each with its figure; stance
	checkBalance(t, out)

	// The same input gives the same bytes, whatever the order of the records.
	rev := in
	rev.Records = append([]record.Record(nil), in.Records...)
	for i, j := 0, len(rev.Records)-1; i < j; i, j = i+1, j-1 {
		rev.Records[i], rev.Records[j] = rev.Records[j], rev.Records[i]
	}
	if !bytes.Equal(HTML(in), HTML(rev)) {
		t.Error("the report depends on the order of the records")
	}
}

// checkSVG parses every <svg>…</svg> fragment as XML and counts them.
func checkSVG(t *testing.T, out string, want int) {
	t.Helper()
	frags := regexp.MustCompile(`(?s)<svg.*?</svg>`).FindAllString(out, -1)
	if len(frags) != want {
		t.Errorf("%d svg fragments, want %d", len(frags), want)
	}
	for i, f := range frags {
		d := xml.NewDecoder(strings.NewReader(f))
		d.Strict = true
		for {
			_, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Errorf("svg %d is not well-formed XML: %v\n%.300s", i, err, f)
				break
			}
		}
	}
}

var voidTags = map[string]bool{"meta": true, "br": true, "hr": true, "img": true, "link": true, "input": true}

// checkBalance checks that every HTML element is closed in order (SVG's self-closing ones aside).
func checkBalance(t *testing.T, out string) {
	t.Helper()
	if err := balance(out); err != nil {
		t.Error(err)
	}
}

var tagRE = regexp.MustCompile(`<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>`)

func balance(out string) error {
	var stack []string
	for _, m := range tagRE.FindAllStringSubmatch(out, -1) {
		closing, name, self := m[1] == "/", strings.ToLower(m[2]), m[3] == "/"
		switch {
		case self || voidTags[name]:
		case !closing:
			stack = append(stack, name)
		case len(stack) == 0 || stack[len(stack)-1] != name:
			return fmt.Errorf("</%s> closes %v", name, stack)
		default:
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) != 0 {
		return fmt.Errorf("unclosed elements: %v", stack)
	}
	return nil
}

func TestBalanceCanFail(t *testing.T) {
	for _, bad := range []string{"<p><b>x</p></b>", "<section><p>x</p>", "</p>"} {
		if balance(bad) == nil {
			t.Errorf("balance accepted %q", bad)
		}
	}
	if err := balance(`<p>a<br><svg><rect/></svg></p>`); err != nil {
		t.Errorf("balance rejected good HTML: %v", err)
	}
}

func TestMarkdown(t *testing.T) {
	in := reportInput(t)
	out := string(Markdown(in))
	for _, bad := range []string{"\x1b", "\u202e", "\x07", "&#", "&lt;", "&gt;", "&amp;", "&quot;"} {
		if strings.Contains(out, bad) {
			t.Errorf("markdown contains %q", bad)
		}
	}
	// Every < and & of user text is backslash-escaped, so no renderer takes it for HTML.
	if m := regexp.MustCompile(`(^|[^\\])[<&]`).FindString(out); m != "" {
		t.Errorf("markdown has an unescaped %q", m)
	}
	for _, want := range []string{
		`# Check-up report: Ann \<O'Brien> \& co`,
		`\<script>alert(1)\</script>`,
		"| Sessions | 5 |",
		"Current streak: **3 days**",
		"| 2026-12-10 12:00 | Core \\<b> | completed | 2 / 15 | 3 | 7 | 8 |",
		"step-back",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	// The note's newline must not break its table row.
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "second line") && !strings.HasPrefix(line, "|") {
			t.Errorf("a note broke out of its table row: %q", line)
		}
	}
	if !bytes.Equal(Markdown(in), Markdown(in)) {
		t.Error("markdown is not deterministic")
	}
}

func TestReportEmpty(t *testing.T) {
	now := at(t, "2026-12-10T17:00:00Z")
	out := string(HTML(Input{Profile: "x", Now: now}))
	checkSVG(t, out, 1) // the calendar only
	checkBalance(t, out)
	for _, want := range []string{"Current streak: <strong>0 days</strong>", "No age band is set", "None at the moment."} {
		if !strings.Contains(out, want) {
			t.Errorf("empty report lacks %q", want)
		}
	}
	_ = Markdown(Input{Now: now})
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\nb", "a\nb"},
		{"a\r\n\tb", "a\nb"},
		{"\x1b[31mred\x1b[0m", "[31mred[0m"},
		{"x\u0085y\u009bz\u007f", "xyz"},
		{"\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069", "abcdefgh"},
		{"caf\xc3", "caf\uFFFD"},
		{"naïve — ok", "naïve — ok"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
