//go:build browser

package report

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"upright/progress"
	"upright/session/record"
)

// chromiumPath is the browser the test drives: $UPRIGHT_CHROMIUM, else Debian's chromium. With
// the browser tag a missing browser fails the test: the tag is the request to run it.
func chromiumPath(t *testing.T) string {
	if p := os.Getenv("UPRIGHT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no chromium on PATH; install Debian's chromium package or set UPRIGHT_CHROMIUM")
	return ""
}

// browserInput is a report with every section filled: an intake, twelve weeks of sessions with a
// flag, stance tests and a suggestion.
func browserInput(t *testing.T) Input {
	in := reportInput(t)
	in.Person = person(t)
	for i := range 70 {
		start := in.Now.Add(-time.Duration(i*29) * time.Hour)
		in.Records = append(in.Records, with(rec(start, ex("plank", hold(float64(10+i%6))), ex("heel-raise", reps(10, 8+i%3)),
			ex(progress.StanceTestID, sided("left", float64(6+i%9)), sided("right", float64(5+i%7)))),
			func(r *record.Record) { r.Checkin.Pain, r.Checkout.Pain, r.Checkout.Effort = 2+i%3, 1+i%4, 4+i%5 }))
	}
	in.Since = in.Now.AddDate(0, 0, -80)
	return in
}

// TestReportInChromium opens the HTML report in headless Chromium, checks that every section and
// every chart is laid out with a size, that nothing was logged as an error, and prints it to PDF
// ($UPRIGHT_REPORT_PDF, or a temporary file).
func TestReportInChromium(t *testing.T) {
	dir := t.TempDir()
	html := HTML(browserInput(t))
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, html, 0o644); err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	tab, cancelTab := chromedp.NewContext(allocCtx)
	defer cancelTab()

	var mu sync.Mutex
	var problems []string
	note := func(s string) { mu.Lock(); problems = append(problems, s); mu.Unlock() }
	if err := chromedp.Listen(tab, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				note(fmt.Sprintf("console.%s", ev.Type))
			}
		case *runtime.EventExceptionThrown:
			note("exception: " + ev.ExceptionDetails.Text)
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError {
				note("log: " + ev.Entry.Text + " " + ev.Entry.URL)
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(tab, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, cdplog.Enable, cdp.Empty{})
		return err
	})); err != nil {
		t.Fatal(err)
	}
	u := url.URL{Scheme: "file", Path: file}
	if err := chromedp.Do(tab, chromedp.Navigate(u.String()), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}

	// Every section: there, with its heading, and laid out with a height.
	for _, id := range Sections {
		h, err := chromedp.Run(tab, chromedp.Evaluate[float64](fmt.Sprintf(
			`(() => { const s = document.getElementById(%q); return s && s.querySelector("h2") ? s.getBoundingClientRect().height : -1 })()`, id)))
		if err != nil || h <= 20 {
			t.Errorf("section %q: height %v, %v", id, h, err)
		}
	}
	// Every chart: as many as the HTML has, each laid out, each line drawn with a length.
	type chart struct {
		Label         string
		Width, Height float64
		Lines, Points int // polylines, and the vertices of them all
		Marks         int
		Drawn         float64
	}
	charts, err := chromedp.Run(tab, chromedp.Evaluate[[]chart](`[...document.querySelectorAll("svg")].map(s => {
		const r = s.getBoundingClientRect();
		const lines = [...s.querySelectorAll("polyline")];
		return {Label: s.getAttribute("aria-label"), Width: r.width, Height: r.height, Lines: lines.length,
			Points: lines.reduce((n, l) => n + l.points.numberOfItems, 0),
			Marks: s.querySelectorAll("circle, rect").length,
			Drawn: lines.reduce((n, l) => n + l.getTotalLength(), 0)};
	})`))
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Count(string(html), "<svg"); len(charts) != want || want < 6 {
		t.Errorf("%d charts rendered, the HTML has %d (want at least 6)", len(charts), want)
	}
	for _, c := range charts {
		switch {
		case c.Width < 100 || c.Height < 50:
			t.Errorf("chart %q is %.0f×%.0f", c.Label, c.Width, c.Height)
		case c.Marks == 0:
			t.Errorf("chart %q has no points or cells", c.Label)
		case c.Points > c.Lines && c.Drawn < 50: // some line has two points or more
			t.Errorf("chart %q: lines drawn %.0f units long", c.Label, c.Drawn)
		}
	}

	pdf, err := chromedp.Run(tab, chromedp.Action[[]byte](func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		res, err := cdp.Call(ctx, tg, page.PrintToPDF, page.PrintToPDFParams{PrintBackground: ptr(true), PreferCSSPageSize: ptr(true)})
		return res.Data, err
	}))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(pdf), "%PDF-") || len(pdf) < 10_000 {
		t.Fatalf("printing gave %d bytes starting %q", len(pdf), pdf[:min(len(pdf), 8)])
	}
	out := os.Getenv("UPRIGHT_REPORT_PDF")
	if out == "" {
		out = filepath.Join(dir, "report.pdf")
	}
	if err := os.WriteFile(out, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d sections, %d charts, %d bytes of PDF in %s", len(Sections), len(charts), len(pdf), out)

	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser reported %s", p)
	}
}

func ptr[T any](v T) *T { return &v }
