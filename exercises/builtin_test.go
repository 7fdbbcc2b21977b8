package exercises

import (
	"reflect"
	"testing"
	"time"
)

func TestBuiltinRoutines(t *testing.T) {
	routines := Builtin()
	want := []string{"core", "strength", "legs", "balance", "posture-stretch", "full", "checkup", "clinic-demo"}
	byID := map[string]Routine{}
	for _, r := range routines {
		if _, dup := byID[r.ID]; dup || r.ID == "" {
			t.Errorf("routine id %q empty or repeated", r.ID)
		}
		byID[r.ID] = r
	}
	for _, id := range want {
		if _, ok := byID[id]; !ok {
			t.Errorf("no built-in routine %q", id)
		}
	}
	for _, r := range routines {
		t.Run(r.ID, func(t *testing.T) {
			if r.Name == "" || r.Description == "" {
				t.Errorf("name %q, description %q: both required", r.Name, r.Description)
			}
			if r.Source != SourceBuiltin {
				t.Errorf("source %v, want built-in", r.Source)
			}
			if r.GetReady < 0 || r.GetReady > 30*time.Second || r.Rest < 0 || r.Rest > 10*time.Minute {
				t.Errorf("get ready %v, rest %v out of range", r.GetReady, r.Rest)
			}
			if r.ID != "clinic-demo" && r.GetReady != DefaultGetReady {
				t.Errorf("get ready %v, want the default %v", r.GetReady, DefaultGetReady)
			}
			if len(r.Items) == 0 {
				t.Fatal("no items")
			}
			if f := r.Flagged(); len(f) != 0 {
				t.Errorf("holds flagged exercise %q", f[0].Exercise.ID)
			}
			for i, it := range r.Items {
				e, ok := Lookup(it.Exercise.ID)
				if !ok || !reflect.DeepEqual(e, it.Exercise) {
					t.Errorf("item %d: exercise %q is not the catalog's", i, it.Exercise.ID)
				}
				if it.Exercise.Status.Flagged() || it.CautionAcknowledged {
					t.Errorf("item %d: %q is flagged", i, it.Exercise.ID)
				}
				if err := checkDose(it.Exercise.Measure, it.Dose); err != nil {
					t.Errorf("item %d (%s): %v", i, it.Exercise.ID, err)
				}
				if tp := it.Dose.Tempo; tp != (Tempo{}) && tp != e.Dose.Tempo {
					t.Errorf("item %d (%s): tempo %v is neither tapped nor the catalog's %v", i, e.ID, tp, e.Dose.Tempo)
				}
			}
			if d := r.EstimatedDuration(); d <= 0 || d > 30*time.Minute {
				t.Errorf("estimated %v, want under 30 minutes", d)
			}
		})
	}
}

func TestFullSession(t *testing.T) {
	r, ok := BuiltinRoutine("full")
	if !ok {
		t.Fatal("no full session")
	}
	if d := r.EstimatedDuration(); d < 20*time.Minute || d > 25*time.Minute {
		t.Errorf("full session estimated %v, want 20–25 minutes", d)
	}
	got := map[Category]bool{}
	for _, it := range r.Items {
		got[it.Exercise.Category] = true
	}
	for _, c := range []Category{CategoryCore, CategoryLowerBody, CategoryBalance, CategoryFlexibility, CategoryPosture} {
		if !got[c] {
			t.Errorf("full session has no %v exercise", c)
		}
	}
}

func TestClinicDemo(t *testing.T) {
	r, ok := BuiltinRoutine("clinic-demo")
	if !ok {
		t.Fatal("no clinic demo")
	}
	if r.GetReady != 3*time.Second || r.Rest != 10*time.Second {
		t.Errorf("get ready %v, rest %v; want 3s and 10s", r.GetReady, r.Rest)
	}
	covered := map[string]bool{}
	for i, it := range r.Items {
		d := it.Dose
		switch it.Exercise.Measure {
		case MeasureHold:
			covered["hold"] = true
		case MeasureReps:
			if d.Tempo.Paced() {
				covered["paced reps"] = true
			} else {
				covered["tapped reps"] = true
			}
		case MeasureHoldReps:
			covered["hold-reps"] = true
		case MeasureMaxHold:
			covered["max-hold"] = true
		case MeasureStagedHolds, MeasureTimedReps, MeasureStopwatch:
			covered[it.Exercise.Measure.String()] = true
		}
		if it.Exercise.Sided {
			covered["sided"] = true
		}
		if d.Sets != 1 || d.Reps > 3 || d.Hold > 10*time.Second || r.RestAfter(i) != 10*time.Second {
			t.Errorf("item %d (%s): dose %+v, rest %v; want short demo doses", i, it.Exercise.ID, d, r.RestAfter(i))
		}
	}
	for _, k := range []string{"hold", "paced reps", "tapped reps", "hold-reps", "max-hold", "sided", "staged-holds", "timed-reps", "stopwatch"} {
		if !covered[k] {
			t.Errorf("clinic demo does not show %s", k)
		}
	}
	// Version 2 adds three test screens (staged holds, timed reps, stopwatch): 7 minutes, not 6.
	if d := r.EstimatedDuration(); d > 7*time.Minute {
		t.Errorf("clinic demo estimated %v, want a few minutes", d)
	}
}

func TestBuiltinRoutineLookup(t *testing.T) {
	for _, r := range Builtin() {
		got, ok := BuiltinRoutine(r.ID)
		if !ok || !reflect.DeepEqual(got, r) {
			t.Errorf("BuiltinRoutine(%q) = %+v, %v; want the Builtin entry", r.ID, got, ok)
		}
	}
	if _, ok := BuiltinRoutine("bosu"); ok {
		t.Error("BuiltinRoutine of an unknown id succeeded")
	}
}

func TestBuiltinReturnsCopies(t *testing.T) {
	a := Builtin()
	a[0].Name = "changed"
	a[0].Items[0].Dose.Sets = 99
	a[0].Items[0].Exercise.Cues[0] = "changed"
	b := Builtin()
	if b[0].Name == "changed" || b[0].Items[0].Dose.Sets == 99 || b[0].Items[0].Exercise.Cues[0] == "changed" {
		t.Error("changing Builtin's result changed the next call's")
	}
	r, _ := BuiltinRoutine("core")
	r.Items[0].Exercise.Cues[0] = "changed"
	if e, _ := Lookup(r.Items[0].Exercise.ID); e.Cues[0] == "changed" {
		t.Error("changing a built-in routine changed the catalog")
	}
}

func TestResolve(t *testing.T) {
	mine := Routine{ID: "mine", Name: "Mine"}
	shadow := Routine{ID: "core", Name: "A saved core"} // the store refuses these; Resolve must still prefer the built-in
	saved := []Routine{shadow, mine}
	cases := []struct {
		id       string
		wantName string
		ok       bool
	}{
		{"core", "", true},
		{"mine", "Mine", true},
		{"nope", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		r, ok := Resolve(c.id, saved)
		if ok != c.ok || (ok && r.ID != c.id) {
			t.Errorf("Resolve(%q) = %q, %v; want ok %v", c.id, r.ID, ok, c.ok)
		}
		if c.wantName != "" && r.Name != c.wantName {
			t.Errorf("Resolve(%q) is %q, want %q", c.id, r.Name, c.wantName)
		}
	}
	if r, _ := Resolve("core", saved); r.Name == shadow.Name || len(r.Items) == 0 {
		t.Errorf("Resolve(core) = %+v, want the built-in", r)
	}
}
