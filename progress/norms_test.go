package progress

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"upright/exercises"
	"upright/session/record"
)

// Version 2: the Springer 2007 row is no longer shown (it could not be checked against the paper
// by sex), and every mean is labelled approximate (shoes here, barefoot in the study).
func TestStanceNorms(t *testing.T) {
	tests := []struct {
		age      int
		bohannon float64 // 0: no Bohannon norm
		band     string
	}{
		{0, 0, ""},
		{17, 0, ""},
		{55, 0, ""},
		{60, 27.0, "60–69"},
		{69, 27.0, "60–69"},
		{70, 17.2, "70–79"},
		{79, 17.2, "70–79"},
		{80, 8.5, "80–99"},
		{99, 8.5, "80–99"},
		{100, 0, ""},
	}
	for _, tt := range tests {
		got := StanceNorms(tt.age)
		var b float64
		for _, n := range got {
			if n.Band != tt.band || n.Source != SourceBohannon || !strings.Contains(n.Approximate, "shoes") {
				t.Errorf("age %d: %+v, want band %q from Bohannon, labelled approximate", tt.age, n, tt.band)
			}
			b = n.MeanSeconds
		}
		if b != tt.bohannon || len(got) > 1 {
			t.Errorf("age %d: %v; want one Bohannon mean %v", tt.age, got, tt.bohannon)
		}
	}
}

// An age band maps to the norm band holding most of it, not to the band of its midpoint.
func TestNormsByOverlap(t *testing.T) {
	chair, _ := exercises.Lookup(exercises.ChairStandTestID)
	tug, _ := exercises.Lookup(exercises.TUGTestID)
	cases := []struct {
		name      string
		e         exercises.Exercise
		band, sex string
		want      []string // "lo-hi sex value"
	}{
		{"stance 55-64: midpoint 59 has no norm, overlap gives 60-69", mustLookup(StanceTestID), "55-64", "", []string{"60-69  27", "18-120  5"}},
		{"stance 74-85: a tie shows both bands", mustLookup(StanceTestID), "74-85", "", []string{"70-79  17.2", "80-99  8.5", "18-120  5"}},
		{"chair 60-69 woman: both 5-year bands", chair, "60-69", exercises.SexFemale, []string{"60-64 female 12", "65-69 female 11"}},
		{"chair 72 sex unknown: both rows", chair, "72", "", []string{"70-74 male 12", "70-74 female 10"}},
		{"chair 62-66 man: 60-64 holds most", chair, "62-66", exercises.SexMale, []string{"60-64 male 14"}},
		{"tug 80+", tug, "80+", "", []string{"60-120  12", "80-99  11.3"}},
		{"no age", tug, "", "", nil},
		{"under every band", chair, "40-49", "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, n := range NormsFor(c.e, c.band, c.sex) {
				got = append(got, fmt.Sprintf("%d-%d %s %v", n.AgeLo, n.AgeHi, n.Sex, n.Value))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Fatalf("got %q\nwant %q", got, c.want)
			}
		})
	}
}

func mustLookup(id string) exercises.Exercise {
	e, ok := exercises.Lookup(id)
	if !ok {
		panic(id)
	}
	return e
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
