package kittest

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"time"

	"upright/exercises"
	"upright/session/profile"
	"upright/session/record"
	"upright/ui/kit"
)

// The fake store's profiles: kept in memory by name, like the real store's profiles bucket.

// Profiles lists the profiles by name.
func (f *FakeStore) Profiles() ([]profile.Profile, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []profile.Profile
	for _, p := range f.People {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// UseProfile records the profile to open next time, after adding it when create is set (refusing
// a name in use, as the store does).
func (f *FakeStore) UseProfile(name string, create bool, now time.Time) (profile.Profile, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, ok := f.People[name]
	switch {
	case create && ok:
		return profile.Profile{}, fmt.Errorf("a profile called %q already exists; choose another name", name)
	case create:
		if err := profile.ValidateName(name); err != nil {
			return profile.Profile{}, err
		}
		p = profile.Profile{Name: name, DisplayName: name, CreatedAt: now}
		f.putPerson(p)
	case !ok:
		return profile.Profile{}, fmt.Errorf("profile %q: not found", name)
	}
	f.Last = name
	return p, nil
}

// SaveProfile stores p and records the save.
func (f *FakeStore) SaveProfile(p profile.Profile) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return ErrFake
	}
	f.putPerson(p)
	f.ProfileSaves = append(f.ProfileSaves, p)
	return nil
}

func (f *FakeStore) putPerson(p profile.Profile) {
	if f.People == nil {
		f.People = map[string]profile.Profile{}
	}
	f.People[p.Name] = p
}

// RenameProfile renames a profile with its sessions and routines.
func (f *FakeStore) RenameProfile(oldName, newName string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, ok := f.People[oldName]
	if !ok {
		return fmt.Errorf("profile %q: not found", oldName)
	}
	if _, taken := f.People[newName]; taken {
		return fmt.Errorf("a profile called %q already exists; choose another name", newName)
	}
	delete(f.People, oldName)
	if p.DisplayName == oldName {
		p.DisplayName = newName
	}
	p.Name = newName
	f.People[newName] = p
	for i := range f.Recs {
		if f.Recs[i].Profile == oldName {
			f.Recs[i].Profile = newName
		}
	}
	f.reassign(oldName, newName)
	return nil
}

// reassign gives from's routines to to ("" is the library), as the real store does.
func (f *FakeStore) reassign(from, to string) {
	for i := range f.Saved {
		if f.Saved[i].Owner == from {
			f.Saved[i].Owner = to
		}
	}
}

// DeleteProfile removes a profile with its sessions; its routines join the library.
func (f *FakeStore) DeleteProfile(name string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.People[name]; !ok {
		return fmt.Errorf("profile %q: not found", name)
	}
	delete(f.People, name)
	f.Recs = slices.DeleteFunc(f.Recs, func(r record.Record) bool { return r.Profile == name })
	f.reassign(name, "")
	f.Deleted = append(f.Deleted, name)
	return nil
}

// The builder's calls on the fake store: a saved routine joins the ones the picker lists, as in
// the real store, and an export writes the file, so tests read back what a patient would load.

// SaveRoutine parses and keeps a routine for its owner, as the real store does: a change of a
// saved routine replaces it (under a new id when renamed), and an id another routine has is
// refused.
func (f *FakeStore) SaveRoutine(save kit.RoutineSave) (exercises.Routine, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return exercises.Routine{}, ErrFake
	}
	r, err := exercises.ParseRoutine("builder", save.Src)
	if err != nil {
		return exercises.Routine{}, err
	}
	r.Source, r.Owner = exercises.SourceSaved, save.Owner
	for _, old := range f.Saved {
		if old.ID == r.ID && old.ID != save.Replaces {
			return exercises.Routine{}, fmt.Errorf("builder: routine %q gets the id %q, which the saved routine %q already has; choose another name", r.Name, r.ID, old.Name)
		}
	}
	f.Saved = slices.DeleteFunc(f.Saved, func(old exercises.Routine) bool { return old.ID == save.Replaces })
	f.Saved = append(f.Saved, r)
	return r, nil
}

// ExportRoutine writes the routine file.
func (f *FakeStore) ExportRoutine(path string, src []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return ErrFake
	}
	return os.WriteFile(path, src, 0o644)
}
