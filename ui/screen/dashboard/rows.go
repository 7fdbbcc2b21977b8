package dashboard

import (
	"cmp"
	"slices"
	"time"

	"upright/progress"
	"upright/session/profile"
	"upright/session/record"
)

// row is one patient's line: what the table shows and what it sorts by.
type row struct {
	p profile.Profile
	// flags counts flagged sessions since the last check-up tests (all of them without one).
	flags int
	// days since the last session; -1 for none yet.
	days int
	// met and wanted are this week's (the last seven days') training days toward the targets.
	met, wanted int
	// pain is the trend of check-in pain over the last four weeks: progress.TrendHigher, … or "".
	pain string
}

// window is how far back a row looks: four weeks for the week and the pain trend, and far
// enough for the last check-up (progress.CheckupEvery) and a bit.
const window = 12 * 7 * 24 * time.Hour

// rowOf sums up recs (newest first, as Storage.Sessions gives them) for p at now.
func rowOf(p profile.Profile, recs []record.Record, now time.Time, loc *time.Location) row {
	r := row{p: p, days: -1}
	if len(recs) > 0 {
		r.days = int(now.Sub(recs[0].StartedAt).Hours() / 24)
	}
	var checkup time.Time
	for _, id := range progress.TestIDs() {
		for _, t := range progress.TestResults(recs, id) {
			if !t.At.After(now) && t.At.After(checkup) {
				checkup = t.At
			}
		}
	}
	for _, rec := range recs {
		if rec.Flagged() && rec.StartedAt.After(checkup) {
			r.flags++
		}
	}
	spans := progress.Spans(recs, now.AddDate(0, 0, -27), now, loc, progress.TargetsOf(p))
	if n := len(spans); n > 0 {
		r.met, r.wanted = spans[n-1].Met, spans[n-1].Wanted
	}
	if t, ok := progress.TrendOf(spans); ok {
		r.pain = t.Before
	}
	return r
}

// byAttention puts first who needs a look: flags, then pain going up, then the longest without
// a session (never is longest), then the furthest behind this week's targets; then by name.
func byAttention(rows []row) {
	away := func(r row) int {
		if r.days < 0 {
			return 1 << 30
		}
		return r.days
	}
	behind := func(r row) int { return r.wanted - r.met }
	slices.SortStableFunc(rows, func(a, b row) int {
		return cmp.Or(
			cmp.Compare(b.flags, a.flags),
			cmp.Compare(boolInt(b.pain == progress.TrendHigher), boolInt(a.pain == progress.TrendHigher)),
			cmp.Compare(away(b), away(a)),
			cmp.Compare(behind(b), behind(a)),
			cmp.Compare(a.p.Name, b.p.Name),
		)
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// live is a session in progress: whose, which exercise and set, and when its last set ended.
type live struct {
	profile, routine, exercise string
	set                        int
	last                       time.Time
}

// liveOf reads where a checkpointed session stands: the last exercise with a set done.
func liveOf(rec record.Record) live {
	l := live{profile: rec.Profile, routine: rec.Routine.Name, last: rec.StartedAt}
	for _, ex := range rec.Exercises {
		if len(ex.Sets) == 0 {
			continue
		}
		l.exercise, l.set = ex.Name, ex.Sets[len(ex.Sets)-1].Set
		if at := ex.Sets[len(ex.Sets)-1].CompletedAt; at.After(l.last) {
			l.last = at
		}
	}
	return l
}
