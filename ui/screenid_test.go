package ui

import (
	"fmt"

	"upright/ui/screen/workout"
)

// screenID names the screens, for tests that check where the root has moved to.
type screenID string

const (
	screenWelcome   screenID = "home.welcomeModel"
	screenResume    screenID = "home.resumeModel"
	screenHome      screenID = "home.homeModel"
	screenPicker    screenID = "home.pickerModel"
	screenCheckin   screenID = "checkin.checkinModel"
	screenGate      screenID = "checkin.gateModel"
	screenAdvice    screenID = "checkin.adviceModel"
	screenReadiness screenID = "checkin.readinessModel"
	screenSession   screenID = "workout.sessionModel"
	screenCheckout  screenID = "workout.sessionModel (check-out)"
	screenSummary   screenID = "workout.summaryModel"
	screenHistory   screenID = "history.historyModel"
	screenCatalog   screenID = "catalog.catalogModel"
	screenBuilder   screenID = "builder.builderModel"
	screenProgress  screenID = "progress.progressModel"
	screenProfiles  screenID = "profiles.profilesModel"
	screenIntake    screenID = "profiles.intakeModel"
)

// screen is the screen showing: the session screen counts as the check-out once its engine is
// done, as the check-out is the session's last part.
func (h *harness) screen() screenID { return screenOf(h.m) }

func screenOf(m Model) screenID {
	if eng, _, ok := workout.Engine(m.screen); ok && eng.Done() {
		return screenCheckout
	}
	return screenID(fmt.Sprintf("%T", m.screen))
}
