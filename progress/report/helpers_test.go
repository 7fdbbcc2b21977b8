package report

import "upright/progress/internal/testrec"

// The record fixtures shared with progress.
var (
	est     = testrec.EST
	at      = testrec.At
	rec     = testrec.Rec
	ex      = testrec.Ex
	hold    = testrec.Hold
	reps    = testrec.Reps
	skipped = testrec.Skipped
	sided   = testrec.Sided
	with    = testrec.With
	item    = testrec.Item
)
