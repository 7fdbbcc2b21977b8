package profile

import (
	"slices"
	"strings"
	"testing"
	"time"

	"upright/exercises"
)

func TestReadinessQuestionsAreParQPlusThenFollowUp(t *testing.T) {
	var ids []string
	for _, q := range ReadinessQuestions {
		if q.ID == "" || !strings.HasSuffix(q.Text, "?") || slices.Contains(ids, q.ID) {
			t.Errorf("question %+v: an id, a question mark, no repeats", q)
		}
		ids = append(ids, q.ID)
	}
	if len(ids) != 10 || ids[len(ids)-2] != QSpineFracture {
		t.Errorf("questions %v: want the 7 PAR-Q+ topics then the 3 follow-ups", ids)
	}
}

// Readiness answers as a table: the ids answered yes → clearance, the spine flag and the lines.
func TestEvaluateReadiness(t *testing.T) {
	cases := []struct {
		name      string
		yes       []string
		clearance bool
		spine     bool
		lines     []string
	}{
		{"all no", nil, false, false, nil},
		{"a PAR-Q+ topic", []string{"heart"}, true, false, []string{LineClearance}},
		{"an answer of an older questionnaire", []string{"other"}, true, false, []string{LineClearance}},
		{"spine fracture alone", []string{QSpineFracture}, false, true, []string{LineSpineFracture}},
		{"fracture and steroids", []string{QLowTraumaFracture, QSteroids}, false, false, []string{LineFracture, LineSteroids}},
		{"everything", []string{"chest-pain", QSpineFracture, QSteroids}, true, true, []string{LineClearance, LineSpineFracture, LineSteroids}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := EvaluateReadiness(c.yes)
			if o.NeedsClearance != c.clearance || o.SpineFracture != c.spine || !slices.Equal(o.Lines, c.lines) {
				t.Fatalf("outcome %+v", o)
			}
		})
	}
}

func TestRecordReadinessSetsTheSpineFlag(t *testing.T) {
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	heelDrop, _ := exercises.Lookup(exercises.HeelDropID)
	var p Profile
	if !p.Offers(heelDrop) {
		t.Fatal("heel drop not offered without a fracture")
	}
	p.RecordReadiness([]string{QSpineFracture}, now)
	if p.Intake == nil || !p.Intake.SpineFracture || !p.SpineFracture() || !p.Readiness.AnsweredAt.Equal(now) {
		t.Fatalf("after a spine-fracture answer: intake %+v", p.Intake)
	}
	if p.Offers(heelDrop) {
		t.Fatal("heel drop offered after a spine fracture")
	}
	for _, e := range p.OfferedCatalog() {
		if e.ID == exercises.HeelDropID {
			t.Fatal("the offered catalog holds the heel drop")
		}
	}
	// Answers stored by a screen that never called RecordReadiness still count.
	q := Profile{Readiness: &Readiness{Yes: []string{QSpineFracture}}}
	if !q.SpineFracture() {
		t.Fatal("a spine-fracture answer alone does not set SpineFracture")
	}
	// A later "no" never clears what the therapist recorded.
	p.RecordReadiness(nil, now)
	if !p.SpineFracture() {
		t.Fatal("a later answer cleared the therapist's flag")
	}
}
