package record

import "testing"

func TestFlagged(t *testing.T) {
	tests := []struct {
		name string
		r    Record
		want bool
	}{
		{"nothing to see", Record{Status: StatusCompleted, Checkout: &Checkout{Reports: []ExerciseReport{{Exercise: "plank"}}}}, false},
		{"a flag", Record{Flags: []Flag{{Kind: FlagCaution}}}, true},
		{"stopped at check-in", Record{Status: StatusStopped}, true},
		{"a red flag answered", Record{Checkin: Checkin{RedFlags: []string{"dizzy"}}}, true},
		{"sharp pain at check-out", Record{Checkout: &Checkout{Reports: []ExerciseReport{{Exercise: "plank", SharpPain: true}}}}, true},
		{"dizziness at check-out", Record{Checkout: &Checkout{Reports: []ExerciseReport{{Exercise: "plank", Dizziness: true}}}}, true},
		{"balance lost at check-out", Record{Checkout: &Checkout{Reports: []ExerciseReport{{Exercise: "plank", BalanceLoss: true}}}}, true},
	}
	for _, tt := range tests {
		if got := tt.r.Flagged(); got != tt.want {
			t.Errorf("%s: Flagged = %v, want %v", tt.name, got, tt.want)
		}
	}
}
