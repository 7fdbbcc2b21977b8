package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"upright/session"
	"upright/ui/kit"
)

// presenterSizes are clinic screens: a laptop on a stand and a large monitor.
var presenterSizes = [][2]int{{120, 40}, {200, 60}}

var presenterCases = []screenCase{
	{"presenter-hold", func(t *testing.T) *harness {
		h := demoAt(t, 0, session.PhaseActive)
		h.until("1 s held", func() bool { return h.eng().Elapsed(h.at()) >= time.Second })
		return h
	}},
	{"presenter-tapped-reps", func(t *testing.T) *harness {
		h := demoAt(t, 1, session.PhaseActive)
		h.send(keySpace)
		return h
	}},
	{"presenter-paced-reps", func(t *testing.T) *harness { return demoAt(t, 2, session.PhaseActive) }},
	{"presenter-max-hold", func(t *testing.T) *harness {
		h := demoAt(t, 5, session.PhaseActive)
		h.until("3 s on the stopwatch", func() bool { return h.eng().Elapsed(h.at()) >= 3*time.Second })
		return h
	}},
	{"presenter-rest", func(t *testing.T) *harness {
		h := demoAt(t, 0, session.PhaseRest)
		h.tick()
		return h
	}},
}

func TestPresenterGoldens(t *testing.T) {
	for _, sc := range presenterCases {
		h := sc.build(t)
		for _, size := range presenterSizes {
			w, ht := size[0], size[1]
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, w, ht), func(t *testing.T) {
				got := viewAt(h.m, w, ht)
				if err := fits(got, w, ht); err != nil {
					t.Error(err)
				}
				golden.RequireEqual(t, []byte(got))
			})
		}
	}
}

// digitHeight measures the tallest run of consecutive lines that contain block glyphs: the height
// of the big digits on screen.
func digitHeight(view string) int {
	best, run := 0, 0
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, "█") && !strings.Contains(l, "░") {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

func TestPresenterDigitsAreLegibleAcrossTheRoom(t *testing.T) {
	for _, sc := range presenterCases {
		h := sc.build(t)
		for _, size := range presenterSizes {
			if got := digitHeight(viewAt(h.m, size[0], size[1])); got < 2*kit.BigHeight {
				t.Errorf("%s at %dx%d: digits %d rows tall, want at least %d", sc.name, size[0], size[1], got, 2*kit.BigHeight)
			}
		}
	}
}

func TestPresenterIsTheDefaultOnLargeTerminalsAndFToggles(t *testing.T) {
	h := demoAt(t, 0, session.PhaseActive)
	if !strings.Contains(viewAt(h.m, 120, 40), "PLANK") {
		t.Fatalf("120x40 should show the presenter view:\n%s", viewAt(h.m, 120, 40))
	}
	if strings.Contains(viewAt(h.m, 80, 24), "PLANK") {
		t.Fatalf("80x24 should show the ordinary view")
	}
	h.send(runes("f"))
	if strings.Contains(viewAt(h.m, 120, 40), "PLANK") || !strings.Contains(viewAt(h.m, 80, 24), "PLANK") {
		t.Errorf("f should flip the presenter view at both sizes")
	}
}

func TestPresenterShowsAFailedSave(t *testing.T) {
	h, _ := inHold(t)
	h.store.SetFail(true)
	h.untilPhase(session.PhaseRest)
	if v := viewAt(h.m, 120, 40); !strings.Contains(v, "disk full") {
		t.Errorf("the presenter view hides a failed checkpoint:\n%s", v)
	}
}
