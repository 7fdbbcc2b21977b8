package exercises

import "slices"

// Catalog ids that rules elsewhere name.
const (
	FourStageTestID  = "four-stage-balance-test"
	ChairStandTestID = "chair-stand-30s"
	TUGTestID        = "timed-up-and-go"
	StanceTestID     = "single-leg-stance-test"
	HeelDropID       = "heel-drop"
)

// catalog is every card: version 1's, then the strength, balance, impact and safe-movement cards
// and the fall-risk tests of the clinical review, each with the names of its sources.
var catalog = withSources(slices.Concat(catalogV1, catalogV2))

// v1Sources names the sources of version 1's cards, which carried them as tags in their text.
var v1Sources = map[string][]string{
	"plank":                  {SrcConvention, SrcTFTF2014},
	"side-plank":             {SrcConvention, SrcTFTF2014},
	"dead-bug":               {SrcConvention, SrcMayo},
	"mountain-climber":       {SrcConvention, SrcTFTF2014},
	"bicycle-crunch":         {SrcTFTF2014, SrcBHOF, SrcMayo, SrcUK},
	"heel-raise":             {SrcNHS},
	"wall-sit":               {SrcConvention},
	"squat-to-chair":         {SrcOtago, SrcTFTF2014},
	"single-leg-stand":       {SrcConvention, SrcSherrington},
	"bosu-squat":             {SrcConvention, SrcTFTF2014},
	"chest-stretch":          {SrcACSM},
	"hip-flexor-stretch":     {SrcACSM},
	"calf-stretch":           {SrcPodiatry},
	"hamstring-stretch":      {SrcACSM, SrcTFTF2014},
	"back-extension":         {SrcOtago},
	"chin-tuck":              {SrcOtago, SrcTFTF2014},
	"shoulder-blade-squeeze": {SrcConvention, SrcTFTF2014},
	"back-extensor-hold":     {SrcTFTF2014},
	StanceTestID:             {SrcBohannon},
}

func withSources(cat []Exercise) []Exercise {
	for i := range cat {
		if len(cat[i].Sources) == 0 {
			cat[i].Sources = v1Sources[cat[i].ID]
		}
		if cat[i].ID == StanceTestID {
			cat[i].Norms = stanceNorms
		}
	}
	return cat
}

const floorNote = "After a spine fracture, only with a therapist's go-ahead. Get to the floor one knee at a time, spine neutral, and roll onto your side to get up."

var catalogV2 = []Exercise{
	{
		ID: "tandem-stance", Name: "Tandem stance", Category: CategoryBalance, Measure: MeasureHold,
		Dose:        Dose{Sets: 3, Hold: secs(15), Rest: secs(30)},
		DoseNote:    "3 × 15 s at a counter",
		Description: "Stand heel to toe beside a kitchen counter, one foot right in front of the other, and hold steady.",
		Cues: []string{
			"Front heel touches the back toes.",
			"Stand tall, eyes on a fixed point.",
			"One hand on the counter, then fingertips, then none.",
			"Swap which foot is in front each set.",
		},
		Easier:  "Semi-tandem: the instep of one foot beside the big toe of the other.",
		Harder:  "Less hand support, holds toward 30 s, then head turns.",
		Safety:  "Only beside a stable counter, on a clear floor, in proper shoes.",
		Sources: []string{SrcOtago, SrcSherrington, SrcTFTF2014},
	},
	{
		ID: "tandem-walk", Name: "Tandem walk", Category: CategoryBalance, Measure: MeasureReps,
		Dose:        Dose{Sets: 2, Reps: 10, Rest: secs(30)},
		DoseNote:    "2 × 10 steps along a counter",
		Description: "Walk heel to toe along a kitchen counter, one hand on it, for ten steps; turn and walk back.",
		Cues: []string{
			"Look ahead, not at your feet.",
			"Heel to toe, a step at a time.",
			"Hand on the counter, then fingertips.",
			"Tap once for each step.",
		},
		Easier:  "Semi-tandem steps, or a narrow walk with normal steps.",
		Harder:  "Fingertips only, then no hand, always beside the counter.",
		Safety:  "A clear floor and proper shoes; stop and hold the counter if you sway.",
		Sources: []string{SrcOtago, SrcSherrington},
	},
	{
		ID: "wall-push-up", Name: "Wall push-up", Category: CategoryUpperBody, Measure: MeasureReps,
		Dose:        Dose{Sets: 2, Reps: 8, Tempo: Tempo{Up: secs(2), Down: secs(2)}, Rest: secs(60)},
		DoseNote:    "2 × 8, building to 2 × 8–12",
		Description: "Hands on a wall at shoulder height, bend the elbows to bring the chest toward the wall, then push back.",
		Cues: []string{
			"Body in one line from head to heels.",
			"Hands a little wider than the shoulders.",
			"Breathe out as you push away.",
			"Slow down, slow back.",
		},
		Easier:  "Feet closer to the wall.",
		Harder:  "Feet further back, then hands on a kitchen counter; 2 × 12 before the harder version.",
		Safety:  "Stop with shoulder or wrist pain. Use a wall or a counter that cannot move.",
		Sources: []string{SrcTFTF2014, SrcOstCanada},
	},
	{
		ID: "band-row", Name: "Band row", Category: CategoryUpperBody, Measure: MeasureReps,
		Dose:        Dose{Sets: 2, Reps: 8, Tempo: Tempo{Up: secs(2), Down: secs(2)}, Rest: secs(60)},
		DoseNote:    "2 × 8 with an elastic band, building to 2 × 8–12",
		Description: "Sitting or standing tall with an elastic band fixed in front at chest height, pull the elbows back and squeeze the shoulder blades.",
		Cues: []string{
			"Tall spine, no rounding.",
			"Squeeze the shoulder blades back and down.",
			"Elbows close to the body.",
			"Breathe out as you pull.",
		},
		Easier:  "A lighter band, or stand closer to the anchor.",
		Harder:  "A stronger band; 2 × 12 before a stronger one.",
		Safety:  "Fix the band to something that cannot move; never lean back or round forward.",
		Sources: []string{SrcTFTF2014, SrcOstCanada},
	},
	{
		ID: "step-up", Name: "Step-up", Category: CategoryLowerBody, Measure: MeasureReps, Sided: true,
		Dose:        Dose{Sets: 2, Reps: 8, Tempo: Tempo{Up: secs(2), Down: secs(2)}, Rest: secs(60)},
		DoseNote:    "2 × 8 per side, low step with a rail",
		Description: "Holding a rail, step up onto a low step with one foot, stand tall, and step down; then the other leg leads.",
		Cues: []string{
			"The whole foot on the step.",
			"Push through the heel of the leading leg.",
			"Stand tall at the top.",
			"Step down slowly.",
		},
		Easier:  "A lower step and both hands on the rail.",
		Harder:  "A higher step, then a lighter hold on the rail; 2 × 12 before a higher step.",
		Safety:  "Only a stable step with a rail; clear, dry floor.",
		Sources: []string{SrcOtago, SrcTFTF2014},
	},
	{
		ID: "bridge", Name: "Bridge", Category: CategoryLowerBody, Measure: MeasureReps,
		Dose:        Dose{Sets: 2, Reps: 8, Tempo: Tempo{Up: secs(2), Down: secs(2)}, Rest: secs(60)},
		DoseNote:    "2 × 8, building to 2 × 8–12",
		Description: "On your back with knees bent and feet flat, squeeze the buttocks and lift the hips into a line from shoulders to knees, then lower slowly.",
		Cues: []string{
			"Squeeze the buttocks first, then lift.",
			"Lift only to a straight line, no arching.",
			"Head stays on the floor.",
			"Breathe out as you lift.",
		},
		Easier:  "A smaller lift.",
		Harder:  "A 3 s hold at the top, then one leg straightened; 2 × 12 before the harder version.",
		Safety:  floorNote,
		Floor:   true,
		Sources: []string{SrcTFTF2014, SrcOstCanada},
	},
	{
		ID: HeelDropID, Name: "Heel drop", Category: CategoryImpact, Measure: MeasureReps,
		Dose:        Dose{Sets: 2, Reps: 10, Tempo: Tempo{Up: secs(2), Down: secs(1)}, Rest: secs(60)},
		DoseNote:    "2 × 10",
		Description: "Holding a counter, rise onto the toes and drop onto the heels with a firm thump: a small impact that loads the hip bones.",
		Cues: []string{
			"Hold a solid counter.",
			"Rise onto the toes, then let the heels drop.",
			"Knees soft as the heels land.",
			"Build up slowly over weeks.",
		},
		Easier:               "Heel raises without the drop.",
		Harder:               "More drops, up to 2 × 12, then small jumps only with a therapist's go-ahead.",
		Safety:               "Not for anyone with a spine fracture or several low-trauma fractures: upright hides it then. Build up slowly; stop with hip, knee or back pain.",
		Sources:              []string{SrcUK, SrcTFTF2014},
		NotWithSpineFracture: true,
	},
	{
		ID: "hip-hinge", Name: "Hip hinge with a stick", Category: CategorySafeMovement, Measure: MeasureReps,
		Dose:        Dose{Sets: 2, Reps: 8, Tempo: Tempo{Up: secs(3), Down: secs(3)}, Rest: secs(30)},
		DoseNote:    "2 × 8, stick along the back",
		Description: "Holding a stick along your back, push the hips back and tip forward from the hips with the spine straight: the safe way to lift and reach low.",
		Cues: []string{
			"Head, upper back and tailbone touch the stick.",
			"Hips go back, knees bend a little.",
			"Only as far as all three points stay on the stick.",
			"Breathe; stand tall by pushing the hips forward.",
		},
		Easier:  "A smaller hinge, beside a counter.",
		Harder:  "Use it to pick up a light object from a chair; 2 × 12.",
		Safety:  "Never round the back to reach low; stop with back pain.",
		Sources: []string{SrcBHOF, SrcTFTF2015},
	},
	{
		ID: FourStageTestID, Name: "4-stage balance test", Category: CategoryTest, Measure: MeasureStagedHolds,
		Dose:        Dose{Sets: 1, Hold: secs(10), Rest: secs(30)},
		DoseNote:    "up to 4 stances of 10 s",
		Description: "Four stances at a counter, each held 10 s without holding on: feet side by side, semi-tandem, tandem, one leg. The test ends at the first stance you cannot hold.",
		Cues: []string{
			"Beside a counter, hands ready but not on it.",
			"Take the stance, then start the 10 s.",
			"Say when you move your feet or grab the counter: that stance ends the test.",
			"Eyes ahead, stand tall.",
		},
		Easier:  "None: it is a test. If a stance is hard, practise it at the counter.",
		Harder:  "None: it is a test. Progress the balance exercises instead.",
		Safety:  "Someone nearby if you can; only beside a stable counter, on a clear floor. Not holding the tandem stance for 10 s means a raised fall risk: tell your clinician.",
		Sources: []string{SrcSTEADI},
		Stages: []string{
			"Feet side by side",
			"Semi-tandem: the instep of one foot against the big toe of the other",
			"Tandem: heel to toe",
			"One leg",
		},
		Norms: fourStageNorms,
	},
	{
		ID: ChairStandTestID, Name: "30-second chair stand", Category: CategoryTest, Measure: MeasureTimedReps,
		Dose:        Dose{Sets: 1, Hold: secs(30), Rest: secs(30)},
		DoseNote:    "stands in 30 s",
		Description: "From an armless chair against a wall, arms crossed, stand up fully and sit down as many times as you can in 30 s. Tap once for every full stand.",
		Cues: []string{
			"Chair about 43 cm high, against a wall.",
			"Arms crossed on the chest.",
			"Stand all the way up, sit all the way down.",
			"Tap once for each full stand.",
		},
		Easier:  "None: it is a test. If you need your hands to stand, the score is 0: tell your clinician.",
		Harder:  "None: it is a test. Progress squat to chair instead.",
		Safety:  "A chair that cannot slide, against a wall. Stop if you feel dizzy or unsteady.",
		Sources: []string{SrcSTEADI, SrcRikliJones},
		Norms:   chairStandNorms,
	},
	{
		ID: TUGTestID, Name: "Timed Up and Go", Category: CategoryTest, Measure: MeasureStopwatch,
		Dose:        Dose{Sets: 1, Hold: secs(60), Rest: secs(30)},
		DoseNote:    "one timed walk",
		Description: "From sitting: stand up, walk 3 m at your usual pace with your usual aid, turn, walk back and sit down. Start the clock as you begin and stop it when you sit.",
		Cues: []string{
			"Mark 3 m on the floor from the chair.",
			"Usual pace, usual walking aid.",
			"Start on \"go\", stop when your back touches the chair.",
			"Never one test alone: it is read with the others.",
			"The clock stops by itself at 60 s.",
		},
		Easier:  "None: it is a test.",
		Harder:  "None: it is a test.",
		Safety:  "A clear path and proper shoes; someone nearby if you can. 12 s or more means a raised fall risk: tell your clinician.",
		Sources: []string{SrcSTEADI, SrcBohannonTUG},
		Norms:   tugNorms,
	},
}
