package figure

// sets is the pose data of every exercise, keyed by catalog id. It may hold ids the catalog does
// not have yet, so the drawings are ready when the exercises land.
var sets = map[string]Set{
	"plank":                  plankSet(),
	"side-plank":             sidePlankSet(),
	"dead-bug":               deadBugSet(),
	"mountain-climber":       mountainClimberSet(),
	"bicycle-crunch":         bicycleCrunchSet(),
	"heel-raise":             heelRaiseSet(),
	"wall-sit":               wallSitSet(),
	"squat-to-chair":         squatToChairSet(),
	"single-leg-stand":       singleLegStandSet(),
	"bosu-squat":             bosuSquatSet(),
	"chest-stretch":          chestStretchSet(),
	"hip-flexor-stretch":     hipFlexorSet(),
	"calf-stretch":           calfStretchSet(),
	"hamstring-stretch":      hamstringSet(),
	"back-extension":         backExtensionSet(),
	"chin-tuck":              chinTuckSet(),
	"shoulder-blade-squeeze": shoulderBladeSet(),
	"back-extensor-hold":     backExtensorSet(),
	"single-leg-stance-test": stanceTestSet(),

	"four-stage-balance-test": fourStageSet(),
	"chair-stand-30s":         chairStandSet(),
	"timed-up-and-go":         timedUpAndGoSet(),
	"tandem-stance":           tandemStanceSet(),
	"tandem-walk":             tandemWalkSet(),
	"wall-push-up":            wallPushUpSet(),
	"band-row":                bandRowSet(),
	"step-up":                 stepUpSet(),
	"bridge":                  bridgeSet(),
	"heel-drop":               heelDropSet(),
	"hip-hinge":               hipHingeSet(),
}

// For returns the poses of the exercise with the given id, and whether it has any. The props of
// the returned poses are copies, so a caller cannot change the drawing another caller sees.
func For(id string) (Set, bool) {
	s, ok := sets[id]
	if !ok {
		return Set{}, false
	}
	out := Set{Start: clonePose(s.Start), End: clonePose(s.End), Side: s.Side}
	for _, p := range s.Between {
		out.Between = append(out.Between, clonePose(p))
	}
	return out, true
}

// IDs returns every id with poses, in no particular order.
func IDs() []string {
	out := make([]string, 0, len(sets))
	for id := range sets {
		out = append(out, id)
	}
	return out
}

func clonePose(p Pose) Pose {
	p.Props = append([]Prop(nil), p.Props...)
	return p
}
