package kit

import (
	"time"

	"upright/session/record"
)

// Clinic is what the therapist's dashboard reads beyond Storage, on the clinic server: every
// patient's session in progress, the audit log, and invites. Nil everywhere but a therapist's
// connection.
type Clinic interface {
	// InProgress is the unfinished session of every profile that has one, as last checkpointed.
	InProgress() ([]record.Record, error)
	// AuditLog is the log of which key opened which profile, newest first, at most limit lines.
	AuditLog(limit int) ([]AuditLine, error)
	// Invite makes a one-time code that enrols a patient's key with profile.
	Invite(profile string, now time.Time) (code string, expires time.Time, err error)
}

// AuditLine is one entry of the clinic server's audit log.
type AuditLine struct {
	At                   time.Time
	Key, Profile, Action string
}

// InviteKey is i for making an invite code.
func InviteKey(desc string) *Key { return newKey(slotEdit, "i", desc, "i") }

// IntakeKey is e for editing a patient's intake and prescription.
func IntakeKey(desc string) *Key { return newKey(slotChange, "e", desc, "e") }
