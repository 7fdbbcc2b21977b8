package exercises

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// tableRow is one row of the clinical catalog table the cards were written from, transcribed
// independently of catalog.go so a slip in either shows up.
type tableRow struct {
	id       string
	category Category
	measure  Measure
	sided    bool
	dose     Dose
	doseNote string
	status   Status
	floor    bool
}

// sec is the table's own unit, not the catalog's secs, so a slip in secs shows up here.
const sec = time.Second

func pacedAt(up, down int) Tempo {
	return Tempo{Up: time.Duration(up) * time.Second, Down: time.Duration(down) * time.Second}
}

var catalogTable = []tableRow{
	{"plank", CategoryCore, MeasureHold, false, Dose{Sets: 3, Hold: 10 * sec, Rest: 30 * sec}, "3 × 10 s", StatusRecommended, true},
	{"side-plank", CategoryCore, MeasureHold, true, Dose{Sets: 2, Hold: 10 * sec, Rest: 30 * sec}, "2 × 10 s", StatusRecommended, true},
	{"dead-bug", CategoryCore, MeasureReps, true, Dose{Sets: 2, Reps: 6, Tempo: pacedAt(3, 3), Rest: 60 * sec}, "2 × 6", StatusRecommended, true},
	{"mountain-climber", CategoryCore, MeasureReps, true, Dose{Sets: 2, Reps: 5, Tempo: pacedAt(2, 2), Rest: 60 * sec}, "2 × 5", StatusRecommended, true},
	{"bicycle-crunch", CategoryCore, MeasureReps, false, Dose{Sets: 1, Reps: 6, Rest: 60 * sec}, "not recommended", StatusNotRecommended, true},
	{"heel-raise", CategoryLowerBody, MeasureReps, false, Dose{Sets: 1, Reps: 10, Tempo: pacedAt(3, 5), Rest: 60 * sec}, "1 × 10", StatusRecommended, false},
	{"wall-sit", CategoryLowerBody, MeasureHold, false, Dose{Sets: 3, Hold: 15 * sec, Rest: 30 * sec}, "3 × 15 s", StatusRecommended, false},
	{"squat-to-chair", CategoryLowerBody, MeasureReps, false, Dose{Sets: 1, Reps: 8, Tempo: pacedAt(3, 2), Rest: 60 * sec}, "1 × 8, building to 2 × 8–12", StatusRecommended, false},
	{"single-leg-stand", CategoryBalance, MeasureHold, true, Dose{Sets: 3, Hold: 10 * sec, Rest: 30 * sec}, "3 × 10 s with a hand on a counter", StatusRecommended, false},
	{"bosu-squat", CategoryBalance, MeasureReps, false, Dose{Sets: 2, Reps: 5, Tempo: pacedAt(3, 3), Rest: 60 * sec}, "therapist-approved only: 2 × 5 shallow, both hands on a counter", StatusTherapistOnly, false},
	{"chest-stretch", CategoryFlexibility, MeasureHold, false, Dose{Sets: 2, Hold: 30 * sec, Rest: 15 * sec}, "2 × 30 s", StatusRecommended, false},
	{"hip-flexor-stretch", CategoryFlexibility, MeasureHold, true, Dose{Sets: 2, Hold: 30 * sec, Rest: 15 * sec}, "2 × 30 s", StatusRecommended, false},
	{"calf-stretch", CategoryFlexibility, MeasureHold, true, Dose{Sets: 3, Hold: 20 * sec, Rest: 15 * sec}, "3 × 20 s", StatusRecommended, false},
	{"hamstring-stretch", CategoryFlexibility, MeasureHold, true, Dose{Sets: 2, Hold: 30 * sec, Rest: 15 * sec}, "2 × 30 s", StatusRecommended, true},
	{"back-extension", CategoryFlexibility, MeasureReps, false, Dose{Sets: 1, Reps: 5, Tempo: pacedAt(3, 3), Rest: 30 * sec}, "1 × 5", StatusRecommended, false},
	{"chin-tuck", CategoryPosture, MeasureHoldReps, false, Dose{Sets: 1, Reps: 5, Hold: 5 * sec, Rest: 30 * sec}, "1 × 5, hold 5 s", StatusRecommended, false},
	{"shoulder-blade-squeeze", CategoryPosture, MeasureHoldReps, false, Dose{Sets: 1, Reps: 8, Hold: 5 * sec, Rest: 30 * sec}, "1 × 8, hold 5 s", StatusRecommended, false},
	{"back-extensor-hold", CategoryPosture, MeasureHoldReps, false, Dose{Sets: 1, Reps: 8, Hold: 5 * sec, Rest: 30 * sec}, "1 × 8, hold 5 s", StatusRecommended, true},
	{"single-leg-stance-test", CategoryTest, MeasureMaxHold, true, Dose{Sets: 3, Hold: 45 * sec, Rest: 30 * sec}, "best of 3, cap 45 s", StatusRecommended, false},
	// Version 2: the clinical review's strength, balance, impact and safe-movement cards and tests.
	{"tandem-stance", CategoryBalance, MeasureHold, false, Dose{Sets: 3, Hold: 15 * sec, Rest: 30 * sec}, "3 × 15 s at a counter", StatusRecommended, false},
	{"tandem-walk", CategoryBalance, MeasureReps, false, Dose{Sets: 2, Reps: 10, Rest: 30 * sec}, "2 × 10 steps along a counter", StatusRecommended, false},
	{"wall-push-up", CategoryUpperBody, MeasureReps, false, Dose{Sets: 2, Reps: 8, Tempo: pacedAt(2, 2), Rest: 60 * sec}, "2 × 8, building to 2 × 8–12", StatusRecommended, false},
	{"band-row", CategoryUpperBody, MeasureReps, false, Dose{Sets: 2, Reps: 8, Tempo: pacedAt(2, 2), Rest: 60 * sec}, "2 × 8 with an elastic band, building to 2 × 8–12", StatusRecommended, false},
	{"step-up", CategoryLowerBody, MeasureReps, true, Dose{Sets: 2, Reps: 8, Tempo: pacedAt(2, 2), Rest: 60 * sec}, "2 × 8 per side, low step with a rail", StatusRecommended, false},
	{"bridge", CategoryLowerBody, MeasureReps, false, Dose{Sets: 2, Reps: 8, Tempo: pacedAt(2, 2), Rest: 60 * sec}, "2 × 8, building to 2 × 8–12", StatusRecommended, true},
	{"heel-drop", CategoryImpact, MeasureReps, false, Dose{Sets: 2, Reps: 10, Tempo: pacedAt(2, 1), Rest: 60 * sec}, "2 × 10", StatusRecommended, false},
	{"hip-hinge", CategorySafeMovement, MeasureReps, false, Dose{Sets: 2, Reps: 8, Tempo: pacedAt(3, 3), Rest: 30 * sec}, "2 × 8, stick along the back", StatusRecommended, false},
	{"four-stage-balance-test", CategoryTest, MeasureStagedHolds, false, Dose{Sets: 1, Hold: 10 * sec, Rest: 30 * sec}, "up to 4 stances of 10 s", StatusRecommended, false},
	{"chair-stand-30s", CategoryTest, MeasureTimedReps, false, Dose{Sets: 1, Hold: 30 * sec, Rest: 30 * sec}, "stands in 30 s", StatusRecommended, false},
	{"timed-up-and-go", CategoryTest, MeasureStopwatch, false, Dose{Sets: 1, Hold: 60 * sec, Rest: 30 * sec}, "one timed walk", StatusRecommended, false},
}

// checkDose applies the ranges a routine file allows (see fileparse.go) to a dose of an exercise
// measured by m.
func checkDose(m Measure, d Dose) error {
	if d.Sets < 1 || d.Sets > 10 {
		return fmt.Errorf("sets %d outside 1–10", d.Sets)
	}
	needHold := m != MeasureReps
	needReps := m == MeasureReps || m == MeasureHoldReps
	if needHold && (d.Hold < time.Second || d.Hold > 10*time.Minute) {
		return fmt.Errorf("hold %v outside 1s–10m for %v", d.Hold, m)
	}
	if !needHold && d.Hold != 0 {
		return fmt.Errorf("hold %v set for %v", d.Hold, m)
	}
	if needReps && (d.Reps < 1 || d.Reps > 100) {
		return fmt.Errorf("reps %d outside 1–100 for %v", d.Reps, m)
	}
	if !needReps && d.Reps != 0 {
		return fmt.Errorf("reps %d set for %v", d.Reps, m)
	}
	if d.Tempo != (Tempo{}) && !d.Tempo.Paced() {
		return fmt.Errorf("tempo %+v has one phase only", d.Tempo)
	}
	if d.Tempo.Paced() && m != MeasureReps {
		return fmt.Errorf("tempo %v set for %v", d.Tempo, m)
	}
	if d.Rest < 0 || d.Rest > 10*time.Minute {
		return fmt.Errorf("rest %v outside 0–10m", d.Rest)
	}
	return nil
}

func TestCatalogMatchesTable(t *testing.T) {
	cat := Catalog()
	if len(cat) != len(catalogTable) || len(catalogTable) != 30 {
		t.Fatalf("catalog has %d exercises, table %d; want the 19 of version 1 and the 11 of version 2", len(cat), len(catalogTable))
	}
	ids := IDs()
	for i, row := range catalogTable {
		e := cat[i]
		t.Run(row.id, func(t *testing.T) {
			if e.ID != row.id || ids[i] != row.id {
				t.Fatalf("position %d: Catalog id %q, IDs %q, want %q", i, e.ID, ids[i], row.id)
			}
			got := tableRow{e.ID, e.Category, e.Measure, e.Sided, e.Dose, e.DoseNote, e.Status, e.Floor}
			if got != row {
				t.Errorf("got  %+v\nwant %+v", got, row)
			}
			l, ok := Lookup(row.id)
			if !ok || !reflect.DeepEqual(l, e) {
				t.Errorf("Lookup(%q) = %+v, %v; want the Catalog entry", row.id, l, ok)
			}
		})
	}
	if _, ok := Lookup("toe-touch"); ok {
		t.Error("Lookup of an unknown id succeeded")
	}
}

func TestCatalogIDsUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, id := range IDs() {
		if id == "" || seen[id] {
			t.Errorf("id %q empty or repeated", id)
		}
		seen[id] = true
	}
}

func TestCatalogComplete(t *testing.T) {
	for _, e := range Catalog() {
		t.Run(e.ID, func(t *testing.T) {
			for name, v := range map[string]string{
				"name": e.Name, "description": e.Description, "easier": e.Easier,
				"harder": e.Harder, "safety": e.Safety, "dose note": e.DoseNote,
			} {
				if strings.TrimSpace(v) == "" {
					t.Errorf("%s is empty", name)
				}
			}
			if n := len(e.Cues); n < 3 || n > 5 {
				t.Errorf("%d cues, want 3–5", n)
			}
			for i, c := range e.Cues {
				if strings.TrimSpace(c) == "" {
					t.Errorf("cue %d is empty", i)
				}
			}
			if err := checkDose(e.Measure, e.Dose); err != nil {
				t.Errorf("dose: %v", err)
			}
			// Walking steps (the tandem walk) are tapped: a step has no fixed tempo.
			if e.Measure == MeasureReps && !e.Dose.Tempo.Paced() && e.Status == StatusRecommended && e.ID != "tandem-walk" {
				t.Errorf("recommended reps exercise is not paced; every card names a tempo")
			}
			if flagged, reason := e.Status.Flagged(), e.StatusReason != ""; flagged != reason {
				t.Errorf("status %v with reason %q: a reason belongs to flagged exercises only", e.Status, e.StatusReason)
			}
		})
	}
}

func TestCatalogCardContent(t *testing.T) {
	tests := []struct {
		id    string
		field func(Exercise) string
		want  []string
	}{
		{"bicycle-crunch", func(e Exercise) string { return e.StatusReason }, []string{"crunching and twisting together", "front of the spine", "dead bugs", "side planks"}},
		{"bosu-squat", func(e Exercise) string { return e.StatusReason }, []string{"therapist-approved only", "squat to chair", "folded towel", "fall in the last year", "spine fracture", "under 5 s", "both hands on a counter", "someone present"}},
		{"squat-to-chair", func(e Exercise) string { return e.Description }, []string{"deep squats"}},
		{"hamstring-stretch", func(e Exercise) string { return e.Description }, []string{"on your back", "strap", "no forward bend"}},
		{"back-extension", func(e Exercise) string { return e.Description }, []string{"small, gentle range", "not a backbend"}},
		{"heel-raise", func(e Exercise) string { return strings.Join(e.Cues, " ") }, []string{"count of 3", "down for 5"}},
		{"dead-bug", func(e Exercise) string { return e.Safety }, []string{"no knee-to-chest"}},
		{"side-plank", func(e Exercise) string { return e.Safety }, []string{"no twisting"}},
	}
	for _, tt := range tests {
		e, ok := Lookup(tt.id)
		if !ok {
			t.Fatalf("no exercise %q", tt.id)
		}
		text := strings.ToLower(tt.field(e))
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: %q lacks %q", tt.id, text, w)
			}
		}
	}
	for _, id := range []string{"chest-stretch", "hip-flexor-stretch", "calf-stretch", "hamstring-stretch"} {
		e, _ := Lookup(id)
		cues := strings.ToLower(strings.Join(e.Cues, " "))
		for _, w := range []string{"mild tension", "never bounce", "breathe"} {
			if !strings.Contains(cues, w) {
				t.Errorf("%s: stretch cues lack %q", id, w)
			}
		}
	}
	for _, id := range []string{"chin-tuck", "shoulder-blade-squeeze", "back-extensor-hold"} {
		e, _ := Lookup(id)
		if !strings.Contains(strings.Join(e.Cues, " "), "3–5 s") {
			t.Errorf("%s: posture cues do not name holds of 3–5 s", id)
		}
	}
}

// bannedOffers are things the app must never suggest. They may appear only in a sentence that
// forbids them ("No knee-to-chest pulls").
var bannedOffers = []string{"toe touch", "knee-to-chest", "knee to chest", "sit-up", "backbend"}

// offers reports the banned phrase that text suggests outside a "no"/"never"/"not" sentence.
func offers(text string) (string, bool) {
	lower := strings.ToLower(text)
	if strings.Contains(lower, "work through") {
		return "work through", true // never said, not even negated
	}
	for _, p := range bannedOffers {
		for from := 0; ; {
			i := strings.Index(lower[from:], p)
			if i < 0 {
				break
			}
			i += from
			start := strings.LastIndexAny(lower[:i], ".;") + 1
			negated := false
			for _, w := range strings.FieldsFunc(lower[start:i], func(r rune) bool {
				return r == ' ' || r == ',' || r == ':' || r == '(' || r == '"'
			}) {
				if w == "no" || w == "never" || w == "not" {
					negated = true
				}
			}
			if !negated {
				return p, true
			}
			from = i + len(p)
		}
	}
	return "", false
}

func TestOffersDetector(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Try toe touches to loosen up.", true},
		{"Pull the knee-to-chest and hold.", true},
		{"No knee-to-chest pulls [Mayo].", false},
		{"Never a forward bend or toe touch: the strap replaces them.", false},
		{"Never bounce. Then toe touches.", true},
		{"Not a backbend.", false},
		{"Never work through the pain.", true},
		{"Breathe out as you rise.", false},
	}
	for _, tt := range tests {
		if _, got := offers(tt.text); got != tt.want {
			t.Errorf("offers(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestCatalogNeverOffersBannedMoves(t *testing.T) {
	for _, e := range Catalog() {
		texts := append([]string{e.Name, e.Description, e.Easier, e.Harder, e.Safety, e.StatusReason, e.DoseNote}, e.Cues...)
		for _, s := range texts {
			if p, bad := offers(s); bad {
				t.Errorf("%s offers %q: %q", e.ID, p, s)
			}
		}
	}
}

func TestCatalogReturnsCopies(t *testing.T) {
	a := Catalog()
	a[0].Name = "changed"
	a[0].Cues[0] = "changed"
	a[0].Dose.Sets = 99
	b := Catalog()
	if b[0].Name == "changed" || b[0].Cues[0] == "changed" || b[0].Dose.Sets == 99 {
		t.Error("changing Catalog's result changed the next call's")
	}
	l, _ := Lookup("plank")
	l.Cues[0] = "changed"
	if again, _ := Lookup("plank"); again.Cues[0] == "changed" {
		t.Error("changing Lookup's result changed the catalog")
	}
	ids := IDs()
	ids[0] = "changed"
	if IDs()[0] == "changed" {
		t.Error("changing IDs' result changed the next call's")
	}
}
