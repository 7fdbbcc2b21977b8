package profile

import (
	"slices"
	"time"

	"upright/exercises"
)

// Readiness records the answers to the readiness questionnaire: the ids answered "yes".
type Readiness struct {
	AnsweredAt time.Time `json:"answered_at"`
	Yes        []string  `json:"yes"`
}

// Said reports whether the question with the given id was answered "yes"; false without answers.
func (r *Readiness) Said(id string) bool { return r != nil && slices.Contains(r.Yes, id) }

// ReadinessQuestion is one question of the one-time readiness questionnaire.
type ReadinessQuestion struct{ ID, Text string }

// The ids of the osteoporosis follow-up questions, which rules elsewhere read.
const (
	QLowTraumaFracture = "low-trauma-fracture"
	QSpineFracture     = "spine-fracture"
	QSteroids          = "steroids"
)

// parqTopics are the PAR-Q+ topics in our own words (PAR-Q+ Collaboration): a "yes" to any of
// them means getting a clinician's clearance first.
var parqTopics = []ReadinessQuestion{
	{"heart", "Has a doctor ever said you have a heart condition or high blood pressure?"},
	{"chest-pain", "Do you get chest pain at rest, in daily life, or when you are active?"},
	{"dizziness", "In the last 12 months, have you lost your balance because of dizziness, or fainted?"},
	// The id is version 1's, whose question this one widens, so stored answers keep their meaning.
	{"bp-medication", "Do you take prescribed medicine for a long-term condition, such as blood pressure or heart medicine?"},
	{"chronic", "Do you have another long-term medical condition?"},
	{"bone-joint", "In the last 12 months, have you had a bone, joint or soft-tissue problem that being more active could make worse?"},
	{"supervised", "Has a doctor said you should only exercise under medical supervision?"},
}

// osteoporosisFollowUp are asked after the PAR-Q+ topics: they set what the app knows, not a
// clearance.
var osteoporosisFollowUp = []ReadinessQuestion{
	{QLowTraumaFracture, "Have you broken a bone from a minor fall, or because of osteoporosis?"},
	{QSpineFracture, "Have you ever had a spine (vertebral) fracture?"},
	{QSteroids, "Have you taken steroid tablets, such as prednisone, for more than 3 months?"},
}

// ReadinessQuestions are asked once per profile before the first session: the PAR-Q+ topics,
// then the osteoporosis follow-up.
var ReadinessQuestions = append(slices.Clone(parqTopics), osteoporosisFollowUp...)

// ReadinessOutcome is what a set of readiness answers means.
type ReadinessOutcome struct {
	// NeedsClearance is set by a "yes" to any PAR-Q+ topic: see a clinician before starting.
	NeedsClearance bool
	// SpineFracture is set by the spine-fracture answer; RecordReadiness copies it into the intake.
	SpineFracture bool
	// Lines are what to tell the person, in order.
	Lines []string
}

// The texts of the readiness outcome.
const (
	LineClearance     = "Before you start, talk to your doctor or physical therapist about your answers and get their go-ahead."
	LineSpineFracture = "After a spine fracture, floor and core exercises need your therapist's go-ahead first, and upright leaves out impact exercises such as the heel drop."
	LineFracture      = "A fracture from a minor fall points to fragile bones: start with the easier versions and build up slowly."
	LineSteroids      = "Long-term steroid tablets weaken bones: mention them to your therapist."
)

// EvaluateReadiness maps the ids answered "yes" to what they mean. Unknown ids (from older
// questionnaires) count as a PAR-Q+ "yes", the safe reading.
func EvaluateReadiness(yes []string) ReadinessOutcome {
	var o ReadinessOutcome
	for _, id := range yes {
		switch id {
		case QSpineFracture:
			o.SpineFracture = true
		case QLowTraumaFracture, QSteroids:
		default:
			o.NeedsClearance = true
		}
	}
	if o.NeedsClearance {
		o.Lines = append(o.Lines, LineClearance)
	}
	if o.SpineFracture {
		o.Lines = append(o.Lines, LineSpineFracture)
	}
	if slices.Contains(yes, QLowTraumaFracture) {
		o.Lines = append(o.Lines, LineFracture)
	}
	if slices.Contains(yes, QSteroids) {
		o.Lines = append(o.Lines, LineSteroids)
	}
	return o
}

// RecordReadiness stores the answers and applies what they change: a spine fracture sets the
// intake's flag (creating the intake if there is none), so the go-ahead note shows for people
// who start on their own. It never clears a flag the therapist set.
func (p *Profile) RecordReadiness(yes []string, now time.Time) ReadinessOutcome {
	p.Readiness = &Readiness{AnsweredAt: now, Yes: slices.Clone(yes)}
	o := EvaluateReadiness(yes)
	if o.SpineFracture {
		if p.Intake == nil {
			p.Intake = &Intake{RecordedAt: now}
		}
		p.Intake.SpineFracture = true
	}
	return o
}

// OfferedCatalog is the catalog as this person may be offered it.
func (p Profile) OfferedCatalog() []exercises.Exercise {
	return exercises.CatalogFor(p.SpineFracture())
}
