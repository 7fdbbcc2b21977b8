package kit

// RoutineSave is a routine the builder stores: its file's source, whose it is, and which saved
// routine it is a change of.
type RoutineSave struct {
	Src []byte
	// Owner is the profile the routine is prescribed for; "" is the clinic's library.
	Owner string
	// Replaces is the id of the saved routine the builder opened, or saved earlier; "" for a
	// routine never saved, whose id must then be free. A new name's id replaces the old id: the
	// old one goes away, and prescriptions of it follow.
	Replaces string
}
