package ui

import "github.com/charmbracelet/bubbles/key"

// keyMap declares every key upright answers to, once (DESIGN.md, "Keys"). Screens enable the
// bindings that apply to them with enableFor, and the help line is generated from what is enabled.
type keyMap struct {
	Enter     key.Binding
	Space     key.Binding
	Up        key.Binding
	Down      key.Binding
	Pause     key.Binding
	Skip      key.Binding
	Back      key.Binding
	EndNow    key.Binding
	Undo      key.Binding
	MoreRest  key.Binding
	LessRest  key.Binding
	SkipAll   key.Binding
	Pain      key.Binding
	Digit     key.Binding
	Lower     key.Binding
	Higher    key.Binding
	Yes       key.Binding
	No        key.Binding
	Presenter key.Binding
	Help      key.Binding
	Quit      key.Binding
	Escape    key.Binding
	ForceQuit key.Binding
	// Period, PrevItem, NextItem, PageUp and PageDown move through history and progress.
	Period   key.Binding
	PrevItem key.Binding
	NextItem key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	// Adjust, Add, Remove, Move, Save and Export compose a routine in the builder.
	Adjust key.Binding
	Add    key.Binding
	Remove key.Binding
	Move   key.Binding
	Save   key.Binding
	Export key.Binding
	// Change opens a saved routine in the builder, from the routine picker.
	Change key.Binding
	// Rename, Edit, NextField and PrevField manage profiles and move through the intake form.
	Rename    key.Binding
	Edit      key.Binding
	NextField key.Binding
	PrevField key.Binding
}

func defaultKeyMap() keyMap {
	return keyMap{
		Enter:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "continue")),
		Space:     key.NewBinding(key.WithKeys(" "), key.WithHelp("space", "start")),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
		Pause:     key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "pause")),
		Skip:      key.NewBinding(key.WithKeys("n", "right"), key.WithHelp("n", "skip")),
		Back:      key.NewBinding(key.WithKeys("b", "left"), key.WithHelp("b", "back")),
		EndNow:    key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "end set")),
		Undo:      key.NewBinding(key.WithKeys("u", "backspace"), key.WithHelp("u", "undo")),
		MoreRest:  key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "15s more")),
		LessRest:  key.NewBinding(key.WithKeys("-", "_"), key.WithHelp("-", "15s less")),
		SkipAll:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip exercise")),
		Pain:      key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "report pain")),
		Digit:     key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0-9 ←→", "rate")),
		Lower:     key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←", "less")),
		Higher:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→", "more")),
		Yes:       key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:        key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "no")),
		Presenter: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "big view")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Escape:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		Period:    key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", "period")),
		PrevItem:  key.NewBinding(key.WithKeys("left", "shift+tab"), key.WithHelp("←", "previous")),
		NextItem:  key.NewBinding(key.WithKeys("right", "tab"), key.WithHelp("→/tab", "next")),
		PageUp:    key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		Adjust:    key.NewBinding(key.WithKeys("left", "right", "h", "l", "-", "+"), key.WithHelp("←→", "change")),
		Add:       key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add")),
		Remove:    key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "remove")),
		Move:      key.NewBinding(key.WithKeys("K", "J", "shift+up", "shift+down"), key.WithHelp("K/J", "move")),
		Save:      key.NewBinding(key.WithKeys("w", "ctrl+s"), key.WithHelp("w", "save")),
		Export:    key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "export")),
		Change:    key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit in the builder")),
		Rename:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "rename")),
		Edit:      key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "intake")),
		NextField: key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab/↓", "next field")),
		PrevField: key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("↑", "previous field")),
	}
}

// defaultHelp is every binding's label as declared, in the order of all(): only() runs after
// every message (each tick of a countdown), so the labels are read once, not rebuilt each time.
var defaultHelp = func() []key.Help {
	k := defaultKeyMap()
	var out []key.Help
	for _, b := range k.all() {
		out = append(out, b.Help())
	}
	return out
}()

// all lists every binding, for enabling and disabling them together.
func (k *keyMap) all() []*key.Binding {
	return []*key.Binding{&k.Enter, &k.Space, &k.Up, &k.Down, &k.Pause, &k.Skip, &k.Back, &k.EndNow,
		&k.Undo, &k.MoreRest, &k.LessRest, &k.SkipAll, &k.Pain, &k.Digit, &k.Lower, &k.Higher, &k.Yes,
		&k.No, &k.Presenter, &k.Help, &k.Quit, &k.Escape, &k.ForceQuit, &k.Period, &k.PrevItem, &k.NextItem,
		&k.PageUp, &k.PageDown, &k.Adjust, &k.Add, &k.Remove, &k.Move, &k.Save, &k.Export,
		&k.Change, &k.Rename, &k.Edit, &k.NextField, &k.PrevField}
}

// only enables the given bindings (plus help and the quit keys, which work everywhere) and
// disables the rest, so a screen's help line shows exactly what it answers to.
// Screens relabel the bindings they show ("space: count rep"); only first puts every label back,
// so one screen's wording never leaks onto the next.
func (k *keyMap) only(enabled ...*key.Binding) {
	for i, b := range k.all() {
		b.SetHelp(defaultHelp[i].Key, defaultHelp[i].Desc)
		b.SetEnabled(false)
	}
	for _, b := range enabled {
		b.SetEnabled(true)
	}
	k.Help.SetEnabled(true)
	k.Quit.SetEnabled(true)
	k.ForceQuit.SetEnabled(true)
}

// relabel changes a binding's help text for the screen at hand ("space: count rep").
func relabel(b *key.Binding, desc string) {
	b.SetHelp(b.Help().Key, desc)
}

// shortHelp is the one-line help: the screen's enabled keys, in a fixed order.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Enter, k.Space, k.Pause, k.Skip, k.Back, k.EndNow, k.Undo, k.MoreRest,
		k.LessRest, k.Digit, k.Yes, k.No, k.Period, k.PrevItem, k.NextItem, k.Adjust, k.Add, k.Remove,
		k.Move, k.Save, k.Export, k.Change, k.Rename, k.Edit, k.NextField, k.PrevField, k.Up, k.Down, k.Escape, k.Help, k.Quit}
}

// FullHelp groups every enabled key for the ? screen.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Enter, k.Space, k.Up, k.Down, k.Escape},
		{k.Pause, k.Skip, k.Back, k.EndNow, k.SkipAll},
		{k.Undo, k.MoreRest, k.LessRest, k.Pain, k.Presenter},
		{k.Digit, k.Lower, k.Higher, k.Yes, k.No},
		{k.Period, k.PrevItem, k.NextItem, k.PageUp, k.PageDown},
		{k.Adjust, k.Add, k.Remove, k.Move, k.Save, k.Export, k.Change},
		{k.Rename, k.Edit, k.NextField, k.PrevField},
		{k.Help, k.Quit, k.ForceQuit},
	}
}
