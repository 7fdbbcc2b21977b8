package progress

import (
	"testing"
	"time"

	"upright/session/record"
)

func TestStanceNorms(t *testing.T) {
	tests := []struct {
		age      int
		bohannon float64 // 0: no Bohannon norm
		springer float64 // 0: no Springer norm
		band     string
	}{
		{0, 0, 0, ""},
		{17, 0, 0, ""},
		{18, 0, 44, "18–39"},
		{55, 0, 41, "50–59"},
		{60, 27.0, 32, "60–69"},
		{69, 27.0, 32, "60–69"},
		{70, 17.2, 21, "70–79"},
		{79, 17.2, 21, "70–79"},
		{80, 8.5, 9, "80–99"},
		{99, 8.5, 9, "80–99"},
		{100, 0, 0, ""},
	}
	for _, tt := range tests {
		got := StanceNorms(tt.age)
		var b, s float64
		for _, n := range got {
			if n.Band != tt.band {
				t.Errorf("age %d: band %q, want %q", tt.age, n.Band, tt.band)
			}
			switch n.Source {
			case SourceBohannon:
				b = n.MeanSeconds
			case SourceSpringer:
				s = n.MeanSeconds
			default:
				t.Errorf("age %d: unknown source %q", tt.age, n.Source)
			}
		}
		if b != tt.bohannon || s != tt.springer {
			t.Errorf("age %d: Bohannon %v, Springer %v; want %v, %v", tt.age, b, s, tt.bohannon, tt.springer)
		}
	}
}

func TestParseAgeBand(t *testing.T) {
	tests := []struct {
		in   string
		age  int
		ok   bool
		norm float64 // Bohannon mean for the parsed age
	}{
		{"70-79", 74, true, 17.2},
		{"70–79", 74, true, 17.2},
		{" 60 - 69 ", 64, true, 27.0},
		{"80+", 80, true, 8.5},
		{"72", 72, true, 17.2},
		{"", 0, false, 0},
		{"old", 0, false, 0},
		{"79-70", 0, false, 0},
		{"-5", 0, false, 0},
	}
	for _, tt := range tests {
		age, ok := ParseAgeBand(tt.in)
		if age != tt.age || ok != tt.ok {
			t.Errorf("ParseAgeBand(%q) = %d, %v; want %d, %v", tt.in, age, ok, tt.age, tt.ok)
		}
		if !ok {
			continue
		}
		if n := StanceNorms(age); len(n) == 0 || n[0].MeanSeconds != tt.norm {
			t.Errorf("%q: norms %v, want Bohannon %v first", tt.in, n, tt.norm)
		}
	}
}

func TestStanceTestsBaselineAndChange(t *testing.T) {
	t0 := at(t, "2026-11-02T15:00:00Z")
	test := func(start time.Time, sets ...record.SetResult) record.Record {
		return rec(start, ex(StanceTestID, sets...))
	}
	recs := []record.Record{
		test(t0.Add(14*24*time.Hour), sided("left", 12), sided("right", 9.5), sided("left", 15), sided("right", 6)),
		test(t0, sided("left", 4.5), sided("right", 8), sided("left", 3), skipped(sided("right", 20))),
		rec(t0.Add(time.Hour), ex("plank", hold(10))),
	}
	got := StanceTests(recs)
	if len(got) != 2 {
		t.Fatalf("StanceTests gave %d results, want 2", len(got))
	}
	base, last := got[0], got[1]
	if !base.At.Equal(t0) || base.Left != 4.5 || base.Right != 8 {
		t.Errorf("baseline = %+v, want left 4.5, right 8 (skipped sets ignored)", base)
	}
	if !base.Concern() {
		t.Error("a 4.5 s side is not a concern")
	}
	if last.Left != 15 || last.Right != 9.5 || last.Concern() {
		t.Errorf("latest = %+v, want left 15, right 9.5, no concern", last)
	}
	l, r, ok := StanceChange(got)
	if !ok || l != 10.5 || r != 1.5 {
		t.Errorf("StanceChange = %v, %v, %v; want 10.5, 1.5, true", l, r, ok)
	}
	if _, _, ok := StanceChange(got[:1]); ok {
		t.Error("StanceChange of one test is ok")
	}
	if (StanceResult{HasLeft: true, Left: ConcernThreshold}).Concern() {
		t.Error("exactly 5 s is a concern; the threshold is under 5 s")
	}
}
