package record

// Morning is how the morning after the last session felt.
type Morning string

// The answers to the morning-after question.
const (
	MorningNotAsked Morning = ""
	MorningBetter   Morning = "better"
	MorningSame     Morning = "same"
	MorningWorse    Morning = "worse"
)

// RedFlag is one of the check-in questions whose "yes" stops the session.
type RedFlag struct {
	ID   string
	Text string
	// Urgent flags mean stop and get help now; the others mean stop and call a doctor or therapist soon.
	Urgent bool
}

// RedFlags lists the questions of the check-in, in order: the red flags of the osteoporosis
// exercise guidance (Too Fit To Fracture, 2014; Osteoporosis Canada, 2023), with the clinical
// review's additions (both legs, a fall with injury, height loss, back pain with fever, night pain
// or weight loss). New ids are only ever added, so stored check-ins keep validating.
var RedFlags = []RedFlag{
	{ID: "chest-pain", Text: "Chest pain or pressure", Urgent: true},
	{ID: "breathless", Text: "Severe breathlessness", Urgent: true},
	{ID: "dizzy", Text: "Dizziness that does not settle", Urgent: true},
	{ID: "numbness", Text: "New numbness around the groin or inner thighs", Urgent: true},
	{ID: "bladder-bowel", Text: "New trouble controlling bladder or bowel", Urgent: true},
	{ID: "leg-weakness", Text: "New leg weakness", Urgent: true},
	{ID: "both-legs", Text: "Numbness or weakness in both legs", Urgent: true},
	{ID: "fall-injury", Text: "A fall with an injury, or not being able to bear weight after a fall", Urgent: true},
	{ID: "sudden-back-pain", Text: "Sudden new back pain after a bend, lift, cough, sneeze or minor fall", Urgent: false},
	{ID: "lasting-pain", Text: "Pain from exercise lasting more than 2 days", Urgent: false},
	{ID: "height-loss", Text: "Height loss or a growing stoop", Urgent: false},
	{ID: "back-pain-systemic", Text: "Back pain with fever, night pain that does not ease, or unexplained weight loss", Urgent: false},
}

// Checkin holds the answers given before a session. The zero value is the safe default: pain 0, every answer "no".
type Checkin struct {
	Pain     int      `json:"pain"`
	NewPain  bool     `json:"new_pain"`
	Fall     bool     `json:"fall"`
	RedFlags []string `json:"red_flags,omitempty"`
	Morning  Morning  `json:"morning_after,omitempty"`
}

// ExerciseReport is a check-out answer about one exercise.
type ExerciseReport struct {
	Exercise    string `json:"exercise"`
	SharpPain   bool   `json:"sharp_pain,omitempty"`
	Dizziness   bool   `json:"dizziness,omitempty"`
	BalanceLoss bool   `json:"balance_loss,omitempty"`
}

// Checkout holds the answers given after a session.
type Checkout struct {
	Pain    int              `json:"pain"`
	Effort  int              `json:"effort"`
	Note    string           `json:"note"`
	Reports []ExerciseReport `json:"reports,omitempty"`
	// Problem is a "yes" to "did any exercise cause sharp pain, dizziness or a loss of balance?":
	// kept even when no exercise was marked, so the answer is never lost.
	Problem bool `json:"problem,omitempty"`
	// Unfinished is set when the program was stopped (a closed terminal, SIGTERM) before the
	// check-out was done; Unanswered names the questions never answered (CheckoutEffort, …),
	// whose values above are zero and mean nothing.
	Unfinished bool     `json:"unfinished,omitempty"`
	Unanswered []string `json:"unanswered,omitempty"`
}

// The check-out questions, as Checkout.Unanswered names them.
const (
	CheckoutEffort  = "effort"
	CheckoutPain    = "pain"
	CheckoutProblem = "problem"
	CheckoutNote    = "note"
)

// Answered reports whether the check-out question q was answered.
func (c Checkout) Answered(q string) bool {
	for _, u := range c.Unanswered {
		if u == q {
			return false
		}
	}
	return true
}
