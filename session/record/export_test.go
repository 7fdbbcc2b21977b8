package record

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"
)

func TestExportJSONRoundTrip(t *testing.T) {
	recs := []Record{sample("ann", "a1", t0, "core"), sample("ann", "a2", t0.Add(time.Hour), "balance")}
	recs[1].Checkout = nil
	var buf bytes.Buffer
	if err := ExportJSON(&buf, recs); err != nil {
		t.Fatal(err)
	}
	var back []Record
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, recs) {
		t.Fatalf("JSON round trip:\n got %+v\nwant %+v", back, recs)
	}
	buf.Reset()
	if err := ExportJSON(&buf, nil); err != nil || bytes.TrimSpace(buf.Bytes())[0] != '[' {
		t.Fatalf("empty export = %q, %v; want an empty array", buf.String(), err)
	}
}

func TestExportCSV(t *testing.T) {
	a := sample("ann", "a1", t0, "core")
	a.Checkout.Note = "knee, \"sore\"\nbetter later"
	stopped := Record{ID: "s1", Profile: "ann", Routine: RoutineRef{ID: "core", Name: "Core"},
		StartedAt: t0, EndedAt: t0, Status: StatusStopped, Checkin: Checkin{Pain: 7}}
	var buf bytes.Buffer
	if err := ExportCSV(&buf, []Record{a, stopped}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], CSVHeader) {
		t.Fatalf("header = %v", rows[0])
	}
	col := func(row []string, name string) string { return row[slices.Index(CSVHeader, name)] }
	// 2 plank sets, 2 heel-raise sides, 1 row for the skipped bird dog, 1 for the stopped session.
	if len(rows) != 1+6 {
		t.Fatalf("%d rows, want 7: %q", len(rows), rows)
	}
	want := []map[string]string{
		{"session_id": "a1", "exercise_id": "plank", "set": "1", "side": "", "held_seconds": "20", "ended_early": "false", "checkout_note": a.Checkout.Note, "started_at": "2026-11-29T09:00:00Z"},
		{"exercise_id": "plank", "set": "2", "held_seconds": "12.5", "ended_early": "true", "paused_seconds": "3.25", "completed_at": "2026-11-29T09:04:00Z"},
		{"exercise_id": "heel-raise", "set": "1", "side": "left", "target_reps": "10", "reps": "10", "checkin_pain": "3", "checkout_pain": "2", "effort": "6"},
		{"exercise_id": "heel-raise", "side": "right", "reps": "9", "routine_id": "core", "routine_name": "Routine core", "status": "completed", "demo": "false"},
		{"exercise_id": "bird-dog", "exercise_name": "Bird dog", "skipped": "true", "set": "", "side": ""},
		{"session_id": "s1", "status": "stopped", "exercise_id": "", "checkin_pain": "7", "checkout_pain": "", "effort": "", "checkout_note": ""},
	}
	for i, w := range want {
		for k, v := range w {
			if got := col(rows[i+1], k); got != v {
				t.Errorf("row %d %s = %q, want %q", i+1, k, got, v)
			}
		}
	}
	if !bytes.Contains([]byte(mustCSV(t, a)), []byte(`"knee, ""sore""`)) {
		t.Error("the note is not quoted the RFC 4180 way")
	}
}

func mustCSV(t *testing.T, recs ...Record) string {
	var buf bytes.Buffer
	if err := ExportCSV(&buf, recs); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestExportCSVDefusesFormulas(t *testing.T) {
	rec := sample("ann", "f1", t0, "core")
	rec.Checkout = &Checkout{Note: "=HYPERLINK(\"http://x\",\"click\")"}
	var buf bytes.Buffer
	if err := ExportCSV(&buf, []Record{rec}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], "checkout_note")
	if got := rows[1][col]; got != "'"+rec.Checkout.Note {
		t.Errorf("note cell %q: a leading = must be defused with an apostrophe", got)
	}
	if csvText("felt -2 better") != "felt -2 better" || csvText("-2 better") != "'-2 better" || csvText("") != "" {
		t.Error("csvText touches more than leading formula characters")
	}
}

// TestCSVAgreesWithJSONOnSkippedAndStopped: a set done before its exercise was stopped for pain
// is done, not skipped, in both exports, and the CSV says the exercise was stopped.
func TestCSVAgreesWithJSONOnSkippedAndStopped(t *testing.T) {
	rec := Record{ID: "p1", Profile: "ann", Routine: RoutineRef{ID: "core", Name: "Core"}, StartedAt: t0, EndedAt: t0,
		Status:   StatusPartial,
		Checkout: &Checkout{Unfinished: true, Unanswered: []string{CheckoutPain, CheckoutEffort}},
		Exercises: []ExerciseResult{{ID: "plank", Name: "Plank", Skipped: true, Stopped: true, Sets: []SetResult{
			{Set: 1, HeldSeconds: 20, TargetSeconds: 20},
			{Set: 2, Skipped: true, TargetSeconds: 20},
		}}}}
	var buf bytes.Buffer
	if err := ExportCSV(&buf, []Record{rec}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := func(row []string, name string) string { return row[slices.Index(CSVHeader, name)] }
	for i, want := range []string{"false", "true"} {
		row := rows[1+i]
		if got := col(row, "skipped"); got != want || got != fmt.Sprint(rec.Exercises[0].Sets[i].Skipped) {
			t.Errorf("set %d: CSV skipped %q, JSON %v", i+1, got, rec.Exercises[0].Sets[i].Skipped)
		}
		if col(row, "stopped") != "true" {
			t.Errorf("set %d: stopped = %q, want true", i+1, col(row, "stopped"))
		}
		if col(row, "checkout_pain") != "" || col(row, "effort") != "" {
			t.Errorf("unanswered check-out pain/effort = %q/%q, want empty", col(row, "checkout_pain"), col(row, "effort"))
		}
	}
}
