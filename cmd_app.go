package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"upright/exercises"
	"upright/store"
	"upright/ui"
	"upright/ui/display"
)

var appCommand = command{usage: "[flags]", summary: "the app, on the default database",
	new: func() runner { return &appCmd{} }}

// appCmd is upright without a command: the guided sessions and every screen.
type appCmd struct {
	dbOption
	profileOption
	routine                     string
	demo, quiet, voice, version bool
}

func (c *appCmd) flags(fs *flag.FlagSet) {
	c.dbOption.flags(fs)
	c.profileOption.flags(fs)
	fs.StringVar(&c.routine, "routine", "", "`ID|FILE` start straight into this routine")
	fs.BoolVar(&c.demo, "demo", false, "demonstrate: nothing is saved, and the screen says so")
	fs.BoolVar(&c.quiet, "quiet", false, "no bell")
	fs.BoolVar(&c.voice, "voice", false, "speak cues with espeak-ng, spd-say or say")
	fs.BoolVar(&c.version, "version", false, "print the version")
}

func (c *appCmd) run(io streams, _ []string) error {
	if c.version {
		_, err := fmt.Fprintln(io.out, "upright "+version)
		return err
	}
	opts := ui.Options{Demo: c.demo, Quiet: c.quiet, Voice: c.voice, Profile: c.profile, Now: now}
	if c.voice && ui.SpeechProgram() == "" {
		// Said once, on the first screen, where the person will read it.
		opts.Notice = "--voice: no speech program found (install espeak-ng); cues stay on screen and the bell"
		opts.Voice = false
	}
	var st *store.Store
	if !c.demo {
		var err error
		if st, err = openForWriting(c.db); err != nil {
			return err
		}
		defer st.Close()
		// Before the checkpoint is read and the terminal is taken: another app's live session
		// would be offered as unfinished here.
		lock, err := store.LockApp(st.Path())
		if err != nil {
			return err
		}
		defer lock.Release()
		for _, n := range st.Notices() {
			fmt.Fprintln(io.err, "upright: "+n)
		}
		if err := loadProfile(c.profileOption, st, &opts); err != nil {
			return err
		}
	}
	if c.routine != "" {
		r, err := findRoutine(c.routine, st)
		if errors.Is(err, errNoRoutine) && st == nil {
			// A demonstration opens no database, but may still show a saved routine: look it up
			// read-only, and let go of the file at once.
			r, err = findSavedReadOnly(c.db, c.routine)
		}
		if err != nil {
			return err
		}
		opts.Routine = &r
	}
	return runProgram(opts, st)
}

// loadProfile fills the options with what the profile's first screen needs.
func loadProfile(o profileOption, st *store.Store, opts *ui.Options) error {
	name, err := profileName(o, st)
	if err != nil {
		return err
	}
	p, _, err := st.EnsureProfile(name, now())
	if err != nil {
		return err
	}
	if err := st.SetLastProfile(name); err != nil {
		return err
	}
	return openProfile(st, p, opts)
}

// openProfile fills the options with what profile p's first screen needs: its data, and the
// session it left unfinished.
func openProfile(st *store.Store, p store.Profile, opts *ui.Options) error {
	name := p.Name
	opts.Profile, opts.FirstRun, opts.AgeBand = p.Name, !p.FirstRunDone, p.AgeBand
	opts.ProfileData = p.Profile
	opts.Store = storage{st}
	cp, err := st.Checkpoint(name)
	if err != nil {
		return err
	}
	var owner *store.Profile
	if cp == nil {
		// Another profile's unfinished session is offered too, named as theirs (issue 18).
		if cp, owner, err = otherCheckpoint(st, name); err != nil {
			return err
		}
	}
	if cp != nil {
		r, err := exercises.ParseStored("unfinished session", cp.RoutineTOML)
		if err != nil {
			if br, ok := exercises.BuiltinRoutine(cp.Record.Routine.ID); ok {
				r, err = br, nil
			}
		}
		if err != nil {
			return fmt.Errorf("the unfinished session's routine cannot be read (%v); run with --demo, or check the database with `upright check`", err)
		}
		r.ID = cp.Record.Routine.ID
		opts.Resume = &ui.Resumable{Record: cp.Record, Routine: r}
		if owner != nil {
			opts.Resume.Owner = &owner.Profile
		}
	}
	return nil
}

// findRoutine resolves --routine: a built-in id, a saved id, or a routine file.
func findRoutine(arg string, st *store.Store) (exercises.Routine, error) {
	var saved []exercises.Routine
	if _, builtin := exercises.Resolve(arg, nil); !builtin && st != nil {
		var err error
		if saved, _, err = st.Routines(); err != nil {
			return exercises.Routine{}, err
		}
	}
	if r, ok := exercises.Resolve(arg, saved); ok {
		return r, nil
	}
	if _, err := os.Stat(arg); err == nil {
		r, _, err := readRoutineFile(arg)
		return r, err
	}
	return exercises.Routine{}, fmt.Errorf("no routine or routine file %q: %w", arg, errNoRoutine)
}

// errNoRoutine is a --routine that names no built-in, saved routine or file.
var errNoRoutine = errors.New("see `upright routines`")

// runProgram runs the screens and makes sure whatever was done is saved, however they end.
func runProgram(opts ui.Options, st *store.Store) error {
	term, err := display.Open(os.Stdin, os.Stdout)
	if err != nil {
		return err
	}
	defer term.Close()
	return runOn(term, opts, st, handleSignals)
}

// runOn runs the screens on term, locally or over SSH; stopOn sends the program ui.Shutdown when
// whatever should stop it happens (a signal, a closed connection), until its stop is called.
func runOn(term *display.Terminal, opts ui.Options, st *store.Store, stopOn func(p *tea.Program) (stop func())) error {
	opts.Bell = term
	opts.Suspend = term.Suspend
	// The guard is outermost: the view is drawn inside the display's Update, so a bug in a view
	// or in drawing it is caught there too.
	app := ui.New(opts)
	g := newGuard(term.Wrap(injectPanics(app)))
	// No bubbletea renderer: it draws on a frame clock, waking the process every frame and holding
	// each change until the next one; display draws each view the moment it changes.
	p := tea.NewProgram(g, tea.WithoutRenderer(), tea.WithInput(term.Input()), tea.WithoutSignalHandler())
	g.state.send = p.Send
	stop := stopOn(p)
	defer stop()
	stopSize := term.WatchSize(p.Send)
	defer stopSize()
	_, err := p.Run()
	// The root model keeps what it owns behind a pointer every copy shares, so the model built
	// here answers for the last one the program held.
	interrupted := app.Interrupted()
	if rec := app.Unsaved(); rec != nil && st != nil {
		if serr := st.FinishSession(*rec); serr != nil {
			// The store's error already says what it was doing ("save the session: …").
			if errors.Is(serr, store.ErrNoDatabase) {
				// The file is gone (its folder deleted mid-session), and the checkpoint with it:
				// nothing will be offered next time.
				return fmt.Errorf("%w; this session was not saved", serr)
			}
			return fmt.Errorf("%w; your finished sets are still in the checkpoint and will be offered next time", serr)
		}
	}
	switch {
	case g.panicked() != nil || errors.Is(err, tea.ErrProgramPanic):
		return fmt.Errorf("stopped on an internal error (%v); your finished sets are kept and will be offered next time (please report this)", g.panicked())
	case err != nil:
		return fmt.Errorf("terminal: %w", err)
	case interrupted:
		return exitCodeError{code: exitInterrupted, err: errors.New("")}
	}
	return nil
}

// handleSignals turns SIGINT, SIGTERM and SIGHUP (a closed terminal window, which bubbletea v1
// does not handle) into an orderly shutdown that keeps what was done; a second signal, or a
// program that does not stop within a few seconds, kills it.
func handleSignals(p *tea.Program) (stop func()) {
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			if sig == syscall.SIGINT {
				p.Send(ui.Shutdown())
			} else {
				p.Send(ui.Hangup()) // nobody chose to stop: a session under way stays resumable
			}
		case <-done:
			return
		}
		select {
		case <-ch:
		case <-time.After(3 * time.Second):
		case <-done:
			return
		}
		p.Kill()
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// findSavedReadOnly looks routine up among the saved routines without writing to the database.
func findSavedReadOnly(db, routine string) (exercises.Routine, error) {
	st, err := openForReading(db)
	if err != nil {
		return exercises.Routine{}, fmt.Errorf("no built-in routine or routine file %q, and the saved routines cannot be read: %w", routine, err)
	}
	defer st.Close()
	return findRoutine(routine, st)
}
