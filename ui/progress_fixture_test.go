package ui

import (
	"testing"
	"time"

	"upright/ui/kit/kittest"
)

// progressHarness opens the app on the fixture, at kittest.FixtureNow, with the given age band.
func progressHarness(t *testing.T, age string) *harness {
	t.Helper()
	return newHarness(t, func(o *Options) {
		o.Now = func() time.Time { return kittest.FixtureNow }
		o.AgeBand = age
		o.Store.(*kittest.FakeStore).Recs = kittest.FixtureRecords()
	})
}

func init() {
	screenCases = append(screenCases,
		screenCase{"history-fixture", with(func(t *testing.T) *harness { return progressHarness(t, "") },
			runes("j"), keyEnter)},
		screenCase{"history-detail", with(func(t *testing.T) *harness { return progressHarness(t, "") },
			runes("j"), keyEnter, keyEnter)},
		screenCase{"history-detail-flagged", with(func(t *testing.T) *harness { return progressHarness(t, "") },
			runes("j"), keyEnter, runes("j"), keyEnter)},
		screenCase{"progress", with(func(t *testing.T) *harness { return progressHarness(t, "70-79") },
			runes("j"), runes("j"), keyEnter)},
		screenCase{"progress-adherence", with(func(t *testing.T) *harness { return progressHarness(t, "70-79") },
			runes("j"), runes("j"), keyEnter, pgDown, pgDown)},
		screenCase{"progress-empty", with(homeWithData, runes("j"), runes("j"), keyEnter, runes("1"))},
	)
}

var pgDown = kittest.KeyPgDown
