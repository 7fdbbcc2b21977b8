package record

import (
	"encoding/json"
	"strings"
	"testing"
)

// Version 1 sets encode exactly as before: the test measures' fields are left out when empty,
// and an old stored set still decodes.
func TestSetResultJSONBackwardCompatible(t *testing.T) {
	old := `{"set":1,"side":"left","target_seconds":45,"held_seconds":12.5,"target_reps":0,"reps":0,"ended_early":false,"skipped":false,"paused_seconds":0,"completed_at":"2026-11-29T09:00:00Z"}`
	var s SetResult
	if err := json.Unmarshal([]byte(old), &s); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(s)
	if err != nil || string(b) != old {
		t.Fatalf("re-encoded %s (%v)\nwant        %s", b, err, old)
	}
	staged := SetResult{Set: 1, TargetSeconds: 10, TargetReps: 4, Reps: 2, Measure: "staged-holds", FailedStageSeconds: 3.5}
	b, _ = json.Marshal(staged)
	for _, k := range []string{`"measure":"staged-holds"`, `"failed_stage_seconds":3.5`, `"reps":2`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("staged set %s lacks %s", b, k)
		}
	}
}
