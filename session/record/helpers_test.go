package record

import "time"

var t0 = time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)

// at is t0 plus a number of seconds.
func at(sec float64) time.Time { return t0.Add(time.Duration(sec * float64(time.Second))) }

// sample is a full record: check-in, check-out with a note, a flag, a sided and a plain exercise,
// a skipped exercise.
func sample(profile, id string, start time.Time, routine string) Record {
	return Record{
		Version:   RecordVersion,
		ID:        id,
		Profile:   profile,
		Routine:   RoutineRef{ID: routine, Name: "Routine " + routine},
		StartedAt: start,
		EndedAt:   start.Add(14*time.Minute + 10*time.Second),
		Status:    StatusCompleted,
		Checkin:   Checkin{Pain: 3, Morning: MorningSame},
		Checkout:  &Checkout{Pain: 2, Effort: 6, Note: "felt fine", Reports: []ExerciseReport{{Exercise: "plank", Dizziness: true}}},
		Flags:     []Flag{{Kind: FlagDizziness, Exercise: "plank", At: start.Add(5 * time.Minute), Detail: "a little dizzy"}},
		Exercises: []ExerciseResult{
			{ID: "plank", Name: "Plank", Sets: []SetResult{
				{Set: 1, TargetSeconds: 20, HeldSeconds: 20, CompletedAt: start.Add(2 * time.Minute)},
				{Set: 2, TargetSeconds: 20, HeldSeconds: 12.5, EndedEarly: true, PausedSeconds: 3.25, CompletedAt: start.Add(4 * time.Minute)},
			}},
			{ID: "heel-raise", Name: "Heel raise", Sets: []SetResult{
				{Set: 1, Side: SideLeft, TargetReps: 10, Reps: 10, CompletedAt: start.Add(6 * time.Minute)},
				{Set: 1, Side: SideRight, TargetReps: 10, Reps: 9, CompletedAt: start.Add(7 * time.Minute)},
			}},
			{ID: "bird-dog", Name: "Bird dog", Skipped: true, Sets: []SetResult{}},
		},
	}
}
