package main

import (
	"bufio"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// TestLoadClientProcess is the load test's client process (see TestServeLoad), started by it with
// UPRIGHT_LOAD_PLAN: it connects every client, says "LOAD up" once each has its home screen,
// waits for "go", runs every client's sessions at once (each client its plan.Sessions, one after another) and says "LOAD done" with what each client saw.
func TestLoadClientProcess(t *testing.T) {
	file := os.Getenv("UPRIGHT_LOAD_PLAN")
	if file == "" {
		t.Skip("the load test's client process; TestServeLoad starts it")
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var plan loadPlan
	if err := json.Unmarshal(b, &plan); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(loadBound)
	results := make([]loadClientResult, len(plan.Clients))
	patients := make([]*sshPatient, len(plan.Clients))
	var wg sync.WaitGroup
	dialing := make(chan struct{}, 16) // handshakes at a time, as a backlog would allow
	for i, c := range plan.Clients {
		results[i].Profile = c.Profile
		wg.Go(func() {
			dialing <- struct{}{}
			defer func() { <-dialing }()
			signer, err := gossh.NewSignerFromKey(ed25519.NewKeyFromSeed(c.Seed))
			if err == nil {
				patients[i], err = dialPatient(plan.Addr, c.Profile, signer, 80, 24)
			}
			if err == nil {
				err = patients[i].waitFor("Start today's routine", deadline)
			}
			if err != nil {
				results[i].Err = "connecting: " + err.Error()
			}
		})
	}
	wg.Wait()
	fmt.Println("LOAD up")
	if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
		t.Fatal(err)
	}
	for i, p := range patients {
		if p == nil || results[i].Err != "" {
			continue
		}
		wg.Go(func() {
			time.Sleep(rand.N(loadSpread))
			for k := range plan.Sessions {
				if k > 0 { // from the summary back home, for the next
					if _, err := p.press("\r"); err != nil {
						results[i].Err = err.Error()
						break
					}
					if err := p.waitUntil(func(s string, _ int) bool { return !strings.Contains(s, "Sets done:") }, deadline); err != nil {
						results[i].Err = "back home: " + err.Error()
						break
					}
				}
				sets, err := p.runSession(deadline)
				results[i].Sets += sets
				if err != nil {
					results[i].Err = fmt.Sprintf("session %d: %v", k+1, err)
					break
				}
			}
			p.close()
		})
	}
	wg.Wait()
	out, _ := json.Marshal(results)
	fmt.Println("LOAD done " + string(out))
}

// enterPrompts are the screens a session waits on for enter, by a text each shows: the home's
// start, the check-in's questions, an exercise's brief, and the check-out's questions.
var enterPrompts = []string{"Start today's routine", "Question ", "Press enter or space", "How hard was that session",
	"How much back pain now", "Did any exercise cause", "A note for your therapist"}

// runSession drives a session from the patient's home to its summary, pressing what each screen
// asks for once it shows, and returns the sets the summary counts as done. A hold, a rest or a
// get-ready is waited out without a key.
func (p *sshPatient) runSession(deadline time.Time) (int, error) {
	pressed := "" // the screen when the last key went: the next waits for something else
	for {
		var s string
		if err := p.waitUntil(func(scr string, _ int) bool { s = scr; return scr != pressed }, deadline); err != nil {
			return 0, err
		}
		key := ""
		switch {
		case strings.Contains(s, "Sets done:"):
			if !strings.Contains(s, "Saved") {
				pressed = s // saving: wait for the summary to say so
				continue
			}
			var done, of int
			i := strings.Index(s, "Sets done:")
			if _, err := fmt.Sscanf(s[i:], "Sets done: %d of %d", &done, &of); err != nil {
				return 0, fmt.Errorf("the summary: %v:\n%s", err, s)
			}
			return done, nil
		case strings.Contains(s, "Tap space for each rep"):
			key = " "
		default:
			for _, prompt := range enterPrompts {
				if strings.Contains(s, prompt) {
					key = "\r"
				}
			}
		}
		pressed = s
		if key == "" {
			continue // a clock is running: its next second changes the screen
		}
		time.Sleep(100 * time.Millisecond) // a person reads before pressing
		if _, err := p.press(key); err != nil {
			return 0, err
		}
	}
}
