package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"upright/exercises"
	"upright/progress"
	"upright/progress/report"
	"upright/session/record"
	"upright/store"
)

// openStore opens the database named by --db, or the default one.
func openStore(f flags) (*store.Store, error) {
	path, err := dbPath(f)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(path, store.Options{Timeout: time.Second})
	if errors.Is(err, store.ErrReadOnly) && readsOnly(f) {
		// A file that cannot be written can still be listed, checked and exported.
		return store.Open(path, store.Options{Timeout: time.Second, ReadOnly: true})
	}
	return st, err
}

// dbPath is --db, or the default database in the user's data folder.
func dbPath(f flags) (string, error) {
	if f.db != "" {
		return f.db, nil
	}
	return store.DefaultPath()
}

// readsOnly reports a command that never writes the database.
func readsOnly(f flags) bool {
	if len(f.args) == 0 {
		return false
	}
	switch f.args[0] {
	case "routines", "history", "export", "report", "check":
		return true
	case "routine":
		return len(f.args) > 1 && f.args[1] != "add"
	}
	return false
}

// profileName is --profile, else the last profile used, else "default".
func profileName(f flags, st *store.Store) (string, error) {
	if f.profileSet {
		return f.profile, nil
	}
	name, err := st.LastProfile()
	if err != nil || name == "" {
		return "default", err
	}
	return name, nil
}

func cmdExercises(f flags, w io.Writer) error {
	cat := exercises.Catalog()
	if f.json {
		out := make([]exerciseJSON, len(cat))
		for i, ex := range cat {
			out[i] = toExerciseJSON(ex)
		}
		return writeJSON(w, out)
	}
	// Grouped by category, so each row fits 80 columns with its dose; flagged exercises get a
	// second line saying why.
	var category exercises.Category = -1
	for _, ex := range cat {
		if ex.Category != category {
			category = ex.Category
			fmt.Fprintln(w, strings.ToUpper(category.String()))
		}
		fmt.Fprintf(w, "  %-22s  %-24s  %-9s  %s\n", ex.ID, clip(ex.Name, 24), ex.Measure, clip(ex.DoseNote, 16))
		if ex.Status.Flagged() {
			fmt.Fprintf(w, "    ! %s: never in a built-in routine; read its card first\n", ex.Status)
		}
	}
	return nil
}

// exerciseJSON is the stable shape of `upright exercises --json` (documented in README.md).
type exerciseJSON struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Category     string   `json:"category"`
	Measure      string   `json:"measure"`
	Sided        bool     `json:"sided"`
	Status       string   `json:"status"`
	StatusReason string   `json:"status_reason,omitempty"`
	Dose         doseJSON `json:"dose"`
	DoseNote     string   `json:"dose_note"`
	Description  string   `json:"description"`
	Cues         []string `json:"cues"`
	Easier       string   `json:"easier"`
	Harder       string   `json:"harder"`
	Safety       string   `json:"safety"`
}

type doseJSON struct {
	Sets        int     `json:"sets"`
	HoldSeconds float64 `json:"hold_seconds,omitempty"`
	Reps        int     `json:"reps,omitempty"`
	Tempo       string  `json:"tempo,omitempty"`
	RestSeconds float64 `json:"rest_seconds"`
}

func toExerciseJSON(ex exercises.Exercise) exerciseJSON {
	return exerciseJSON{ID: ex.ID, Name: ex.Name, Category: ex.Category.String(), Measure: ex.Measure.String(),
		Sided: ex.Sided, Status: ex.Status.String(), StatusReason: ex.StatusReason, Dose: toDoseJSON(ex.Dose),
		DoseNote: ex.DoseNote, Description: ex.Description, Cues: ex.Cues, Easier: ex.Easier, Harder: ex.Harder,
		Safety: ex.Safety}
}

func toDoseJSON(d exercises.Dose) doseJSON {
	return doseJSON{Sets: d.Sets, HoldSeconds: d.Hold.Seconds(), Reps: d.Reps, Tempo: d.Tempo.String(),
		RestSeconds: d.Rest.Seconds()}
}

// routineJSON is the stable shape of `upright routines --json`.
type routineJSON struct {
	ID               string            `json:"id"`
	Name             string            `json:"name"`
	Description      string            `json:"description"`
	Source           string            `json:"source"`
	EstimatedSeconds float64           `json:"estimated_seconds"`
	GetReadySeconds  float64           `json:"get_ready_seconds"`
	RestSeconds      float64           `json:"rest_seconds"`
	Exercises        []routineItemJSON `json:"exercises"`
}

type routineItemJSON struct {
	ID     string   `json:"id"`
	Status string   `json:"status"`
	Dose   doseJSON `json:"dose"`
}

func cmdRoutines(f flags, w io.Writer) error {
	all := exercises.Builtin()
	st, err := openStore(f)
	if err != nil {
		return err
	}
	defer st.Close()
	saved, bad, err := st.Routines()
	if err != nil {
		return err
	}
	all = append(all, saved...)
	if f.json {
		out := make([]routineJSON, len(all))
		for i, r := range all {
			out[i] = routineJSON{ID: r.ID, Name: r.Name, Description: r.Description, Source: r.Source.String(),
				EstimatedSeconds: r.EstimatedDuration().Seconds(), GetReadySeconds: r.GetReady.Seconds(),
				RestSeconds: r.Rest.Seconds(), Exercises: []routineItemJSON{}}
			for _, it := range r.Items {
				out[i].Exercises = append(out[i].Exercises, routineItemJSON{ID: it.Exercise.ID,
					Status: it.Exercise.Status.String(), Dose: toDoseJSON(it.Dose)})
			}
		}
		if err := writeJSON(w, out); err != nil {
			return err
		}
	} else {
		var t table
		t.add("ID", "NAME", "SOURCE", "TIME", "EXERCISES")
		for _, r := range all {
			t.add(clip(r.ID, 20), clip(exercises.CleanText(r.Name), 26), r.Source.String(),
				roundMinutes(r.EstimatedDuration()), strconv.Itoa(len(r.Items)))
		}
		if err := t.write(w); err != nil {
			return err
		}
	}
	return damagedError(bad)
}

func cmdRoutine(f flags, rest []string, w io.Writer) error {
	if len(rest) != 2 {
		return usagef("use: upright routine check FILE | routine add FILE | routine export ID --out FILE")
	}
	verb, arg := rest[0], rest[1]
	switch verb {
	case "check":
		r, err := exercises.ReadRoutineFile(arg)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: ok — %q, %d exercises, about %s\n", arg, exercises.CleanText(r.Name), len(r.Items),
			roundMinutes(r.EstimatedDuration()))
		for _, it := range r.Flagged() {
			fmt.Fprintf(w, "  caution: %s is %s; the session shows the caution before it\n", it.Exercise.ID, it.Exercise.Status)
		}
		return nil
	case "add":
		src, err := readLimited(arg)
		if err != nil {
			return err
		}
		st, err := openStore(f)
		if err != nil {
			return err
		}
		defer st.Close()
		r, err := st.SaveRoutine(src, arg)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "saved routine %q as %s; start it with: upright --routine %s\n", exercises.CleanText(r.Name), r.ID, r.ID)
		return nil
	case "export":
		if f.out == "" {
			return usagef("routine export needs --out FILE.toml")
		}
		src, err := routineSource(f, arg)
		if err != nil {
			return err
		}
		if err := store.WriteFileAtomic(f.out, src, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", f.out, err)
		}
		fmt.Fprintf(w, "wrote %s; load it with: upright routine add %s\n", f.out, f.out)
		return nil
	}
	return usagef("unknown routine command %q", verb)
}

// routineSource is the TOML of a built-in or saved routine.
func routineSource(f flags, id string) ([]byte, error) {
	if r, ok := exercises.BuiltinRoutine(id); ok {
		return exercises.MarshalRoutine(r), nil
	}
	st, err := openStore(f)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	src, err := st.RoutineSource(id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("no routine %q; see `upright routines`", id)
	}
	return src, err
}

// readLimited reads a routine file, refusing anything larger than a routine file can be.
func readLimited(path string) ([]byte, error) {
	if _, err := exercises.ReadRoutineFile(path); err != nil {
		return nil, err
	}
	return os.ReadFile(path)
}

// sessionsFor loads a profile's sessions with the --since, --until and --routine filters.
func sessionsFor(f flags) ([]record.Record, string, error) {
	st, err := openStore(f)
	if err != nil {
		return nil, "", err
	}
	defer st.Close()
	profile, err := profileName(f, st)
	if err != nil {
		return nil, "", err
	}
	if err := knownProfile(f, st, profile); err != nil {
		return nil, "", err
	}
	recs, bad, err := st.Sessions(profile, store.Query{Since: f.since, Until: f.until, Routine: f.routine})
	if err != nil {
		return nil, "", err
	}
	return recs, profile, damagedError(bad)
}

func cmdHistory(f flags, w io.Writer) error {
	recs, _, loadErr := sessionsFor(f)
	if recs == nil {
		recs = []record.Record{}
	}
	if f.json {
		if err := writeJSON(w, recs); err != nil {
			return err
		}
		return loadErr
	}
	var t table
	t.add("STARTED", "ROUTINE", "MINUTES", "STATUS", "SETS", "PAIN")
	for _, r := range recs {
		pain := fmt.Sprint(r.Checkin.Pain)
		if r.Checkout != nil {
			pain += " → " + fmt.Sprint(r.Checkout.Pain)
		}
		t.add(r.StartedAt.Local().Format("2006-01-02 15:04"), clip(exercises.CleanText(r.Routine.Name), 24),
			strconv.Itoa(int(r.Duration().Round(time.Minute)/time.Minute)), r.Status, strconv.Itoa(r.SetsDone()), pain)
	}
	if err := t.write(w); err != nil {
		return err
	}
	return loadErr
}

func cmdExport(f flags, w io.Writer) error {
	if f.format != "json" && f.format != "csv" {
		return usagef("export needs --format json or --format csv")
	}
	recs, _, loadErr := sessionsFor(f)
	if loadErr != nil && recs == nil {
		return loadErr
	}
	var buf bytes.Buffer
	var err error
	if f.format == "json" {
		err = record.ExportJSON(&buf, recs)
	} else {
		err = record.ExportCSV(&buf, recs)
	}
	if err != nil {
		return err
	}
	if err := emit(f.out, buf.Bytes(), w); err != nil {
		return err
	}
	return loadErr
}

func cmdReport(f flags, w io.Writer) error {
	if f.format == "" {
		f.format = "html"
		if strings.HasSuffix(f.out, ".md") {
			f.format = "md"
		}
	}
	if f.format != "html" && f.format != "md" {
		return usagef("report takes --format html or --format md")
	}
	if f.format == "html" && f.out == "" {
		// A page of HTML is no use on a terminal; --out - still sends it to standard output.
		return usagef("report needs --out FILE.html (or --out - for standard output, or --format md)")
	}
	st, err := openStore(f)
	if err != nil {
		return err
	}
	defer st.Close()
	profile, err := profileName(f, st)
	if err != nil {
		return err
	}
	recs, bad, err := st.Sessions(profile, store.Query{Routine: f.routine})
	if err != nil {
		return err
	}
	p, err := st.Profile(profile)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return err
	}
	if f.since.IsZero() {
		// By default a report covers the time since the last check-up (or the program's start).
		f.since = p.ReportSince(time.Local)
	}
	saved, _, err := st.Routines()
	if err != nil {
		return err
	}
	in := report.Input{Profile: profile, AgeBand: p.AgeBand, Since: f.since, Until: f.until, Now: now(),
		Loc: time.Local, Records: recs, Targets: progress.TargetsOf(p.Profile),
		Suggestions: progress.Suggestions(p.Profile, recs, saved, now())}
	var out []byte
	if f.format == "md" {
		out = report.Markdown(in)
	} else {
		out = report.HTML(in)
	}
	if err := emit(f.out, out, w); err != nil {
		return err
	}
	return damagedError(bad)
}

func cmdCheck(f flags, w io.Writer) error {
	st, err := openStore(f)
	if err != nil {
		return err
	}
	defer st.Close()
	problems, err := st.Check()
	if err != nil {
		return err
	}
	if len(problems) == 0 {
		fmt.Fprintf(w, "%s: ok\n", st.Path())
		return nil
	}
	for _, p := range problems {
		fmt.Fprintf(w, "%s: %s\n", p.Where, p.What)
	}
	return fmt.Errorf("%d problem(s) found in %s; nothing was changed — restore a backup copy, or export what is good with `upright export`", len(problems), st.Path())
}

// emit writes data to --out atomically, or to standard output.
func emit(out string, data []byte, w io.Writer) error {
	if out == "" || out == "-" {
		_, err := w.Write(data)
		return err
	}
	if err := store.WriteFileAtomic(out, data, 0o600); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return nil
}

// damagedError reports records that were skipped because they failed their checks.
func damagedError(bad []store.Damaged) error {
	if len(bad) == 0 {
		return nil
	}
	return fmt.Errorf("%d damaged record(s) skipped (first: %s/%s); run `upright check`", len(bad), bad[0].Bucket, bad[0].Key)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func roundMinutes(d time.Duration) string {
	return fmt.Sprintf("%d min", max(int((d+30*time.Second)/time.Minute), 1))
}

// knownProfile refuses a --profile that names no profile, rather than reporting it as empty (a
// typo in a name would otherwise look like a patient with no sessions).
func knownProfile(f flags, st *store.Store, name string) error {
	if !f.profileSet {
		return nil
	}
	if _, err := st.Profile(name); errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no profile %q in %s; a profile is created the first time upright runs with --profile %s", name, st.Path(), name)
	} else if err != nil {
		return err
	}
	return nil
}
