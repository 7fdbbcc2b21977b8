package exercises

import "time"

// secs is a dose's whole seconds. The catalog writes its doses through it, not as n*time.Second,
// so the dose data holds no arithmetic of its own: the one multiplication lives here, where tests
// that read any dose run it.
func secs(n int) time.Duration { return time.Duration(n) * time.Second }

// Tempo conventions in the catalog. A Tempo's Up is the first phase of a rep and Down the second,
// named the way each card names them: heel raise 3 s up / 5 s down, dead bug 3 s out / 3 s back,
// mountain climber 2 s in / 2 s out, and squat to chair 3 s down / 2 s up, so its Up (3 s) is the
// lowering toward the seat and its Down (2 s) the rise. Cards that only say "slow" (standing back
// extension, Bosu ball squat) are paced at a gentle 3 s / 3 s so the app, not the person, sets the
// speed: fast repetitions are what the osteoporosis guidance warns against.
//
// Rests are the lower end of each card's range; "as needed" is 30 s.

// catalog is the clinical content of upright, in the order it is taught: cards drawn from Too Fit
// To Fracture (2014), Osteoporosis Canada (2023) and the UK's Strong, Steady and Straight (2019).
// The version 2 cards follow in catalogV2; catalog joins them.
var catalogV1 = []Exercise{
	{
		ID: "plank", Name: "Plank (incline)", Category: CategoryCore, Measure: MeasureHold,
		Dose:        Dose{Sets: 3, Hold: secs(10), Rest: secs(30)},
		DoseNote:    "3 × 10 s",
		Description: "Body in one straight line, forearms on a kitchen counter or a wall.",
		Cues: []string{
			"Elbows under shoulders.",
			"Ear, shoulder, hip and ankle in one line, no sagging.",
			"Brace gently as if about to cough, and keep breathing.",
			"Eyes just ahead of the hands.",
			"Stop the set when the line breaks.",
		},
		Easier: "Forearms on a wall, feet closer to it.",
		Harder: "Add 5 s at a time up to 30–60 s, then lower the incline: counter, bench, floor on knees, floor on toes.",
		Safety: "After a spine fracture, only with a therapist's go-ahead. At the counter you stay standing; the floor versions come later, getting down one knee at a time and rolling onto your side to get up.",
		Floor:  true,
	},
	{
		ID: "side-plank", Name: "Side plank (wall)", Category: CategoryCore, Measure: MeasureHold, Sided: true,
		Dose:        Dose{Sets: 2, Hold: secs(10), Rest: secs(30)},
		DoseNote:    "2 × 10 s",
		Description: "Standing side-on to a wall with your forearm on it, lift the hips into one line. It works the side of the trunk without any twisting.",
		Cues: []string{
			"Elbow under shoulder.",
			"Head, shoulders, hips and knees in one line.",
			"Lift through the bottom hip.",
			"Breathe.",
		},
		Easier: "Feet closer to the wall.",
		Harder: "Bent-knee side plank on the floor, then straight legs; up to 30–60 s.",
		Safety: "The floor versions need a therapist's go-ahead after a spine fracture; get to the floor one knee at a time and roll onto your side to get up. No twisting variants such as reach-throughs. Stop with shoulder pain. This is the recommended substitute for twisting core work (Too Fit To Fracture, 2014).",
		Floor:  true,
	},
	{
		ID: "dead-bug", Name: "Dead bug (head down)", Category: CategoryCore, Measure: MeasureReps, Sided: true,
		Dose:        Dose{Sets: 2, Reps: 6, Tempo: Tempo{Up: secs(3), Down: secs(3)}, Rest: secs(60)},
		DoseNote:    "2 × 6",
		Description: "On your back with knees bent, slowly move one leg (later the opposite arm) away and back while the trunk stays still.",
		Cues: []string{
			"Head stays on the floor or a pillow: never lift head or shoulders.",
			"Keep the natural low-back curve.",
			"Breathe out as the limb moves away.",
			"Move only as far as the trunk stays still.",
		},
		Easier: "Heel slides: slide one heel along the floor and back.",
		Harder: "Legs in tabletop, then straighten one leg as the opposite arm reaches overhead; up to 2 × 10–12.",
		Safety: "No knee-to-chest pulls (Mayo Clinic). Get to the floor one knee at a time and roll onto your side to get up.",
		Floor:  true,
	},
	{
		ID: "mountain-climber", Name: "Slow mountain climber (incline)", Category: CategoryCore, Measure: MeasureReps, Sided: true,
		Dose:        Dose{Sets: 2, Reps: 5, Tempo: Tempo{Up: secs(2), Down: secs(2)}, Rest: secs(60)},
		DoseNote:    "2 × 5",
		Description: "Hands on a stable counter and body in a plank line, bring one knee slowly in and back, then the other.",
		Cues: []string{
			"Hands on something that cannot slide.",
			"Back long and still.",
			"Hips level, no twist.",
			"About 2 s in, 2 s out.",
			"Breathe out as the knee comes in.",
		},
		Easier: "Standing knee lifts holding the counter.",
		Harder: "Lower hand height, up to 12 per side. Never faster.",
		Safety: "Skip it with a recent or painful spine fracture, or with wrist or shoulder pain.",
		Floor:  true,
	},
	{
		// Not recommended: the dose is only a starting point for a therapist's routine file.
		ID: "bicycle-crunch", Name: "Bicycle crunch", Category: CategoryCore, Measure: MeasureReps,
		Dose:        Dose{Sets: 1, Reps: 6, Rest: secs(60)},
		DoseNote:    "not recommended",
		Description: "Lying on your back, curl the shoulders up and twist an elbow toward the opposite knee. Not recommended with osteoporosis: dead bugs and side planks work the same muscles.",
		Cues: []string{
			"Only if your therapist placed it in your routine.",
			"Move slowly, never fast or in quick repeats.",
			"Keep the twist small, never to end range.",
			"Breathe out as you move; never hold your breath.",
		},
		Easier: "Dead bug (head down), which works the same muscles with the spine still.",
		Harder: "None offered: progress the dead bug and side plank instead.",
		Safety: "Crunching plus twisting, fast and repeated, is on every osteoporosis caution list. Stop at once with any back pain.",
		Status: StatusNotRecommended,
		StatusReason: "Crunching and twisting together stress the front of the spine, which osteoporosis guidance asks you to avoid. " +
			"Do dead bugs and side planks for the same muscles.",
		Floor: true,
	},
	{
		ID: "heel-raise", Name: "Heel raise", Category: CategoryLowerBody, Measure: MeasureReps,
		Dose:        Dose{Sets: 1, Reps: 10, Tempo: Tempo{Up: secs(3), Down: secs(5)}, Rest: secs(60)},
		DoseNote:    "1 × 10",
		Description: "Standing tall and holding a solid counter, rise onto the balls of the feet, then lower slowly.",
		Cues: []string{
			"Feet hip-width apart.",
			"Weight over the big toes.",
			"Knees soft, not locked.",
			"Up for a slow count of 3, down for 5.",
		},
		Easier: "Seated heel raises, or two hands on the counter.",
		Harder: "One hand, then fingertips; 2 × 10–12; then single-leg with support.",
		Safety: "Hold something that cannot move, never a chair.",
	},
	{
		ID: "wall-sit", Name: "Wall sit (shallow)", Category: CategoryLowerBody, Measure: MeasureHold,
		Dose:        Dose{Sets: 3, Hold: secs(15), Rest: secs(30)},
		DoseNote:    "3 × 15 s",
		Description: "Back against a wall with feet about 45 cm forward, slide down a little as if onto a high stool, hold, and slide back up.",
		Cues: []string{
			"Hips stay higher than knees.",
			"Knees over ankles, in line with the toes.",
			"Breathe normally.",
		},
		Easier: "Wall slides without a hold.",
		Harder: "Add 5 s at a time up to 30–60 s, then a little deeper, never below thighs parallel.",
		Safety: "Holds raise blood pressure: check with a clinician if blood pressure or the heart is a concern. Use a non-slip floor and come up by sliding up the wall.",
	},
	{
		ID: "squat-to-chair", Name: `Squat to chair (for "deep squats")`, Category: CategoryLowerBody, Measure: MeasureReps,
		// Up is the first phase the card names (3 s down), Down the second (2 s up).
		Dose:        Dose{Sets: 1, Reps: 8, Tempo: Tempo{Up: secs(3), Down: secs(2)}, Rest: secs(60)},
		DoseNote:    "1 × 8, building to 2 × 8–12",
		Description: "This is how upright teaches deep squats: in front of a sturdy chair set against a wall, push the hips back and bend the knees to lower toward the seat, touch lightly, and stand tall.",
		Cues: []string{
			"Hinge: hips back first, chest up, spine long.",
			"Knees follow the toes.",
			"Go only as low as the back stays straight, hips above knees at first.",
			"Push through the heels and breathe out as you rise.",
		},
		Easier: "A higher seat, hands allowed.",
		Harder: "A lower seat, no hands, slower lowering, then a light weight hugged to the chest.",
		Safety: "No bouncing, no deep bottom position, no weight held at arm's length. Stop if the back rounds.",
	},
	{
		ID: "single-leg-stand", Name: "Single-leg stand", Category: CategoryBalance, Measure: MeasureHold, Sided: true,
		Dose:        Dose{Sets: 3, Hold: secs(10), Rest: secs(30)},
		DoseNote:    "3 × 10 s with a hand on a counter",
		Description: "Stand on one leg beside a kitchen counter, hold steady, then switch.",
		Cues: []string{
			"Stand tall, fingertips ready on the counter.",
			"Eyes on a fixed point.",
			"Standing knee soft.",
			"Touching down or grabbing the counter is fine.",
		},
		Easier: "Weight shifts from foot to foot, then a heel-to-toe stance.",
		Harder: "Less hand support (two hands, one, fingertips, none); longer holds toward 30 s; then head turns or reaching.",
		Safety: "Only beside a stable counter, on a clear floor, in proper shoes.",
	},
	{
		ID: "bosu-squat", Name: "Bosu ball squat", Category: CategoryBalance, Measure: MeasureReps,
		Dose:        Dose{Sets: 2, Reps: 5, Tempo: Tempo{Up: secs(3), Down: secs(3)}, Rest: secs(60)},
		DoseNote:    "therapist-approved only: 2 × 5 shallow, both hands on a counter",
		Description: "Shallow squats standing on a Bosu ball, both hands on a counter. A loaded squat on an unstable surface, so only with a therapist's approval.",
		Cues: []string{
			"Both hands on a counter the whole time.",
			"Someone present.",
			"Shallow squats only, hips well above knees.",
			"Slowly down and slowly up.",
			"Step off at once if you wobble.",
		},
		Easier: "Standing on a folded towel at the counter, or a narrow and staggered stance at the counter.",
		Harder: "None offered: keep it shallow, with both hands on the counter.",
		Safety: "Not for anyone with a fall in the last year, a painful or recent spine fracture, or a single-leg stance under 5 s.",
		Status: StatusTherapistOnly,
		StatusReason: "Therapist-approved only: a loaded squat on an unstable surface, and most fractures follow falls. " +
			"Before it: squat to chair, a narrow and staggered stance at the counter, then standing on a folded towel at the counter. " +
			"Not for anyone with a fall in the last year, a painful or recent spine fracture, or a single-leg stance under 5 s. " +
			"If used: shallow squats, both hands on a counter, someone present.",
	},
	{
		ID: "chest-stretch", Name: "Doorway chest stretch", Category: CategoryFlexibility, Measure: MeasureHold,
		Dose:        Dose{Sets: 2, Hold: secs(30), Rest: secs(15)},
		DoseNote:    "2 × 30 s",
		Description: "Standing in a doorway with forearms on the frame at shoulder height, step one foot through until the chest feels a mild stretch.",
		Cues: []string{
			"Stretch to mild tension only.",
			"Never bounce: ease in and stay still.",
			"Breathe slowly throughout.",
			"Stand tall, chin level, low back not arched.",
		},
		Easier: "A smaller step, or one arm at a time.",
		Harder: "Arms a little higher on the frame; keep to 30–60 s in total.",
		Safety: "Stop with shoulder pain, or tingling or numbness in the arms.",
	},
	{
		ID: "hip-flexor-stretch", Name: "Standing hip flexor stretch", Category: CategoryFlexibility, Measure: MeasureHold, Sided: true,
		Dose:        Dose{Sets: 2, Hold: secs(30), Rest: secs(15)},
		DoseNote:    "2 × 30 s",
		Description: "Holding a counter, step one foot back, tuck the tailbone slightly and shift forward until the front of the back hip feels a mild stretch.",
		Cues: []string{
			"Stretch to mild tension only.",
			"Never bounce: ease in and stay still.",
			"Breathe slowly throughout.",
			"Trunk upright, no leaning back or arching.",
		},
		Easier: "A shorter stride.",
		Harder: "A slightly longer stride with the tailbone tucked a little more; keep to 30–60 s in total.",
		Safety: "Hold a counter that cannot move, never a chair.",
	},
	{
		ID: "calf-stretch", Name: "Calf stretch at the wall", Category: CategoryFlexibility, Measure: MeasureHold, Sided: true,
		Dose:        Dose{Sets: 3, Hold: secs(20), Rest: secs(15)},
		DoseNote:    "3 × 20 s",
		Description: "Hands on a wall, one foot stepped back with the heel down and the knee straight, lean in until the calf feels a mild stretch.",
		Cues: []string{
			"Stretch to mild tension only.",
			"Never bounce: ease in and stay still.",
			"Breathe slowly throughout.",
			"Back heel stays on the floor, toes pointing forward.",
		},
		Easier: "A shorter step back.",
		Harder: "The back foot a little further from the wall.",
		Safety: "Use a non-slip floor; stop with pain in the heel or the back of the knee.",
	},
	{
		ID: "hamstring-stretch", Name: "Lying hamstring stretch with a strap", Category: CategoryFlexibility, Measure: MeasureHold, Sided: true,
		Dose:        Dose{Sets: 2, Hold: secs(30), Rest: secs(15)},
		DoseNote:    "2 × 30 s",
		Description: "On your back with one knee bent, loop a strap around the other foot and raise that leg until the back of the thigh feels a mild stretch. Done lying down, so there is no forward bend.",
		Cues: []string{
			"Stretch to mild tension only.",
			"Never bounce: ease in and stay still.",
			"Breathe slowly throughout.",
			"Head and low back stay relaxed on the floor.",
		},
		Easier: "Keep the raised knee a little bent.",
		Harder: "Straighten the raised knee more, with the other leg flat on the floor.",
		Safety: "Never a standing or seated forward bend or toe touch: the strap replaces them. Get to the floor one knee at a time and roll onto your side to get up.",
		Floor:  true,
	},
	{
		ID: "back-extension", Name: "Standing back extension", Category: CategoryFlexibility, Measure: MeasureReps,
		// The card says "slow": paced at 3 s up, 3 s back.
		Dose:        Dose{Sets: 1, Reps: 5, Tempo: Tempo{Up: secs(3), Down: secs(3)}, Rest: secs(30)},
		DoseNote:    "1 × 5",
		Description: "Standing tall with hands on hips, lift the chest a little and come back: a small, gentle range, not a backbend.",
		Cues: []string{
			"Hands on hips, feet hip-width apart.",
			"Lift the chest a little; the head follows, it does not tip back.",
			"Small, slow range: never bounce.",
			"Breathe out as you lift.",
		},
		Easier: "An even smaller range, with your back near a wall.",
		Harder: "Pause 2 s at the top, up to 12 reps; the range stays small.",
		Safety: "Not a backbend. Stop with sharp pain or dizziness, and stop with pain or tingling down a leg.",
	},
	{
		ID: "chin-tuck", Name: "Chin tuck", Category: CategoryPosture, Measure: MeasureHoldReps,
		Dose:        Dose{Sets: 1, Reps: 5, Hold: secs(5), Rest: secs(30)},
		DoseNote:    "1 × 5, hold 5 s",
		Description: "Sitting or standing tall, draw the chin straight back as if making a double chin, hold, and release. Posture work is daily, 5–10 minutes.",
		Cues: []string{
			"Glide the head straight back, not down.",
			"Eyes stay level.",
			"Hold 3–5 s, then release.",
			"Breathe normally.",
		},
		Easier: "Lying on your back with the head on a pillow.",
		Harder: "Up to 12 reps, and tucks through the day.",
		Safety: "Gentle only: stop with dizziness, neck pain or tingling in the arms.",
	},
	{
		ID: "shoulder-blade-squeeze", Name: "Shoulder-blade setting", Category: CategoryPosture, Measure: MeasureHoldReps,
		Dose:        Dose{Sets: 1, Reps: 8, Hold: secs(5), Rest: secs(30)},
		DoseNote:    "1 × 8, hold 5 s",
		Description: "Sitting or standing tall, spread the collarbones like wings and set the shoulder blades gently back and down, hold, and release. Posture work is daily, 5–10 minutes.",
		Cues: []string{
			"Spread the collarbones like wings.",
			"Shoulders down, away from the ears.",
			"A gentle squeeze, low back not arched.",
			"Hold 3–5 s and keep breathing.",
		},
		Easier: "A smaller squeeze, sitting with your back supported.",
		Harder: "Up to 12 reps; hold the setting while standing at the counter or walking.",
		Safety: "Keep it gentle and pain-free.",
	},
	{
		ID: "back-extensor-hold", Name: "Back-extensor hold (lying on back)", Category: CategoryPosture, Measure: MeasureHoldReps,
		Dose:        Dose{Sets: 1, Reps: 8, Hold: secs(5), Rest: secs(30)},
		DoseNote:    "1 × 8, hold 5 s",
		Description: "On your back with knees bent, press the back of the head and shoulders gently into the floor, hold, and release. Posture work is daily, 5–10 minutes.",
		Cues: []string{
			"Press gently, far from full effort.",
			"Chin slightly tucked.",
			"Keep the natural low-back curve.",
			"Hold 3–5 s and keep breathing.",
		},
		Easier: "A pillow under the head, and a lighter press.",
		Harder: "Up to 12 reps, with the arms out to the sides pressing gently too.",
		Safety: "After a spine fracture, only with a therapist's go-ahead. Get to the floor one knee at a time and roll onto your side to get up.",
		Floor:  true,
	},
	{
		ID: "single-leg-stance-test", Name: "Single-leg stance test", Category: CategoryTest, Measure: MeasureMaxHold, Sided: true,
		// Best of three: three sets per side, each capped at 45 s.
		Dose:        Dose{Sets: 3, Hold: secs(45), Rest: secs(30)},
		DoseNote:    "best of 3, cap 45 s",
		Description: "Stand on one leg beside a counter, eyes open, for as long as you can, up to 45 s. The best of three tries on each side is compared with your own first result.",
		Cues: []string{
			"Fingertips near the counter, not on it.",
			"Eyes open, on a fixed point.",
			"Stop the clock when the lifted foot touches down or you grab the counter.",
			"The clock stops by itself at 45 s.",
		},
		Easier: "If you cannot stand 5 s, practise the single-leg stand with a hand on the counter first.",
		Harder: "None: it is a test. Progress the single-leg stand instead.",
		Safety: "Only beside a stable counter, on a clear floor, in proper shoes. Under 5 s is a common concern threshold: tell your clinician.",
	},
}

// Catalog returns every exercise of the catalog in its teaching order, as a copy the caller may
// change.
func Catalog() []Exercise {
	out := make([]Exercise, len(catalog))
	for i, e := range catalog {
		out[i] = copyExercise(e)
	}
	return out
}

// Lookup returns a copy of the catalog exercise with the given id.
func Lookup(id string) (Exercise, bool) {
	for _, e := range catalog {
		if e.ID == id {
			return copyExercise(e), true
		}
	}
	return Exercise{}, false
}

// IDs returns the catalog's ids in table order.
func IDs() []string {
	out := make([]string, len(catalog))
	for i, e := range catalog {
		out[i] = e.ID
	}
	return out
}

// copyExercise copies e deeply enough that changing the copy never changes e: the slices are the
// only fields that share memory.
func copyExercise(e Exercise) Exercise {
	e.Cues = append([]string(nil), e.Cues...)
	e.Sources = append([]string(nil), e.Sources...)
	e.Stages = append([]string(nil), e.Stages...)
	e.Norms = append([]Norm(nil), e.Norms...)
	return e
}
