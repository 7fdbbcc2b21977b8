package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// The root model's drawing: the current screen, the key line, any error, fitted to the terminal.

// View draws the current screen, the help line and any error, cut to the terminal.
func (m Model) View() string {
	w, h := m.width, m.height
	if w < 1 || h < 1 {
		return ""
	}
	footer := m.footerView(w)
	bodyHeight := h - lipgloss.Height(footer)
	if m.env.opts.Demo && h >= 3 {
		bodyHeight--
	}
	var body string
	if m.showHelp {
		body = m.fullHelpView(w)
	} else {
		body = m.screenView(w, max(bodyHeight, 0))
	}
	var parts []string
	if m.env.opts.Demo && h >= 3 {
		parts = append(parts, clip(m.env.styles.Banner.Render("DEMO — nothing is saved"), w))
	}
	parts = append(parts, padBlock(fitBlock(body, w, max(bodyHeight, 0)), max(bodyHeight, 0)))
	if bodyHeight >= 0 {
		parts = append(parts, footer)
	}
	return fitBlock(strings.Join(parts, "\n"), w, h)
}

func (m Model) footerView(w int) string {
	var lines []string
	if m.err != "" {
		lines = append(lines, wrap(m.env.styles.Error.Render(clean(m.err)), w)...)
	}
	if m.height >= 3 {
		lines = append(lines, m.shortHelpView())
	}
	return fitBlock(strings.Join(lines, "\n"), w, max(m.height-1, 1))
}

// shortHelpView is the key line for the keys on offer now, rendered again only when they change.
func (m Model) shortHelpView() string {
	bindings := m.env.keys.ShortHelp()
	var b strings.Builder
	b.WriteString(strconv.Itoa(m.env.help.Width))
	for _, k := range bindings {
		if k.Enabled() {
			b.WriteString("\x00" + k.Help().Key + "\x01" + k.Help().Desc)
		}
	}
	if b.String() != m.env.keyLineFor {
		m.env.keyLine, m.env.keyLineFor = m.env.help.ShortHelpView(bindings), b.String()
	}
	return m.env.keyLine
}

func (m Model) fullHelpView(w int) string {
	title := m.env.styles.Title.Render("Keys")
	hm := m.env.help
	hm.Width = w
	return strings.Join([]string{title, "", hm.FullHelpView(m.env.keys.FullHelp()), "",
		m.env.styles.Muted.Render("Press any key to go back.")}, "\n")
}

func (m Model) screenView(w, h int) string {
	switch m.screen {
	case screenWelcome:
		return m.welcome.View(w, h)
	case screenResume:
		return m.resume.View(w, h)
	case screenHome:
		return m.home.View(w, h)
	case screenPicker:
		return m.picker.View(w, h)
	case screenCheckin:
		return m.checkin.View(w, h)
	case screenAdvice:
		return m.advice.View(w, h)
	case screenSession:
		return m.session.View(w, h)
	case screenCheckout:
		return m.checkout.View(w, h)
	case screenSummary:
		return m.summary.View(w, h)
	case screenHistory:
		return m.history.View(w, h)
	case screenCatalog:
		return m.catalog.View(w, h)
	case screenBuilder:
		return m.builder.View(w, h)
	case screenProgress:
		return m.progress.View(w, h)
	case screenProfiles, screenIntake, screenReadiness:
		return m.profileScreenView(w, h)
	}
	return ""
}
