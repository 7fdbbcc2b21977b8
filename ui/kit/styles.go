package kit

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// palette is small and adaptive so both light and dark terminals stay calm and readable.
var (
	colorText    = lipgloss.AdaptiveColor{Light: "#1f2328", Dark: "#e6edf3"}
	colorMuted   = lipgloss.AdaptiveColor{Light: "#57606a", Dark: "#8b949e"}
	colorAccent  = lipgloss.AdaptiveColor{Light: "#0a6e5c", Dark: "#4fd1b5"}
	colorWarn    = lipgloss.AdaptiveColor{Light: "#9a6700", Dark: "#e3b341"}
	colorDanger  = lipgloss.AdaptiveColor{Light: "#b3261e", Dark: "#ff7b72"}
	colorFlashBg = lipgloss.AdaptiveColor{Light: "#fff1c2", Dark: "#3d2f00"}
)

// Styles holds every style upright uses, by role.
type Styles struct {
	Title     lipgloss.Style
	Subtitle  lipgloss.Style
	Text      lipgloss.Style
	Muted     lipgloss.Style
	Accent    lipgloss.Style
	Selected  lipgloss.Style
	Warn      lipgloss.Style
	Danger    lipgloss.Style
	Banner    lipgloss.Style
	Caution   lipgloss.Style
	Big       lipgloss.Style
	BigPaused lipgloss.Style
	Flash     lipgloss.Style
	Error     lipgloss.Style
	Help      lipgloss.Style
	Box       lipgloss.Style
	BarFull   lipgloss.Style
	BarEmpty  lipgloss.Style

	// Inks of the styles drawn every second of a countdown.
	BigInk, BigPausedInk, BarFullInk, BarEmptyInk Ink
	// Inks of the one-line texts around a countdown (title, where-line, label, cue, next step).
	TitleInk, SubtitleInk, TextInk, MutedInk, AccentInk, FlashInk, WarnInk, ErrorInk, BannerInk Ink
}

// Ink is a colour-only style reduced to the sequences it puts around text. A countdown redraws
// its digits and bar every second, and lipgloss's Render measures, pads and aligns every line it
// is given, which cost more than the rest of the frame; wrapping text in two strings costs
// nothing. Only for styles with no width, padding, margin or border, where the two agree (tested).
type Ink struct {
	open, close string
	style       *lipgloss.Style // for Render's text that is not one plain line
}

func inkOf(st lipgloss.Style) Ink {
	r := st.Render("x")
	i := strings.Index(r, "x")
	return Ink{open: r[:i], close: r[i+1:], style: &st}
}

// Paint styles one line of text; nothing stays nothing.
func (k Ink) Paint(s string) string {
	if s == "" {
		return ""
	}
	return k.open + s + k.close
}

// Render is the style's Render, byte for byte: for one line of text without tabs it is two
// concatenations (lipgloss converts tabs, pads the lines of a block to one width and styles even
// an empty string, so those go to lipgloss).
func (k Ink) Render(s string) string {
	if s == "" || strings.ContainsAny(s, "\t\r\n") {
		if k.style == nil {
			return s
		}
		return k.style.Render(s)
	}
	return k.open + s + k.close
}

// DefaultStyles builds the styles from the palette, for the terminal's colours as they are now.
func DefaultStyles() Styles {
	colorText := resolve(colorText)
	colorMuted := resolve(colorMuted)
	colorAccent := resolve(colorAccent)
	colorWarn := resolve(colorWarn)
	colorDanger := resolve(colorDanger)
	colorFlashBg := resolve(colorFlashBg)
	st := Styles{
		Title:     lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		Subtitle:  lipgloss.NewStyle().Bold(true).Foreground(colorText),
		Text:      lipgloss.NewStyle().Foreground(colorText),
		Muted:     lipgloss.NewStyle().Foreground(colorMuted),
		Accent:    lipgloss.NewStyle().Foreground(colorAccent),
		Selected:  lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		Warn:      lipgloss.NewStyle().Bold(true).Foreground(colorWarn),
		Danger:    lipgloss.NewStyle().Bold(true).Foreground(colorDanger),
		Banner:    lipgloss.NewStyle().Bold(true).Foreground(colorWarn),
		Caution:   lipgloss.NewStyle().Foreground(colorWarn),
		Big:       lipgloss.NewStyle().Bold(true).Foreground(colorAccent),
		BigPaused: lipgloss.NewStyle().Foreground(colorMuted),
		Flash:     lipgloss.NewStyle().Bold(true).Background(colorFlashBg).Foreground(colorText),
		Error:     lipgloss.NewStyle().Bold(true).Foreground(colorDanger),
		Help:      lipgloss.NewStyle().Foreground(colorMuted),
		Box:       lipgloss.NewStyle().Padding(0, 1),
		BarFull:   lipgloss.NewStyle().Foreground(colorAccent),
		BarEmpty:  lipgloss.NewStyle().Foreground(colorMuted),
	}
	st.BigInk, st.BigPausedInk = inkOf(st.Big), inkOf(st.BigPaused)
	st.BarFullInk, st.BarEmptyInk = inkOf(st.BarFull), inkOf(st.BarEmpty)
	st.TitleInk, st.SubtitleInk, st.TextInk = inkOf(st.Title), inkOf(st.Subtitle), inkOf(st.Text)
	st.MutedInk, st.AccentInk, st.FlashInk = inkOf(st.Muted), inkOf(st.Accent), inkOf(st.Flash)
	st.WarnInk, st.ErrorInk, st.BannerInk = inkOf(st.Warn), inkOf(st.Error), inkOf(st.Banner)
	return st
}

// resolve picks the palette colour for the terminal's background and turns it into a colour the
// terminal has, once. Left adaptive and in hex, every render would do both again, and matching a
// hex colour to the nearest of 256 costs more than the rest of a countdown's frame.
func resolve(c lipgloss.AdaptiveColor) lipgloss.TerminalColor {
	r := lipgloss.DefaultRenderer()
	profile := r.ColorProfile()
	if profile == termenv.Ascii {
		return lipgloss.NoColor{} // and no need to ask the terminal for its background
	}
	hex := c.Light
	if r.HasDarkBackground() {
		hex = c.Dark
	}
	switch nearest := profile.Color(hex).(type) {
	case termenv.ANSI256Color:
		return lipgloss.Color(strconv.Itoa(int(nearest)))
	case termenv.ANSIColor:
		return lipgloss.Color(strconv.Itoa(int(nearest)))
	case termenv.NoColor, nil:
		return lipgloss.NoColor{}
	}
	return lipgloss.Color(hex)
}
