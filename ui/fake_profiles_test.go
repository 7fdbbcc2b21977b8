package ui

import (
	"fmt"
	"slices"
	"sort"
	"time"

	"upright/session/profile"
	"upright/session/record"
)

// The fake store's profiles: kept in memory by name, like the real store's profiles bucket.

func (f *fakeStore) Profiles() ([]profile.Profile, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []profile.Profile
	for _, p := range f.people {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func (f *fakeStore) CreateProfile(name string, now time.Time) (profile.Profile, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := profile.ValidateName(name); err != nil {
		return profile.Profile{}, err
	}
	if _, ok := f.people[name]; ok {
		return profile.Profile{}, fmt.Errorf("a profile called %q already exists; choose another name", name)
	}
	p := profile.Profile{Name: name, DisplayName: name, CreatedAt: now}
	f.putPerson(p)
	return p, nil
}

func (f *fakeStore) SaveProfile(p profile.Profile) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return errFake
	}
	f.putPerson(p)
	f.profileSaves = append(f.profileSaves, p)
	return nil
}

func (f *fakeStore) putPerson(p profile.Profile) {
	if f.people == nil {
		f.people = map[string]profile.Profile{}
	}
	f.people[p.Name] = p
}

func (f *fakeStore) RenameProfile(oldName, newName string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, ok := f.people[oldName]
	if !ok {
		return fmt.Errorf("profile %q: not found", oldName)
	}
	if _, taken := f.people[newName]; taken {
		return fmt.Errorf("a profile called %q already exists; choose another name", newName)
	}
	delete(f.people, oldName)
	if p.DisplayName == oldName {
		p.DisplayName = newName
	}
	p.Name = newName
	f.people[newName] = p
	for i := range f.sessions {
		if f.sessions[i].Profile == oldName {
			f.sessions[i].Profile = newName
		}
	}
	return nil
}

func (f *fakeStore) DeleteProfile(name string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.people[name]; !ok {
		return fmt.Errorf("profile %q: not found", name)
	}
	delete(f.people, name)
	f.sessions = slices.DeleteFunc(f.sessions, func(r record.Record) bool { return r.Profile == name })
	f.deleted = append(f.deleted, name)
	return nil
}

func (f *fakeStore) SetLastProfile(name string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.last = name
	return nil
}
