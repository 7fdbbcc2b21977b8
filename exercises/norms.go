package exercises

// NormKind says how a test result is read against a norm's value.
type NormKind string

// The kinds of norms.
const (
	// NormMean is a published mean for the age band: a comparison, not a threshold.
	NormMean NormKind = "mean"
	// NormBelowAverageUnder marks a result under the value as below average for the age band.
	NormBelowAverageUnder NormKind = "below-average-under"
	// NormConcernUnder marks a result under the value as a raised fall risk or a concern.
	NormConcernUnder NormKind = "concern-under"
	// NormConcernFrom marks a result at or above the value as a raised fall risk.
	NormConcernFrom NormKind = "concern-from"
)

// The sexes a norm row can be for; SexAny rows hold for everyone.
const (
	SexAny    = ""
	SexFemale = "female"
	SexMale   = "male"
)

// Norm is one published value a test result is compared with, for an age band (inclusive) and,
// where the source splits them, a sex. A person's own first result stays the main comparison.
type Norm struct {
	Source string   `json:"source"`
	AgeLo  int      `json:"age_from"`
	AgeHi  int      `json:"age_to"`
	Sex    string   `json:"sex,omitempty"`
	Kind   NormKind `json:"kind"`
	Value  float64  `json:"value"`
	// Unit is "s" for times and "stands" or "stages" for counts.
	Unit string `json:"unit"`
	// Approximate says why the comparison is only approximate (the protocol here differs from the
	// study's), or is empty when it is not.
	Approximate string `json:"approximate,omitempty"`
}

// Source names shown to people.
const (
	SrcTFTF2014      = "Too Fit To Fracture, 2014"
	SrcTFTF2015      = "Too Fit To Fracture, 2015"
	SrcConvention    = "Common clinical convention (for therapist review)"
	SrcNHS           = "NHS strength and balance exercises"
	SrcOtago         = "Otago Exercise Programme"
	SrcACSM          = "American College of Sports Medicine"
	SrcMayo          = "Mayo Clinic osteoporosis exercise guidance"
	SrcPodiatry      = "Calf-stretching trial in podiatry"
	SrcUK            = "Strong, Steady and Straight, 2019"
	SrcBHOF          = "Bone Health & Osteoporosis Foundation"
	SrcOstCanada     = "Osteoporosis Canada, 2023"
	SrcBohannon      = "Bohannon 2006, single-leg stance meta-analysis"
	SrcBohannonTUG   = "Bohannon 2006, Timed Up and Go reference values"
	SrcSTEADI        = "CDC STEADI"
	SrcRikliJones    = "Rikli & Jones, Senior Fitness Test"
	SrcSherrington   = "Sherrington 2011"
	SrcSilbernagel   = "Silbernagel 2007, pain-monitoring model"
	SrcPARQPlus      = "PAR-Q+ Collaboration"
	shoesNotBarefoot = "done in shoes here; the study tested barefoot"
)

// stanceNorms are the single-leg stance (eyes open) values. Springer et al. 2007 is left out: its
// values are reported by sex and could not be checked against the paper, so only Bohannon's means
// are shown.
var stanceNorms = []Norm{
	{Source: SrcBohannon, AgeLo: 60, AgeHi: 69, Kind: NormMean, Value: 27.0, Unit: "s", Approximate: shoesNotBarefoot},
	{Source: SrcBohannon, AgeLo: 70, AgeHi: 79, Kind: NormMean, Value: 17.2, Unit: "s", Approximate: shoesNotBarefoot},
	{Source: SrcBohannon, AgeLo: 80, AgeHi: 99, Kind: NormMean, Value: 8.5, Unit: "s", Approximate: shoesNotBarefoot},
	{Source: SrcConvention, AgeLo: 18, AgeHi: 120, Kind: NormConcernUnder, Value: 5, Unit: "s"},
}

// fourStageNorms: not holding the tandem stance (stage 3) for 10 s is a raised fall risk.
var fourStageNorms = []Norm{
	{Source: SrcSTEADI, AgeLo: 60, AgeHi: 120, Kind: NormConcernUnder, Value: 3, Unit: "stages"},
}

// chairStandNorms are the below-average thresholds of the 30-second chair stand.
var chairStandNorms = chairStandRows([][3]int{
	{60, 14, 12}, {65, 12, 11}, {70, 12, 10}, {75, 11, 10}, {80, 10, 9}, {85, 8, 8}, {90, 7, 4},
})

func chairStandRows(rows [][3]int) []Norm {
	var out []Norm
	for _, r := range rows {
		for _, sx := range []struct {
			sex string
			v   int
		}{{SexMale, r[1]}, {SexFemale, r[2]}} {
			out = append(out, Norm{Source: SrcRikliJones + " via " + SrcSTEADI, AgeLo: r[0], AgeHi: r[0] + 4,
				Sex: sx.sex, Kind: NormBelowAverageUnder, Value: float64(sx.v), Unit: "stands"})
		}
	}
	return out
}

// tugNorms: 12 s or more is a fall risk; the means are Bohannon's reference values.
var tugNorms = []Norm{
	{Source: SrcSTEADI, AgeLo: 60, AgeHi: 120, Kind: NormConcernFrom, Value: 12, Unit: "s"},
	{Source: SrcBohannonTUG, AgeLo: 60, AgeHi: 69, Kind: NormMean, Value: 8.1, Unit: "s"},
	{Source: SrcBohannonTUG, AgeLo: 70, AgeHi: 79, Kind: NormMean, Value: 9.2, Unit: "s"},
	{Source: SrcBohannonTUG, AgeLo: 80, AgeHi: 99, Kind: NormMean, Value: 11.3, Unit: "s"},
}
