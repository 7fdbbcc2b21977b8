package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/metrics"
	"slices"
	"strings"
	"testing"
	"time"

	sessionrecord "upright/session/record"
)

// TestByteFlipThenASession flips one byte in the freelist, a branch page or a leaf page of a real
// database and then runs a full session through the store, in a child process (bbolt can loop or
// fault on pages it trusts). Every try must end one of two ways:
//
//   - refused: the open or a save fails with the one-line damage message, and every record that
//     was readable before is unchanged on disk (a refused open leaves the file byte for byte);
//   - saved: every save succeeds, Check finds no problem that was not there before the saves,
//     every session readable before is unchanged, and the new session is there exactly once.
//
// No try may hang (each is bounded), grow memory or the file without bound, lose or double a
// record. 60 tries normally; 3,000 with UPRIGHT_LONG=1.
func TestByteFlipThenASession(t *testing.T) {
	orig, _ := realDB(t)
	pages := pagesByKind(t, orig)
	for _, k := range flipKinds {
		if len(pages[k]) == 0 {
			t.Fatalf("the test database has no %s page", k)
		}
	}
	perKind := 20
	if os.Getenv("UPRIGHT_LONG") != "" {
		perKind = 1000
	}
	rng := rand.New(rand.NewPCG(16, 9))
	dir := t.TempDir()
	tally := map[string]int{}
	for n := range perKind * len(flipKinds) {
		kind := flipKinds[n/2%len(flipKinds)]
		span := pages[kind][rng.IntN(len(pages[kind]))]
		off := span[0] + rng.IntN(span[1]-span[0])
		if n%2 == 1 {
			// Half the flips land on bytes in use (most of a page can be empty space).
			if used := nonZero(orig[span[0]:span[1]]); len(used) > 0 {
				off = span[0] + used[rng.IntN(len(used))]
			}
		}
		b := bytes.Clone(orig)
		b[off] ^= byte(1 + rng.IntN(255))
		path := filepath.Join(dir, fmt.Sprintf("try%04d.db", n))
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		outcome, err := flipThenSave(path, b)
		tally[kind+" "+outcome]++
		if err != nil {
			t.Errorf("try %d: %s page, offset %d: %v", n, kind, off, err)
		}
		_ = os.Remove(path)
		forgetChecked(path)
	}
	keys := make([]string, 0, len(tally))
	for k := range tally {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var sum []string
	for _, k := range keys {
		sum = append(sum, fmt.Sprintf("%s: %d", k, tally[k]))
	}
	t.Logf("%d tries: %s", perKind*len(flipKinds), strings.Join(sum, "; "))
}

// nonZero is the offsets of the non-zero bytes of b.
func nonZero(b []byte) []int {
	var out []int
	for i, c := range b {
		if c != 0 {
			out = append(out, i)
		}
	}
	return out
}

var flipKinds = []string{"freelist", "branch", "leaf"}

// pagesByKind finds the byte ranges [start, end) of the freelist, branch and leaf pages (with
// their overflow pages) that the current meta page of the file reaches.
func pagesByKind(t *testing.T, b []byte) map[string][][2]int {
	t.Helper()
	m, found, _ := bestMeta(b)
	if !found {
		t.Fatal("no meta page")
	}
	w := newWalker(b, m)
	if err := w.run(m); err != nil {
		t.Fatal(err)
	}
	out := map[string][][2]int{}
	ps := int(m.pageSize)
	for id := 2; id < int(m.pgid); id++ {
		p := b[id*ps:]
		if binary.NativeEndian.Uint64(p) != uint64(id) {
			continue // an overflow page: part of the page before it
		}
		end := (id + 1 + int(binary.NativeEndian.Uint32(p[12:]))) * ps
		switch {
		case w.owner[id] == ownFreelist:
			out["freelist"] = append(out["freelist"], [2]int{id * ps, end})
		case w.owner[id] == ownTree && binary.NativeEndian.Uint16(p[8:]) == pageBranch:
			out["branch"] = append(out["branch"], [2]int{id * ps, end})
		case w.owner[id] == ownTree:
			out["leaf"] = append(out["leaf"], [2]int{id * ps, end})
		}
	}
	return out
}

// flipReport is what the child saw: what was readable before the session, what happened to each
// step, and what is readable after.
type flipReport struct {
	Before, After   flipSnapshot
	Refused         string // the step that was refused; "" when every save succeeded
	RefusedErr      string
	RefusedAsDamage bool
	PeakHeapMB      int
}

type flipSnapshot struct {
	Errs     []string          // what the read-only open or a read reported
	Sessions map[string]string // profile/id → JSON of every readable session
	Doubled  []string          // ids listed more than once
	Problems []string          // where Check found problems
}

const flipChildTimeout = 60 * time.Second

// flipThenSave runs the child on path (whose bytes are b) and judges its report. The outcome
// names the way the try ended.
func flipThenSave(path string, b []byte) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), flipChildTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=flipsave", childDBEnv+"="+path)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return "HANG", fmt.Errorf("the child did not finish within %v", flipChildTimeout)
	}
	if err != nil {
		return "CRASH", fmt.Errorf("the child failed: %v: %s", err, oneLine(stderr.String()))
	}
	var r flipReport
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		return "CRASH", fmt.Errorf("the child's report: %v: %q", err, stdout.String())
	}
	if r.PeakHeapMB > 512 {
		return "GROWTH", fmt.Errorf("the child's heap grew to %d MB", r.PeakHeapMB)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return "LOST", err
	}
	if fi.Size() > int64(len(b))+8<<20 {
		return "GROWTH", fmt.Errorf("the file grew from %d to %d bytes", len(b), fi.Size())
	}
	if len(r.After.Doubled) > 0 {
		return "DOUBLED", fmt.Errorf("records listed twice: %v", r.After.Doubled)
	}
	if r.Refused != "" {
		if !r.RefusedAsDamage || strings.Contains(r.RefusedErr, "\n") {
			return "WRONG ERROR", fmt.Errorf("%s refused without the one-line damage message: %q", r.Refused, r.RefusedErr)
		}
		if r.Refused == "open" {
			after, err := os.ReadFile(path)
			if err != nil || sha256.Sum256(after) != sha256.Sum256(b) {
				return "CHANGED", fmt.Errorf("a refused open changed the file (%v)", err)
			}
			return "refused at open", nil
		}
		if err := keptAll(r.Before, r.After); err != nil {
			return "LOST", fmt.Errorf("%s refused, and %v", r.Refused, err)
		}
		return "refused at a save", nil
	}
	if err := newErrors(r.Before, r.After); err != nil {
		return "UNREADABLE", fmt.Errorf("every save succeeded, but then: %v", err)
	}
	if err := keptAll(r.Before, r.After); err != nil {
		return "LOST", err
	}
	if _, ok := r.After.Sessions["ann/new"]; !ok || len(r.After.Sessions) != len(r.Before.Sessions)+1 {
		return "LOST", fmt.Errorf("after the session %d sessions are readable, before %d; the new one there: %v",
			len(r.After.Sessions), len(r.Before.Sessions), ok)
	}
	for _, p := range r.After.Problems {
		if !slices.Contains(r.Before.Problems, p) {
			return "DAMAGED BY A SAVE", fmt.Errorf("check after the session: %s (before: %v)", p, r.Before.Problems)
		}
	}
	if len(r.After.Problems) > 0 {
		return "saved; damage from before still reported", nil
	}
	return "saved; check passes", nil
}

// newErrors reports a read that fails after the session but did not before: damage reported
// before (a profile's sessions unreadable) may still be reported, nothing more.
func newErrors(before, after flipSnapshot) error {
	for _, e := range after.Errs {
		if !slices.Contains(before.Errs, e) {
			return errors.New(e)
		}
	}
	return nil
}

// keptAll reports a session readable before that is missing or different after.
func keptAll(before, after flipSnapshot) error {
	if err := newErrors(before, after); err != nil {
		return fmt.Errorf("the records readable before cannot be read: %v", err)
	}
	for k, v := range before.Sessions {
		if after.Sessions[k] != v {
			return fmt.Errorf("session %s was readable before and is lost or changed", k)
		}
	}
	return nil
}

// flipSaveChild reads what it can, runs a full session (a checkpoint after each of 8 sets, then
// the finished session) and reads again, and prints its report as JSON.
func flipSaveChild(path string) {
	var r flipReport
	stopWatch := watchHeap(&r.PeakHeapMB)
	r.Before = flipSnap(path)
	step, err := flipSession(path)
	if err != nil {
		r.Refused, r.RefusedErr, r.RefusedAsDamage = step, err.Error(), errors.Is(err, ErrDamaged)
	}
	r.After = flipSnap(path)
	stopWatch()
	if err := json.NewEncoder(os.Stdout).Encode(r); err != nil {
		childFail("report: %v", err)
	}
}

func flipSession(path string) (string, error) {
	s, err := Open(path, Options{Timeout: 5 * time.Second})
	if err != nil {
		return "open", err
	}
	defer s.Close()
	for set := 1; set <= 8; set++ {
		if err := s.SaveCheckpoint(growing("ann", "new", set), nil); err != nil {
			return fmt.Sprintf("set %d", set), err
		}
	}
	rec := growing("ann", "new", 8)
	rec.Status, rec.EndedAt = sessionrecord.StatusCompleted, t0.Add(9*time.Minute)
	if err := s.FinishSession(rec); err != nil {
		return "finish", err
	}
	return "", nil
}

func flipSnap(path string) (snap flipSnapshot) {
	snap.Sessions = map[string]string{}
	s, err := Open(path, Options{ReadOnly: true, Timeout: 5 * time.Second})
	if err != nil {
		snap.Errs = append(snap.Errs, err.Error())
		return snap
	}
	defer s.Close()
	for _, name := range []string{"ann", "bob"} {
		recs, _, err := s.Sessions(name, Query{})
		if err != nil {
			snap.Errs = append(snap.Errs, err.Error())
		}
		for _, rec := range recs {
			k := name + "/" + rec.ID
			if _, dup := snap.Sessions[k]; dup {
				snap.Doubled = append(snap.Doubled, k)
			}
			snap.Sessions[k] = asJSON(rec)
		}
	}
	probs, err := s.Check()
	if err != nil {
		snap.Errs = append(snap.Errs, err.Error())
	}
	for _, p := range probs {
		snap.Problems = append(snap.Problems, p.Where)
	}
	return snap
}

// watchHeap records the peak heap size in MB until the returned func is called; a heap past
// 1 GB ends the child at once (a save looping inside bbolt).
func watchHeap(peak *int) func() {
	done := make(chan struct{})
	finished := make(chan struct{})
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	go func() {
		defer close(finished)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			mb := int(sample[0].Value.Uint64() >> 20)
			*peak = max(*peak, mb)
			if mb > 1024 {
				childFail("heap at %d MB", mb)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() { close(done); <-finished }
}
