package ui

import (
	"strings"
	"testing"

	"upright/exercises"
	"upright/session"
)

// checkupRoutine is the built-in check-up tests routine.
func checkupRoutine(t *testing.T) exercises.Routine {
	t.Helper()
	for _, r := range exercises.Builtin() {
		if r.ID == exercises.CheckupRoutineID {
			return r
		}
	}
	t.Fatal("no check-up routine")
	return exercises.Routine{}
}

// flat is the view on one line, so wrapped text still matches.
func flat(h *harness) string { return strings.Join(strings.Fields(viewText(h)), " ") }

// toActive starts the exercise at its brief and waits out the get-ready.
func (h *harness) toActive(id string) {
	h.t.Helper()
	h.until("the brief of "+id, func() bool {
		return h.phase() == session.PhaseBrief && h.eng().Step().Exercise.ID == id
	})
	h.send(keyEnter)
	h.untilPhase(session.PhaseActive)
}

func TestCheckupTestsThroughTheSessionScreen(t *testing.T) {
	h := startRoutine(t, checkupRoutine(t), nil)
	stages := mustExercise(exercises.FourStageTestID).Stages

	// The 4-stage balance test: each stance named with its time left; space ends it at the
	// stance under way, and the result is on the screen at once.
	h.toActive(exercises.FourStageTestID)
	if v := flat(h); !strings.Contains(v, "Stance 1 of 4: "+stages[0]) || !strings.Contains(v, "feet moved") {
		t.Fatalf("the first stance is not named with its key:\n%s", viewText(h))
	}
	h.until("the second stance", func() bool { k, _, _ := h.eng().Stage(h.at()); return k == 2 })
	if v := flat(h); !strings.Contains(v, "Stance 2 of 4: Semi-tandem") {
		t.Fatalf("the second stance is not named:\n%s", viewText(h))
	}
	h.tick() // a second into the second stance
	h.send(keySpace)
	if v := flat(h); !strings.Contains(v, "1 of 4 stances held; semi-tandem lasted") {
		t.Fatalf("no result after the failed stance:\n%s", viewText(h))
	}
	if set := firstSet(t, h.eng().Record(), 0); set.Reps != 1 || set.FailedStageSeconds <= 0 {
		t.Errorf("recorded %+v, want 1 stance held and the failed one's time", set)
	}

	// The 30-second chair stand: space counts stands until the window closes on its own.
	h.toActive(exercises.ChairStandTestID)
	h.send(keySpace, keySpace, keySpace)
	if v := flat(h); !strings.Contains(v, "3 stands") || !strings.Contains(v, "left of 0:30") {
		t.Fatalf("the stands and the window are not shown:\n%s", viewText(h))
	}
	h.until("the window's end", func() bool { return h.phase() != session.PhaseActive })
	if v := flat(h); !strings.Contains(v, "3 stands in 30 s") {
		t.Fatalf("no chair-stand result when the window closed:\n%s", viewText(h))
	}
	if set := firstSet(t, h.eng().Record(), 1); set.Reps != 3 || set.TargetSeconds != 30 {
		t.Errorf("recorded %+v, want 3 stands in 30 s", set)
	}

	// The Timed Up and Go: the clock counts up until space stops it.
	h.toActive(exercises.TUGTestID)
	for range 12 {
		h.tick()
	}
	if v := flat(h); !strings.Contains(v, "so far") || !strings.Contains(v, "sit back down") {
		t.Fatalf("the stopwatch is not shown:\n%s", viewText(h))
	}
	h.send(keySpace)
	set := firstSet(t, h.eng().Record(), 2)
	if set.HeldSeconds < 5 || set.HeldSeconds > 20 {
		t.Errorf("recorded %+v, want the seconds taken", set)
	}
	if v, want := flat(h), mustExercise(exercises.TUGTestID).Name+": "; !strings.Contains(v, want) || !strings.Contains(v, " s.") {
		t.Fatalf("no Timed Up and Go result:\n%s", viewText(h))
	}
}
