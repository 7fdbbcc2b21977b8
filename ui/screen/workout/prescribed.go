package workout

import "upright/ui/kit"

// therapistDose tells the person the dose on the brief is their therapist's, not the routine's:
// the check-in applied the intake's dose changes to whichever routine was opened.
func therapistDose(e *kit.Env, id string) string {
	if _, ok := e.Active().Data.DoseOverrides[id]; ok {
		return " · dose from your therapist"
	}
	return ""
}
