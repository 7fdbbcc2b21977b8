package store

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"upright/session/profile"
)

// ProfileVersion is the version of the Profile shape.
const ProfileVersion = 1

// MaxNameLen is the longest profile name, in characters.
const MaxNameLen = profile.MaxNameLen

// Profile is one person using upright, as stored: the shared profile data (session.Profile: name,
// prescription, intake, program, readiness) with the version of its shape. Name is the key;
// DisplayName is what screens show.
type Profile struct {
	Version int `json:"version"`
	profile.Profile
	// Extra keeps fields this version does not know (written by a newer upright), so saving a
	// profile here does not drop them.
	Extra map[string]json.RawMessage `json:"-"`
}

// Readiness records the answers to the exercise-readiness questions.
type Readiness = profile.Readiness

type profileFields Profile // without methods, to encode the known fields

// MarshalJSON writes the known fields and then any Extra ones.
func (p Profile) MarshalJSON() ([]byte, error) {
	known, err := json.Marshal(profileFields(p))
	if err != nil || len(p.Extra) == 0 {
		return known, err
	}
	all := map[string]json.RawMessage{}
	if err := json.Unmarshal(known, &all); err != nil {
		return nil, err
	}
	for k, v := range p.Extra {
		if _, ok := all[k]; !ok {
			all[k] = v
		}
	}
	return json.Marshal(all)
}

// UnmarshalJSON reads the known fields and keeps the rest in Extra.
func (p *Profile) UnmarshalJSON(b []byte) error {
	var f profileFields
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		return err
	}
	for _, k := range knownKeys {
		delete(all, k)
	}
	*p = Profile(f)
	if len(all) > 0 {
		p.Extra = all
	}
	return nil
}

// ValidateName checks a profile name: 1 to 40 printable characters, no control characters or
// escape sequences (names are shown on the terminal), no spaces at either end.
func ValidateName(name string) error { return profile.ValidateName(name) }

// knownKeys are the JSON keys of every field Profile knows, embedded ones included.
var knownKeys = jsonKeys(reflect.TypeOf(profileFields{}))

func jsonKeys(t reflect.Type) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if f.Anonymous && tag == "" {
			keys = append(keys, jsonKeys(f.Type)...)
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		keys = append(keys, name)
	}
	return keys
}

func getProfile(tx *bolt.Tx, name string) (Profile, error) {
	key := []byte(name)
	raw := tx.Bucket(bucketProfiles).Get(key)
	if raw == nil {
		return Profile{}, fmt.Errorf("profile %q: %w", name, ErrNotFound)
	}
	var p Profile
	if err := unseal(string(bucketProfiles), key, raw, &p); err != nil {
		return Profile{}, err
	}
	return p, nil
}

func putProfile(tx *bolt.Tx, p Profile) error {
	if p.Version == 0 {
		p.Version = ProfileVersion
	}
	key := []byte(p.Name)
	v, err := seal(string(bucketProfiles), key, p)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketProfiles).Put(key, v)
}

// EnsureProfile returns the profile called name, creating it (created true) when missing.
func (s *Store) EnsureProfile(name string, now time.Time) (p Profile, created bool, err error) {
	if err := ValidateName(name); err != nil {
		return Profile{}, false, err
	}
	err = s.update("create profile "+name, func(tx *bolt.Tx) error {
		key := storedName(tx, name) // a new profile's is the name's one spelling
		p, err = getProfile(tx, key)
		if !errors.Is(err, ErrNotFound) {
			return err
		}
		p = Profile{Version: ProfileVersion, Profile: profile.Profile{Name: key, DisplayName: key, CreatedAt: now}}
		created = true
		return putProfile(tx, p)
	})
	if err != nil {
		return Profile{}, false, err
	}
	return p, created, nil
}

// Profile reads one profile; ErrNotFound when there is none by that name.
func (s *Store) Profile(name string) (p Profile, err error) {
	err = s.view("read profile "+name, func(tx *bolt.Tx) error {
		p, err = getProfile(tx, storedName(tx, name))
		return err
	})
	return p, err
}

// SaveProfile creates or replaces a profile.
func (s *Store) SaveProfile(p Profile) error {
	if err := ValidateName(p.Name); err != nil {
		return err
	}
	return s.update("save profile "+p.Name, func(tx *bolt.Tx) error {
		p.Name = storedName(tx, p.Name)
		return putProfile(tx, p)
	})
}

// Profiles lists every profile by name, ignoring case. A damaged profile is left out and reported by an error
// wrapping ErrDamaged, with the readable profiles still returned.
func (s *Store) Profiles() ([]Profile, error) {
	var out []Profile
	var errs []error
	err := s.view("list profiles", func(tx *bolt.Tx) error {
		out, errs = nil, nil
		return tx.Bucket(bucketProfiles).ForEach(func(k, v []byte) error {
			var p Profile
			if err := unseal(string(bucketProfiles), k, v, &p); err != nil {
				errs = append(errs, err)
				return nil
			}
			out = append(out, p)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	// As a person reads a list of names: "ann" before "Bob", though bytes put capitals first.
	slices.SortStableFunc(out, func(a, b Profile) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.Name, b.Name))
	})
	return out, errors.Join(errs...)
}

// LastProfile is the profile used last; "" when none was recorded.
func (s *Store) LastProfile() (name string, err error) {
	err = s.view("read the last profile", func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketMeta).Get(keyLastProfile)
		if raw == nil {
			return nil
		}
		return unseal(string(bucketMeta), keyLastProfile, raw, &name)
	})
	return name, err
}

// SetLastProfile records the profile used last.
func (s *Store) SetLastProfile(name string) error {
	if err := ValidateName(name); err != nil {
		return err
	}
	return s.update("save the last profile", func(tx *bolt.Tx) error {
		v, err := seal(string(bucketMeta), keyLastProfile, storedName(tx, name))
		if err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyLastProfile, v)
	})
}
