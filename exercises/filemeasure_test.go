package exercises

import (
	"strings"
	"testing"
	"time"
)

func TestRoutineFileNewMeasureKeys(t *testing.T) {
	head := "name = \"Tests\"\n\n"
	bad := []struct{ name, src, want string }{
		{"window on a hold", head + "[[exercise]]\nid = \"plank\"\nwindow = \"30s\"\n", "bad.toml:5: exercise[1].window: plank is a hold exercise; window applies only to timed-reps exercises"},
		{"hold on timed reps", head + "[[exercise]]\nid = \"chair-stand-30s\"\nhold = \"30s\"\n", "bad.toml:5: exercise[1].hold: chair-stand-30s is a timed-reps exercise; hold applies only to"},
		{"cap on staged holds", head + "[[exercise]]\nid = \"four-stage-balance-test\"\ncap = \"30s\"\n", "bad.toml:5: exercise[1].cap: four-stage-balance-test is a staged-holds exercise; cap applies only to stopwatch exercises"},
		{"reps on a stopwatch", head + "[[exercise]]\nid = \"timed-up-and-go\"\nreps = 3\n", "bad.toml:5: exercise[1].reps: timed-up-and-go is a stopwatch exercise"},
		{"window too long", head + "[[exercise]]\nid = \"chair-stand-30s\"\nwindow = \"11m\"\n", "bad.toml:5: exercise[1].window:"},
		{"cap without unit", head + "[[exercise]]\nid = \"timed-up-and-go\"\ncap = \"60\"\n", `bad.toml:5: exercise[1].cap: "60" has no unit`},
	}
	for _, tc := range bad {
		_, err := ParseRoutine("bad.toml", []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
	src := head + "[[exercise]]\nid = \"four-stage-balance-test\"\nhold = \"8s\"\n\n" +
		"[[exercise]]\nid = \"chair-stand-30s\"\nwindow = \"20s\"\n\n[[exercise]]\nid = \"timed-up-and-go\"\ncap = \"1m\"\n"
	r, err := ParseRoutine("ok.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []time.Duration{8 * time.Second, 20 * time.Second, time.Minute} {
		if r.Items[i].Dose.Hold != want {
			t.Errorf("item %d: %v, want %v", i, r.Items[i].Dose.Hold, want)
		}
	}
	out := string(MarshalRoutine(r))
	for _, k := range []string{`hold = "8s"`, `window = "20s"`, `cap = "1m"`} {
		if !strings.Contains(out, k) {
			t.Errorf("written file lacks %s:\n%s", k, out)
		}
	}
}
