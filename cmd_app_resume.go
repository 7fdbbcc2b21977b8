package main

import "upright/store"

// otherCheckpoint finds an unfinished session of a profile other than the one opening, so that a
// session Cara left is offered to whoever starts upright next, not hidden until Cara does.
func otherCheckpoint(st *store.Store, opening string) (*store.Checkpoint, *store.Profile, error) {
	profiles, err := st.Profiles()
	if err != nil && len(profiles) == 0 {
		return nil, nil, nil // a damaged profile list is reported where profiles are listed
	}
	for i := range profiles {
		p := &profiles[i]
		if p.Name == opening {
			continue
		}
		cp, err := st.Checkpoint(p.Name)
		if err != nil {
			return nil, nil, err
		}
		if cp != nil {
			return cp, p, nil
		}
	}
	return nil, nil, nil
}
