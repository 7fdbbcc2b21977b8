package nav

// Dashboard opens the therapist's dashboard of every patient; on a therapist's connection it is
// where Home leads.
type Dashboard struct{}
