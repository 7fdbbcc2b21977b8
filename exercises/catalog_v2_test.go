package exercises

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// bracketTag matches a source written as a tag, "[TFTF]" or "[conv]": people see names instead.
var bracketTag = regexp.MustCompile(`\[[A-Za-z][^\]]*\]`)

func shownText(e Exercise) []string {
	return append([]string{e.Name, e.Description, e.DoseNote, e.Easier, e.Harder, e.Safety, e.StatusReason}, append(e.Cues, e.Sources...)...)
}

func TestEveryCardHasCuesSafetyAndNamedSources(t *testing.T) {
	for _, e := range Catalog() {
		if len(e.Cues) == 0 || strings.TrimSpace(e.Safety) == "" || len(e.Sources) == 0 {
			t.Errorf("%s: %d cues, safety %q, sources %q: each is required", e.ID, len(e.Cues), e.Safety, e.Sources)
		}
		for _, s := range e.Sources {
			if strings.TrimSpace(s) == "" || len(s) < 6 {
				t.Errorf("%s: source %q is not a name people can read", e.ID, s)
			}
		}
		for _, txt := range shownText(e) {
			if tag := bracketTag.FindString(txt); tag != "" {
				t.Errorf("%s: bracket tag %s in %q; name the source instead", e.ID, tag, txt)
			}
		}
	}
	for _, c := range SafeMovementCards() {
		if c.Title == "" || len(c.Lines) == 0 || len(c.Sources) == 0 {
			t.Errorf("safe-movement card %q: title, lines and sources are required", c.ID)
		}
	}
}

func TestTestsCarryMeasureKindAndNorms(t *testing.T) {
	want := map[string]Measure{
		FourStageTestID: MeasureStagedHolds, ChairStandTestID: MeasureTimedReps,
		TUGTestID: MeasureStopwatch, StanceTestID: MeasureMaxHold,
	}
	for id, m := range want {
		e, ok := Lookup(id)
		if !ok || e.Measure != m || len(e.Norms) == 0 || e.Category != CategoryTest {
			t.Errorf("%s: found %v, measure %v (want %v), %d norms, category %v", id, ok, e.Measure, m, len(e.Norms), e.Category)
		}
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Measure string            `json:"measure"`
			Norms   []json.RawMessage `json:"norms"`
			Sources []string          `json:"sources"`
			Cues    []string          `json:"cues"`
			Safety  string            `json:"safety"`
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if got.Measure != m.String() || len(got.Norms) != len(e.Norms) || len(got.Sources) == 0 || len(got.Cues) == 0 || got.Safety == "" {
			t.Errorf("%s JSON: %s", id, b)
		}
	}
	if e, _ := Lookup(FourStageTestID); len(e.Stages) != 4 {
		t.Errorf("4-stage test has %d stages", len(e.Stages))
	}
	for _, n := range stanceNorms {
		if n.Kind == NormMean && n.Approximate == "" {
			t.Errorf("stance norm %+v: the shoes-versus-barefoot difference must be labelled", n)
		}
		if strings.Contains(n.Source, "Springer") {
			t.Errorf("Springer row %+v is shown unchecked", n)
		}
	}
}

func TestHeelDropNeverOfferedAfterSpineFracture(t *testing.T) {
	has := func(cat []Exercise, id string) bool {
		for _, e := range cat {
			if e.ID == id {
				return true
			}
		}
		return false
	}
	if has(CatalogFor(true), HeelDropID) {
		t.Error("heel drop offered to a profile with a spine fracture")
	}
	if !has(CatalogFor(false), HeelDropID) || !has(CatalogFor(true), "squat-to-chair") {
		t.Error("the catalog without a spine fracture must offer the heel drop, and squat to chair always")
	}
	for _, r := range Builtin() {
		for _, it := range r.Items {
			if it.Exercise.NotWithSpineFracture {
				t.Errorf("built-in %s holds %s, which a spine fracture hides", r.ID, it.Exercise.ID)
			}
		}
	}
}

// upTo finds "up to N" (with "reps", "per side" or a "2 × …–N" range) in card text.
var upTo = regexp.MustCompile(`(?:up to|Up to) (\d+)(?: reps| per side)|2 × \d+–(\d+)`)

// TestCardCapsAgreeWithProgression: the progression rules add reps up to 12 and then offer the
// harder version, so no card may promise a different rep ceiling.
func TestCardCapsAgreeWithProgression(t *testing.T) {
	const cap = 12 // progress.repsHarderAt
	for _, e := range Catalog() {
		if e.Measure != MeasureReps && e.Measure != MeasureHoldReps {
			continue
		}
		for _, m := range upTo.FindAllStringSubmatch(e.Harder+" "+e.DoseNote, -1) {
			n, _ := strconv.Atoi(m[1] + m[2])
			if n != cap {
				t.Errorf("%s: %q says %d reps, the progression caps at %d", e.ID, m[0], n, cap)
			}
		}
	}
}

func TestCheckupRoutine(t *testing.T) {
	r, ok := BuiltinRoutine(CheckupRoutineID)
	if !ok {
		t.Fatal("no check-up routine")
	}
	var ids []string
	for _, it := range r.Items {
		ids = append(ids, it.Exercise.ID)
	}
	if strings.Join(ids, ",") != strings.Join([]string{FourStageTestID, ChairStandTestID, TUGTestID, StanceTestID}, ",") {
		t.Errorf("check-up tests %v", ids)
	}
	if d, _ := BuiltinRoutine(DemoRoutineID); !d.Demo() || r.Demo() {
		t.Error("only the clinic demo is a demo routine")
	}
}
