package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"upright/exercises"
	"upright/session/record"
	"upright/store"
)

// The clinic server's load test (issue 14, item 7), run by hand: UPRIGHT_LOAD=1 go test -run
// TestServeLoad -v . [UPRIGHT_LOAD_N=10,100,300]. It stays on loopback, bounded in clients and
// time. Each client is an enrolled patient connecting with golang.org/x/crypto/ssh and a pty: the
// server runs the patient's real screens for it. Each then does a short routine of holds and
// reps: a key a second (a redraw over the connection, as a countdown's tick does) and a set
// every loadSetEvery, saved as the session screen saves it (the patient storage's checkpoint,
// the whole session so far), and the session finished at the end. Measured: the server's CPU
// per active session, its memory per session, set-save latency p50/p99, and sets lost.

const (
	loadSets     = 12              // sets a routine: six holds and six reps
	loadSetEvery = 2 * time.Second // a short hold or a few reps, with no rest
	loadBound    = 3 * time.Minute // the most one N may take, connecting included
)

func TestServeLoad(t *testing.T) {
	if os.Getenv("UPRIGHT_LOAD") == "" {
		t.Skip("the load test runs by hand: UPRIGHT_LOAD=1 (UPRIGHT_LOAD_N=10,100 by default)")
	}
	ns := []int{10, 100}
	if v := os.Getenv("UPRIGHT_LOAD_N"); v != "" {
		ns = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(f)
			if err != nil || n < 1 || n > 1000 {
				t.Fatalf("UPRIGHT_LOAD_N=%q: want counts from 1 to 1000, comma-separated", v)
			}
			ns = append(ns, n)
		}
	}
	t.Logf("%6s %12s %12s %10s %10s %8s %6s", "N", "CPU/session", "mem/session", "save p50", "save p99", "saves/s", "lost")
	for _, n := range ns {
		r := loadRun(t, n)
		t.Logf("%6d %11.2f%% %9.0f KiB %10v %10v %8.1f %6d", n, r.cpuPerSession*100, r.memPerSession/1024,
			r.p50.Round(10*time.Microsecond), r.p99.Round(10*time.Microsecond), r.savesPerSecond, r.lost)
		if r.lost != 0 {
			t.Errorf("N=%d: %d sets lost", n, r.lost)
		}
	}
}

type loadResult struct {
	cpuPerSession, memPerSession float64
	// savesPerSecond is the saves done over the routines' wall time: the database's throughput
	// once the routines take longer than loadSets × loadSetEvery.
	savesPerSecond float64
	p50, p99       time.Duration
	lost           int
}

// loadClient is one patient: their key, profile and connection.
type loadClient struct {
	profile string
	signer  gossh.Signer
	client  *gossh.Client
	keys    io.Writer
	up      chan struct{} // closed once their home screen has been drawn
}

func loadRun(t *testing.T, n int) loadResult {
	dir := t.TempDir()
	_, tpriv, _ := ed25519.GenerateKey(rand.Reader)
	therapist, _ := gossh.NewSignerFromKey(tpriv)
	list := filepath.Join(dir, "therapists")
	if err := os.WriteFile(list, gossh.MarshalAuthorizedKey(therapist.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	c := &serveCmd{dbOption: dbOption{db: filepath.Join(dir, "u.db")}, listenAddr: "127.0.0.1:0", therapists: list,
		idle: time.Minute, maxConns: n + 10}
	srv, err := c.start(streams{out: io.Discard, err: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.st.Close()
	defer srv.stop()
	clients := enrolLoadClients(t, srv.st, n)

	before := heapNow()
	deadline := time.Now().Add(loadBound)
	var wg sync.WaitGroup
	for _, cl := range clients {
		wg.Add(1)
		go func() { defer wg.Done(); cl.connect(t, srv.addr.String()) }()
	}
	wg.Wait()
	for _, cl := range clients {
		select {
		case <-cl.up:
		case <-time.After(time.Until(deadline)):
			t.Fatalf("N=%d: %s's screens were not drawn within %v", n, cl.profile, loadBound)
		}
	}
	mem := float64(heapNow()-before) / float64(n)

	routine := exercises.MarshalRoutine(exercises.Builtin()[0])
	cpu0, wall0 := cpuNow(), time.Now()
	lat := make([][]time.Duration, n)
	for i, cl := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lat[i] = cl.routine(t, srv.st, routine)
		}()
	}
	wg.Wait()
	wall := time.Since(wall0).Seconds()
	cpu := (cpuNow() - cpu0).Seconds() / wall / float64(n)
	for _, cl := range clients {
		_ = cl.client.Close()
	}
	all := slices.Concat(lat...)
	slices.Sort(all)
	res := loadResult{cpuPerSession: cpu, memPerSession: mem, savesPerSecond: float64(len(all)) / wall}
	if len(all) > 0 {
		res.p50, res.p99 = all[len(all)/2], all[len(all)*99/100]
	}
	for _, cl := range clients {
		recs, _, err := srv.st.Sessions(cl.profile, store.Query{})
		got := 0
		if err == nil && len(recs) == 1 {
			got = recs[0].SetsDone()
		}
		res.lost += loadSets - got
	}
	return res
}

// enrolLoadClients makes n profiles, each with a key enrolled by an invite.
func enrolLoadClients(t *testing.T, st *store.Store, n int) []*loadClient {
	out := make([]*loadClient, n)
	for i := range out {
		name := fmt.Sprintf("patient%03d", i)
		if _, _, err := st.EnsureProfile(name, now()); err != nil {
			t.Fatal(err)
		}
		p, err := st.Profile(name)
		if err != nil {
			t.Fatal(err)
		}
		p.FirstRunDone = true
		if err := st.SaveProfile(p); err != nil {
			t.Fatal(err)
		}
		_, priv, _ := ed25519.GenerateKey(rand.Reader)
		signer, _ := gossh.NewSignerFromKey(priv)
		inv, err := st.CreateInvite(name, now())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Enrol(inv.Code, fingerprint(signer.PublicKey()), now()); err != nil {
			t.Fatal(err)
		}
		out[i] = &loadClient{profile: name, signer: signer, up: make(chan struct{})}
	}
	return out
}

// connect opens the patient's interactive session with a pty, and keeps reading what the server
// draws (as a terminal would) until the connection closes.
func (cl *loadClient) connect(t *testing.T, addr string) {
	client, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: cl.profile, Auth: []gossh.AuthMethod{gossh.PublicKeys(cl.signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 30 * time.Second})
	if err != nil {
		t.Errorf("%s: %v", cl.profile, err)
		close(cl.up)
		return
	}
	cl.client = client
	sess, err := client.NewSession()
	if err == nil {
		cl.keys, err = sess.StdinPipe()
	}
	var stdout io.Reader
	if err == nil {
		stdout, err = sess.StdoutPipe()
	}
	if err == nil {
		err = sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{})
	}
	if err == nil {
		err = sess.Shell()
	}
	if err != nil {
		t.Errorf("%s: %v", cl.profile, err)
		close(cl.up)
		return
	}
	go func() {
		buf, seen, want, up := make([]byte, 8192), "", "upright · "+cl.profile, false
		for {
			k, err := stdout.Read(buf)
			if !up {
				seen += string(buf[:k])
				if up = strings.Contains(seen, want); up {
					seen = ""
					close(cl.up)
				}
			}
			if err != nil {
				if !up {
					close(cl.up)
				}
				return
			}
		}
	}()
}

// routine does loadSets sets at loadSetEvery, a key a second, and returns each save's latency.
func (cl *loadClient) routine(t *testing.T, st *store.Store, routineTOML []byte) []time.Duration {
	s := patientStorage{storage: storage{st}, own: cl.profile}
	start := now()
	rec := record.Record{Version: record.RecordVersion, ID: cl.profile + "-load", Profile: cl.profile,
		Routine: record.RoutineRef{ID: "load", Name: "Load"}, StartedAt: start, Status: record.StatusCompleted,
		Flags: []record.Flag{}, Exercises: []record.ExerciseResult{{ID: "plank", Name: "Plank"}, {ID: "sit-to-stand", Name: "Sit to stand"}}}
	var lat []time.Duration
	tick := time.NewTicker(loadSetEvery / 2)
	defer tick.Stop()
	for set := 1; set <= loadSets; {
		<-tick.C
		if cl.keys != nil {
			_, _ = cl.keys.Write([]byte("j")) // a redraw, as a countdown's second
		}
		ex := &rec.Exercises[set%2]
		sr := record.SetResult{Set: len(ex.Sets) + 1, CompletedAt: now()}
		if set%2 == 0 {
			sr.TargetSeconds, sr.HeldSeconds = 1, 1
		} else {
			sr.TargetReps, sr.Reps = 5, 5
		}
		ex.Sets = append(ex.Sets, sr)
		t0 := time.Now()
		if err := s.SaveCheckpoint(rec, routineTOML); err != nil {
			t.Errorf("%s: set %d: %v", cl.profile, set, err)
		}
		lat = append(lat, time.Since(t0))
		set++
		<-tick.C
		if cl.keys != nil {
			_, _ = cl.keys.Write([]byte("k"))
		}
	}
	rec.EndedAt = now()
	t0 := time.Now()
	if err := s.FinishSession(rec); err != nil {
		t.Errorf("%s: finish: %v", cl.profile, err)
	}
	return append(lat, time.Since(t0))
}

// heapNow is the heap and stacks in use after a collection, in bytes.
func heapNow() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse + ms.StackInuse
}

// cpuNow is the process's user and system CPU time so far.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
