package progress

import (
	"fmt"
	"time"

	"upright/exercises"
	"upright/session/record"
)

// SuggestionKind says what a suggestion changes.
type SuggestionKind string

// The kinds of suggestions: more time or reps, the harder version, or a step back (Too Fit To
// Fracture, 2014: more than 12 easy reps is too easy, fewer than 8 too hard).
const (
	SuggestAddTime  SuggestionKind = "add-time"
	SuggestAddReps  SuggestionKind = "add-reps"
	SuggestHarder   SuggestionKind = "harder-version"
	SuggestStepBack SuggestionKind = "step-back"
)

// String returns the kind as it is spelled in reports.
func (k SuggestionKind) String() string { return string(k) }

// Suggestion is a change to one exercise's prescribed dose. It is only ever offered: nothing here
// changes a routine.
type Suggestion struct {
	ExerciseID string
	Kind       SuggestionKind
	Text       string
	From, To   exercises.Dose
	// Routine is the name of the routine the suggestion was made for; Suggestions sets it.
	Routine string
}

// The progression rules' numbers.
const (
	holdStep        = 5 * time.Second
	holdHarderAt    = 30 * time.Second
	repsStep        = 2
	repsHarderAt    = 12
	repsAfterHarder = 8
	repsStepBack    = 2
	maxEasyEffort   = 6
	// changeCooldown is how long after a change of dose no progression is offered: "at most once a week".
	changeCooldown = 7 * 24 * time.Hour
)

// Suggest offers at most one suggestion per exercise of prescription, in routine order, from the
// sessions that started up to now. lastChange holds when each exercise's prescribed dose last
// changed (by exercise id; nil or missing means not known to have changed).
//
// A step back is suggested, always, when the latest session with the exercise attributes pain to
// it (a pain flag for it, sharp pain reported for it at check-out, or the exercise stopped for
// pain), or when the morning after that session felt worse (the next session's check-in says so).
// A pain rise over the whole session that names no exercise steps nothing back; it only blocks
// progression. Otherwise, progress is offered only when the dose has not changed in the last 7
// days and in each of the last two sessions with the exercise every set was done in full at least
// at the prescribed dose, effort was 6/10 or less and pain did not rise: holds get +5 s, or the
// harder version from 30 s; reps and hold-reps get +2 reps up to 12, or the harder version at 8
// reps from 12. Balance and leg exercises get no progression after a fall, a loss of balance or
// dizziness in the last session (a fall at a check-in that stopped it included), nor for the rest
// of a day that had one, nor while the last session with the exercise had one. Nothing progresses
// after a last check-in that stopped the session (a red flag) or advised a gentle day. Tests and
// exercises that need a caution get no progression.
func Suggest(recs []record.Record, prescription exercises.Routine, now time.Time, lastChange map[string]time.Time) []Suggestion {
	var past []record.Record
	for _, r := range sortedUsable(recs) {
		if !r.StartedAt.After(now) {
			past = append(past, r)
		}
	}
	var out []Suggestion
	seen := map[string]bool{}
	shaken, holdAll := unsteadyLately(past, now), checkinHeldBack(past)
	for _, it := range prescription.Items {
		id := it.Exercise.ID
		if seen[id] || it.Exercise.Measure.Test() {
			continue
		}
		seen[id] = true
		last := lastWith(past, id, 2)
		if len(last) == 0 {
			continue
		}
		latest := last[len(last)-1]
		if painAttributed(latest, id) {
			out = append(out, stepBack(it, "pain rose during it in the last session"))
			continue
		}
		if morningAfter(past, latest) == record.MorningWorse && didSets(latest, id) {
			out = append(out, stepBack(it, "the morning after the last session with it felt worse"))
			continue
		}
		if len(last) < 2 || it.Exercise.Status.Flagged() {
			continue
		}
		if t, ok := lastChange[id]; ok && now.Sub(t) < changeCooldown {
			continue
		}
		if holdAll || fallSensitive(it.Exercise) && (unsteady(latest) || shaken) {
			continue
		}
		if easy(last[0], it) && easy(last[1], it) {
			if s, ok := progression(it); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// lastWith returns up to n of the latest records with the exercise, oldest first.
func lastWith(recs []record.Record, id string, n int) []record.Record {
	var out []record.Record
	for i := len(recs) - 1; i >= 0 && len(out) < n; i-- {
		if _, ok := result(recs[i], id); ok {
			out = append([]record.Record{recs[i]}, out...)
		}
	}
	return out
}

func result(r record.Record, id string) (record.ExerciseResult, bool) {
	for _, e := range r.Exercises {
		if e.ID == id {
			return e, true
		}
	}
	return record.ExerciseResult{}, false
}

// painRose reports a pain rise over the session, or pain during the exercise: either rules
// progression out.
func painRose(r record.Record, id string) bool {
	return (r.Checkout != nil && r.Checkout.Pain > r.Checkin.Pain) || painAttributed(r, id)
}

// painAttributed reports pain during the exercise itself: a pain flag naming it, sharp pain
// reported for it at check-out, or the exercise stopped for pain. Only these step it back.
func painAttributed(r record.Record, id string) bool {
	for _, f := range r.Flags {
		if (f.Kind == record.FlagPainRise || f.Kind == record.FlagSharpPain) && f.Exercise == id {
			return true
		}
	}
	if r.Checkout != nil {
		for _, rep := range r.Checkout.Reports {
			if rep.Exercise == id && rep.SharpPain {
				return true
			}
		}
	}
	e, _ := result(r, id)
	return e.Stopped
}

// easy reports whether every set of the item's exercise in r was done in full at least at the
// prescribed dose, with effort of 6 or less and no pain rise. A session without a check-out has no
// effort rating and is never easy.
func easy(r record.Record, it exercises.Item) bool {
	if r.Checkout == nil || r.Checkout.Effort > maxEasyEffort || painRose(r, it.Exercise.ID) {
		return false
	}
	e, _ := result(r, it.Exercise.ID)
	if e.Skipped || len(e.Sets) == 0 {
		return false
	}
	for _, s := range e.Sets {
		if s.Skipped || s.EndedEarly {
			return false
		}
		if byReps(it) {
			if s.TargetReps < it.Dose.Reps || s.Reps < s.TargetReps {
				return false
			}
		} else if s.TargetSeconds < it.Dose.Hold.Seconds() {
			return false
		}
	}
	return true
}

// byReps reports whether the item progresses by reps: reps and hold-reps, whose holds stay short.
func byReps(it exercises.Item) bool {
	return it.Exercise.Measure == exercises.MeasureReps || it.Exercise.Measure == exercises.MeasureHoldReps
}

func progression(it exercises.Item) (Suggestion, bool) {
	name, from := it.Exercise.Name, it.Dose
	to := from
	s := Suggestion{ExerciseID: it.Exercise.ID, From: from}
	switch {
	case byReps(it) && from.Reps >= repsHarderAt:
		to.Reps = repsAfterHarder
		s.Kind = SuggestHarder
		s.Text = fmt.Sprintf("%s: %d reps were easy twice in a row. Try the harder version at %d reps%s.",
			name, from.Reps, to.Reps, harder(it))
	case byReps(it):
		to.Reps = min(from.Reps+repsStep, repsHarderAt)
		s.Kind = SuggestAddReps
		s.Text = fmt.Sprintf("%s: %d reps were easy twice in a row. Try %d reps.", name, from.Reps, to.Reps)
	case it.Exercise.Measure == exercises.MeasureHold && from.Hold >= holdHarderAt:
		s.Kind = SuggestHarder
		s.Text = fmt.Sprintf("%s: %s holds were easy twice in a row. Try the harder version%s.",
			name, exercises.FormatDuration(from.Hold), harder(it))
	case it.Exercise.Measure == exercises.MeasureHold:
		to.Hold = from.Hold + holdStep
		s.Kind = SuggestAddTime
		s.Text = fmt.Sprintf("%s: %s holds were easy twice in a row. Try %s.",
			name, exercises.FormatDuration(from.Hold), exercises.FormatDuration(to.Hold))
	default:
		return Suggestion{}, false
	}
	s.To = to
	return s, true
}

func harder(it exercises.Item) string {
	if it.Exercise.Harder == "" {
		return ""
	}
	return " (" + it.Exercise.Harder + ")"
}

func stepBack(it exercises.Item, why string) Suggestion {
	name, from := it.Exercise.Name, it.Dose
	to := from
	var was, is string
	if byReps(it) {
		to.Reps = max(from.Reps-repsStepBack, 1)
		was, is = fmt.Sprintf("%d reps", from.Reps), fmt.Sprintf("%d reps", to.Reps)
	} else {
		to.Hold = max(from.Hold-holdStep, time.Second)
		was, is = exercises.FormatDuration(from.Hold), exercises.FormatDuration(to.Hold)
	}
	text := fmt.Sprintf("%s: %s. Step back to %s (from %s).", name, why, is, was)
	if to == from {
		text = fmt.Sprintf("%s: %s, already at the lowest dose. Ask your therapist before doing it again.", name, why)
	}
	return Suggestion{ExerciseID: it.Exercise.ID, Kind: SuggestStepBack, Text: text, From: from, To: to}
}
