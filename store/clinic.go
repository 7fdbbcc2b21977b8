package store

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The clinic server's records: invite codes a therapist makes for a profile, the public keys
// enrolled with them, and an audit log of which key opened which profile. Identity comes from
// keys only, so these three buckets are all the server knows about who a patient is.

// InviteLifetime is how long an invite code can be used after it is made.
const InviteLifetime = 72 * time.Hour

// codeAlphabet leaves out 0, O, 1, I and L, which people read aloud or copy wrongly.
const codeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

// codeLen characters of codeAlphabet give 31^10, about 8·10^14 codes: at five tries a
// connection, slowed down after failures, guessing one of a few live codes is hopeless.
const codeLen = 10

// The ways an invite code can fail. The server tells the patient which, since a used or
// expired code is worth a word with the therapist and tells a guesser nothing.
var (
	// ErrInviteUnknown means no invite has this code.
	ErrInviteUnknown = errors.New("no invite has this code; check it with your therapist")
	// ErrInviteUsed means the code was used already; each code enrols one key.
	ErrInviteUsed = errors.New("this invite code was used already; ask your therapist for a new one")
	// ErrInviteExpired means the code is older than InviteLifetime.
	ErrInviteExpired = errors.New("this invite code has expired; ask your therapist for a new one")
	// ErrKeyEnrolled means the key is bound to a profile already.
	ErrKeyEnrolled = errors.New("this key is enrolled already")
)

// Invite is a code a therapist gives a patient, good once until Expires.
type Invite struct {
	Code    string    // as shown: two groups of five, "ABCDE-FGHJK"
	Profile string    // whom the key that uses it will be
	Expires time.Time // when it stops working
}

// invite is an invite as stored, under the hash of its code: the database never holds a code
// that would work.
type invite struct {
	Profile string    `json:"profile"`
	Created time.Time `json:"created"`
	Expires time.Time `json:"expires"`
	UsedAt  time.Time `json:"used_at,omitzero"`
	UsedBy  string    `json:"used_by,omitempty"` // the fingerprint of the key it enrolled
}

// enrolledKey is a public key bound to a profile.
type enrolledKey struct {
	Profile  string    `json:"profile"`
	Enrolled time.Time `json:"enrolled"`
}

// AuditEntry is one line of the audit log: at At, the key with fingerprint Key did Action
// ("open", "enrol", "report", …) on Profile.
type AuditEntry struct {
	At      time.Time `json:"at"`
	Key     string    `json:"key"`
	Profile string    `json:"profile"`
	Action  string    `json:"action"`
}

// NormalizeCode is a code as typed made comparable: upper case, without spaces or dashes.
func NormalizeCode(code string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '-' || r == '\t':
			return -1
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		}
		return r
	}, code)
}

func codeKey(code string) []byte {
	sum := sha256.Sum256([]byte(NormalizeCode(code)))
	return []byte(hex.EncodeToString(sum[:]))
}

func newCode() (string, error) {
	b := make([]byte, codeLen)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	// 256 is not a multiple of 31: redraw the bytes that would favour the first letters.
	limit := byte(256 - 256%len(codeAlphabet))
	out := make([]byte, 0, codeLen)
	for len(out) < codeLen {
		for _, c := range b {
			if c < limit && len(out) < codeLen {
				out = append(out, codeAlphabet[int(c)%len(codeAlphabet)])
			}
		}
		if _, err := rand.Read(b); err != nil {
			return "", err
		}
	}
	return string(out[:5]) + "-" + string(out[5:]), nil
}

// CreateInvite makes a new single-use code for an existing profile, good for InviteLifetime
// from now. Expired codes are cleared out on the way.
func (s *Store) CreateInvite(profile string, now time.Time) (Invite, error) {
	code, err := newCode()
	if err != nil {
		return Invite{}, fmt.Errorf("make an invite code: %v", err)
	}
	inv := invite{Profile: profile, Created: now.UTC(), Expires: now.Add(InviteLifetime).UTC()}
	err = s.update("create an invite", func(tx *bolt.Tx) error {
		inv.Profile = storedName(tx, profile)
		if tx.Bucket(bucketProfiles).Get([]byte(inv.Profile)) == nil {
			return fmt.Errorf("profile %q: %w", profile, ErrNotFound)
		}
		b := tx.Bucket(bucketInvites)
		var stale [][]byte
		_ = b.ForEach(func(k, v []byte) error {
			var old invite
			if unseal(string(bucketInvites), k, v, &old) == nil && !now.Before(old.Expires) {
				stale = append(stale, append([]byte(nil), k...))
			}
			return nil
		})
		for _, k := range stale {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		key := codeKey(code)
		v, err := seal(string(bucketInvites), key, inv)
		if err != nil {
			return err
		}
		return b.Put(key, v)
	})
	if err != nil {
		return Invite{}, err
	}
	return Invite{Code: code, Profile: profile, Expires: inv.Expires}, nil
}

// Enrol binds the key with this fingerprint to the profile of the invite with this code, and
// uses the code up, in one transaction. It fails with ErrInviteUnknown, ErrInviteUsed,
// ErrInviteExpired (at or after its expiry), ErrKeyEnrolled, or ErrNotFound when the profile
// was deleted since.
func (s *Store) Enrol(code, fingerprint string, now time.Time) (string, error) {
	var profile string
	err := s.update("enrol a key", func(tx *bolt.Tx) error {
		key := codeKey(code)
		raw := tx.Bucket(bucketInvites).Get(key)
		if raw == nil {
			return ErrInviteUnknown
		}
		var inv invite
		if err := unseal(string(bucketInvites), key, raw, &inv); err != nil {
			return err
		}
		switch {
		case !inv.UsedAt.IsZero():
			return ErrInviteUsed
		case !now.Before(inv.Expires):
			return ErrInviteExpired
		case tx.Bucket(bucketKeys).Get([]byte(fingerprint)) != nil:
			return ErrKeyEnrolled
		case tx.Bucket(bucketProfiles).Get([]byte(inv.Profile)) == nil:
			return fmt.Errorf("profile %q: %w", inv.Profile, ErrNotFound)
		}
		inv.UsedAt, inv.UsedBy = now.UTC(), fingerprint
		v, err := seal(string(bucketInvites), key, inv)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketInvites).Put(key, v); err != nil {
			return err
		}
		kv, err := seal(string(bucketKeys), []byte(fingerprint), enrolledKey{Profile: inv.Profile, Enrolled: now.UTC()})
		if err != nil {
			return err
		}
		profile = inv.Profile
		return tx.Bucket(bucketKeys).Put([]byte(fingerprint), kv)
	})
	if errors.Is(err, ErrInviteUnknown) || errors.Is(err, ErrInviteUsed) || errors.Is(err, ErrInviteExpired) || errors.Is(err, ErrKeyEnrolled) {
		return "", unwrapToSentinel(err)
	}
	return profile, err
}

// unwrapToSentinel gives back the clinic sentinel inside err, without the operation's prefix,
// so the line a patient reads is the sentinel's own.
func unwrapToSentinel(err error) error {
	for _, s := range []error{ErrInviteUnknown, ErrInviteUsed, ErrInviteExpired, ErrKeyEnrolled} {
		if errors.Is(err, s) {
			return s
		}
	}
	return err
}

// KeyProfile is the profile the key with this fingerprint is enrolled for; ErrNotFound for a key
// never enrolled, or whose profile has been deleted since.
func (s *Store) KeyProfile(fingerprint string) (string, error) {
	var profile string
	err := s.view("look up a key", func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketKeys)
		var raw []byte
		if b != nil {
			raw = b.Get([]byte(fingerprint))
		}
		if raw == nil {
			return fmt.Errorf("key %s: %w", fingerprint, ErrNotFound)
		}
		var k enrolledKey
		if err := unseal(string(bucketKeys), []byte(fingerprint), raw, &k); err != nil {
			return err
		}
		if tx.Bucket(bucketProfiles).Get([]byte(k.Profile)) == nil {
			return fmt.Errorf("key %s: profile %q: %w", fingerprint, k.Profile, ErrNotFound)
		}
		profile = k.Profile
		return nil
	})
	return profile, err
}
