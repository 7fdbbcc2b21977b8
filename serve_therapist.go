package main

import (
	"errors"
	"slices"
	"time"

	"upright/session/record"
	"upright/store"
	"upright/ui"
	"upright/ui/kit"
)

// A therapist's interactive session: the app on the dashboard of every patient (ui.Options.Clinic),
// with the whole database behind it, as `upright` on the server would have.

// runTherapist runs the dashboard on the session's terminal.
func runTherapist(rs remoteSession) int {
	return rs.runScreens(func() (ui.Options, error) {
		return ui.Options{Now: now, Store: serverStorage{storage{rs.Store}}, Clinic: clinicView{rs.Store}}, nil
	})
}

// serverStorage is the whole database for a therapist's screens, less what belongs to the
// server's own machine: its files and its last-used profile.
type serverStorage struct{ storage }

func (s serverStorage) ExportRoutine(string, []byte) error {
	return errors.New("over the clinic server nothing is written to the server's files; save the routine, then `ssh … routines` shows it")
}

func (s serverStorage) SetLastProfile(string) error { return nil }

// clinicView is the dashboard's view of the store.
type clinicView struct{ st *store.Store }

// InProgress reads every profile's checkpoint; a damaged one is left out, as `upright check`
// reports it.
func (c clinicView) InProgress() ([]record.Record, error) {
	ps, err := c.st.Profiles()
	if err != nil && len(ps) == 0 {
		return nil, err
	}
	var out []record.Record
	for _, p := range ps {
		cp, err := c.st.Checkpoint(p.Name)
		if err == nil && cp != nil {
			out = append(out, cp.Record)
		}
	}
	return out, nil
}

// AuditLog is the newest limit entries, newest first.
func (c clinicView) AuditLog(limit int) ([]kit.AuditLine, error) {
	all, _, err := c.st.AuditLog()
	if err != nil {
		return nil, err
	}
	all = all[max(len(all)-limit, 0):]
	out := make([]kit.AuditLine, len(all))
	for i, e := range all {
		out[i] = kit.AuditLine{At: e.At, Key: e.Key, Profile: e.Profile, Action: e.Action}
	}
	slices.Reverse(out)
	return out, nil
}

func (c clinicView) Invite(profile string, now time.Time) (string, time.Time, error) {
	inv, err := c.st.CreateInvite(profile, now)
	return inv.Code, inv.Expires, err
}
