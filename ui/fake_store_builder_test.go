package ui

import (
	"os"

	"upright/exercises"
)

// The builder's calls on the fake store: a saved routine joins the ones the picker lists, as in
// the real store, and an export writes the file, so tests read back what a patient would load.

func (f *fakeStore) SaveRoutine(src []byte) (exercises.Routine, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return exercises.Routine{}, errFake
	}
	r, err := exercises.ParseRoutine("builder", src)
	if err != nil {
		return exercises.Routine{}, err
	}
	r.Source = exercises.SourceSaved
	for i, old := range f.saved {
		if old.ID == r.ID {
			f.saved[i] = r
			return r, nil
		}
	}
	f.saved = append(f.saved, r)
	return r, nil
}

func (f *fakeStore) ExportRoutine(path string, src []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return errFake
	}
	return os.WriteFile(path, src, 0o644)
}
