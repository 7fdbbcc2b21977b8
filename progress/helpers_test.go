package progress

import "upright/progress/internal/testrec"

// The record fixtures shared with progress/report.
var (
	est     = testrec.EST
	at      = testrec.At
	rec     = testrec.Rec
	ex      = testrec.Ex
	hold    = testrec.Hold
	reps    = testrec.Reps
	skipped = testrec.Skipped
	early   = testrec.Early
	sided   = testrec.Sided
	with    = testrec.With
	item    = testrec.Item
)
