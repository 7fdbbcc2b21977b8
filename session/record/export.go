package record

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// ExportJSON writes recs as one JSON array of records, the stored Record shape.
func ExportJSON(w io.Writer, recs []Record) error {
	if recs == nil {
		recs = []Record{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(recs); err != nil {
		return fmt.Errorf("export JSON: %w", err)
	}
	return nil
}

// CSVHeader is the header row of ExportCSV: the record's field names, one row per set.
var CSVHeader = []string{
	"session_id", "profile", "routine_id", "routine_name", "started_at", "ended_at", "status", "demo",
	"checkin_pain", "checkout_pain", "effort", "checkout_note",
	"exercise_id", "exercise_name", "skipped", "set", "side", "target_seconds", "held_seconds",
	"target_reps", "reps", "ended_early", "paused_seconds", "completed_at", "stopped",
}

// ExportCSV writes recs as RFC 4180 CSV with one row per set. An exercise without sets, and a
// session without exercises, still get one row, with the set columns empty. As in the JSON,
// skipped is true only for a set not done (or an exercise row without sets that was skipped),
// and stopped marks every row of an exercise stopped for pain. A check-out question never
// answered (the program was stopped) leaves its column empty.
func ExportCSV(w io.Writer, recs []Record) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("export CSV: %w", err)
	}
	for _, rec := range recs {
		for _, row := range csvRows(rec) {
			if err := cw.Write(row); err != nil {
				return fmt.Errorf("export CSV: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export CSV: %w", err)
	}
	return nil
}

func csvRows(rec Record) [][]string {
	var outPain, effort, note string
	if rec.Checkout != nil {
		co := rec.Checkout
		outPain, effort, note = strconv.Itoa(co.Pain), strconv.Itoa(co.Effort), co.Note
		if !co.Answered(CheckoutPain) {
			outPain = ""
		}
		if !co.Answered(CheckoutEffort) {
			effort = ""
		}
	}
	head := []string{
		rec.ID, csvText(rec.Profile), rec.Routine.ID, csvText(rec.Routine.Name), csvTime(rec.StartedAt), csvTime(rec.EndedAt),
		rec.Status, strconv.FormatBool(rec.Demo), strconv.Itoa(rec.Checkin.Pain), outPain, effort, csvText(note),
	}
	row := func(tail ...string) []string { return append(append([]string(nil), head...), tail...) }
	var rows [][]string
	for _, ex := range rec.Exercises {
		if len(ex.Sets) == 0 {
			rows = append(rows, row(ex.ID, ex.Name, strconv.FormatBool(ex.Skipped), "", "", "", "", "", "", "", "", "",
				strconv.FormatBool(ex.Stopped)))
		}
		for _, st := range ex.Sets {
			rows = append(rows, row(ex.ID, ex.Name, strconv.FormatBool(st.Skipped),
				strconv.Itoa(st.Set), st.Side, csvFloat(st.TargetSeconds), csvFloat(st.HeldSeconds),
				strconv.Itoa(st.TargetReps), strconv.Itoa(st.Reps), strconv.FormatBool(st.EndedEarly),
				csvFloat(st.PausedSeconds), csvTime(st.CompletedAt), strconv.FormatBool(ex.Stopped)))
		}
	}
	if len(rows) == 0 {
		rows = append(rows, row("", "", "", "", "", "", "", "", "", "", "", "", ""))
	}
	return rows
}

// csvText defuses text a person typed before it goes into a CSV file that a clinic will open in a
// spreadsheet: a cell starting with =, +, -, @, tab or carriage return would be run as a formula,
// so it gets a leading apostrophe, which spreadsheets show as text (OWASP's advice). The JSON
// export keeps the text exactly as typed.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func csvTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

func csvFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
