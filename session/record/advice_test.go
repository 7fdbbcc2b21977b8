package record

import (
	"errors"
	"strings"
	"testing"
)

func TestEvaluateCheckinRedFlags(t *testing.T) {
	for _, f := range RedFlags {
		a := EvaluateCheckin(Checkin{Pain: 2, RedFlags: []string{f.ID}})
		if !a.Stop || a.Urgent != f.Urgent {
			t.Errorf("%s: stop %v urgent %v, want stop, urgent %v", f.ID, a.Stop, a.Urgent, f.Urgent)
		}
		want := "Stop and call your doctor or therapist soon"
		if f.Urgent {
			want = "Stop and get help now"
		}
		if a.Title != want || !strings.Contains(strings.Join(a.Lines, " "), f.Text) {
			t.Errorf("%s: %q %q", f.ID, a.Title, a.Lines)
		}
	}
}

func TestEvaluateCheckin(t *testing.T) {
	cases := []struct {
		name         string
		c            Checkin
		stop, urgent bool
		title, line  string
	}{
		{"fine", Checkin{}, false, false, "Ready to start", ""},
		{"urgent wins over call soon", Checkin{RedFlags: []string{"lasting-pain", "chest-pain"}}, true, true, "Stop and get help now", "emergency"},
		{"new pain", Checkin{Pain: 4, NewPain: true}, true, false, "Stop and call your doctor or therapist soon", "fracture"},
		{"fall", Checkin{Fall: true}, false, false, "Ready to start", "fall"},
		{"morning worse", Checkin{Morning: MorningWorse}, false, false, "Ready to start", "easier session"},
		{"high pain", Checkin{Pain: 6}, false, false, "Ready to start", "above 5"},
		// Version 2: check-in pain of 7 or more advises a gentle day instead of "ready to start".
		{"pain 7: gentle day", Checkin{Pain: 7}, false, false, "Take a gentle day", "posture and breathing"},
		{"pain 9: gentle day", Checkin{Pain: 9}, false, false, "Take a gentle day", "or rest"},
		{"fall: no balance progression today", Checkin{Fall: true, Pain: 2}, false, false, "Ready to start", "stay at their current level"},
		{"both legs", Checkin{RedFlags: []string{"both-legs"}}, true, true, "Stop and get help now", "both legs"},
		{"fall with injury", Checkin{RedFlags: []string{"fall-injury"}}, true, true, "Stop and get help now", "bear weight"},
		{"height loss", Checkin{RedFlags: []string{"height-loss"}}, true, false, "Stop and call your doctor or therapist soon", "stoop"},
		{"back pain with fever", Checkin{RedFlags: []string{"back-pain-systemic"}}, true, false, "Stop and call your doctor or therapist soon", "fever"},
		{"pain out of range", Checkin{Pain: 11}, true, false, "Check your answers", "0–10"},
		{"negative pain", Checkin{Pain: -1}, true, false, "Check your answers", "0–10"},
		{"unknown red flag", Checkin{RedFlags: []string{"nope"}}, true, false, "Check your answers", "unknown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := EvaluateCheckin(c.c)
			lines := strings.Join(a.Lines, " ")
			if a.Stop != c.stop || a.Urgent != c.urgent || a.Title != c.title || !strings.Contains(lines, c.line) {
				t.Fatalf("advice = %+v", a)
			}
			if c.line == "" && len(a.Lines) != 0 {
				t.Fatalf("unexpected lines %q", a.Lines)
			}
			if strings.Contains(strings.ToLower(lines), "work through") {
				t.Fatal("never say work through")
			}
			if a.GentleDay != (c.c.Pain >= GentleDayPain && !a.Stop) || a.NoBalanceProgression != (c.c.Fall && !a.Stop) {
				t.Fatalf("gentle day %v, no balance progression %v for %+v", a.GentleDay, a.NoBalanceProgression, c.c)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	if err := (Checkin{Pain: 10, Morning: MorningSame, RedFlags: []string{"dizzy"}}).Validate(); err != nil {
		t.Fatal(err)
	}
	if err := (Checkin{Morning: "meh"}).Validate(); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("morning: %v", err)
	}
	bad := []Checkout{{Pain: 11}, {Effort: -1}, {Reports: []ExerciseReport{{SharpPain: true}}}}
	for _, co := range bad {
		if err := co.Validate(); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("%+v: %v", co, err)
		}
	}
	if err := (Checkout{Pain: 0, Effort: 10}).Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestCheckoutFlags(t *testing.T) {
	co := Checkout{Reports: []ExerciseReport{
		{Exercise: "plank", SharpPain: true},
		{Exercise: "single-leg-stand", Dizziness: true, BalanceLoss: true},
		{Exercise: "wall-sit"},
	}}
	flags := CheckoutFlags(co, at(100))
	want := []Flag{
		{Kind: FlagSharpPain, Exercise: "plank"},
		{Kind: FlagDizziness, Exercise: "single-leg-stand"},
		{Kind: FlagBalanceLoss, Exercise: "single-leg-stand"},
	}
	if len(flags) != len(want) {
		t.Fatalf("flags = %+v", flags)
	}
	for i, w := range want {
		f := flags[i]
		if f.Kind != w.Kind || f.Exercise != w.Exercise || !f.At.Equal(at(100)) || f.Detail == "" {
			t.Errorf("flag %d = %+v, want %+v", i, f, w)
		}
	}
	if got := CheckoutFlags(Checkout{}, t0); got == nil || len(got) != 0 {
		t.Fatalf("no reports: %#v, want an empty list", got)
	}
}
