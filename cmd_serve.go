package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	gossh "golang.org/x/crypto/ssh"

	"upright/store"
)

var serveCommand = command{name: "serve", usage: "--therapists FILE [--listen ADDR]",
	summary: "the clinic server: patients and therapists\nconnect with ssh, known by their keys",
	new:     func() runner { return &serveCmd{} }}

type serveCmd struct {
	dbOption
	listenAddr, hostKey, therapists string
	idle                            time.Duration
	maxConns                        int
	observe                         *saveObserver // the load test's; nil when serving
}

func (c *serveCmd) flags(fs *flag.FlagSet) {
	c.dbOption.flags(fs)
	fs.StringVar(&c.listenAddr, "listen", "127.0.0.1:2222", "`ADDR` where to accept SSH connections")
	fs.StringVar(&c.hostKey, "host-key", "", "`FILE` the server's private key, made on first start\n(default: beside the database)")
	fs.StringVar(&c.therapists, "therapists", "", "`FILE` therapists' public keys, one a line\n(authorized_keys format)")
	fs.DurationVar(&c.idle, "idle", 30*time.Minute, "`DURATION` close a connection without a key this long,\nbut never while a hold or rest runs (0: never)")
	fs.IntVar(&c.maxConns, "max-connections", 200, "`N` connections at a time; more are turned away")
}

// shutdownGrace is how long commands in progress get to finish once the server stops.
const shutdownGrace = 10 * time.Second

func (c *serveCmd) run(io streams, _ []string) error {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	defer signal.Stop(signals)
	r, err := c.start(io)
	if err != nil {
		return err
	}
	defer r.st.Close()
	defer r.lock.Release()
	var got os.Signal
	select {
	case got = <-signals:
	case err := <-r.served:
		return fmt.Errorf("the server stopped: %v", err)
	}
	fmt.Fprintf(io.out, "upright serve: %v: stopping\n", got)
	r.stop()
	fmt.Fprintln(io.out, "upright serve: stopped")
	if got == syscall.SIGINT {
		return exitCodeError{code: exitInterrupted, err: fmt.Errorf("")}
	}
	return nil
}

// serving is a server that has started.
type serving struct {
	srv    *ssh.Server
	cl     *clinic
	st     *store.Store
	lock   *store.AppLock // held until stopped
	addr   *net.TCPAddr
	served chan error // what Serve returned, when it did
}

// start checks the flags, opens the database, takes the host key and the listening address, and
// starts serving.
func (c *serveCmd) start(io streams) (*serving, error) {
	if c.therapists == "" {
		return nil, usagef("needs --therapists FILE: the therapists' public keys (authorized_keys format)")
	}
	if c.maxConns < 1 {
		return nil, usagef("--max-connections must be at least 1")
	}
	if c.idle < 0 {
		return nil, usagef("--idle must not be negative (0 means never)")
	}
	therapists, err := loadTherapists(c.therapists)
	if err != nil {
		return nil, err
	}
	dbFile, err := dbPath(c.db)
	if err != nil {
		return nil, err
	}
	keyFile := c.hostKey
	if keyFile == "" {
		keyFile = defaultHostKey(dbFile)
	}
	st, err := store.Open(dbFile, store.Options{Timeout: time.Second})
	if err != nil {
		return nil, err
	}
	// The server owns the screens of its database as the app does: one of them at a time.
	lock, err := store.LockApp(dbFile)
	if err != nil {
		_ = st.Close()
		return nil, err
	}
	r, err := c.listen(io, st, dbFile, keyFile, therapists)
	if err != nil {
		_ = lock.Release()
		_ = st.Close()
		return nil, err
	}
	r.lock = lock
	return r, nil
}

func (c *serveCmd) listen(io streams, st *store.Store, dbFile, keyFile string, therapists map[string]bool) (*serving, error) {
	for _, n := range st.Notices() {
		fmt.Fprintln(io.err, "upright: "+n)
	}
	pemBytes, err := hostKey(keyFile)
	if err != nil {
		return nil, err
	}
	signer, err := gossh.ParsePrivateKey(pemBytes)
	if err != nil {
		return nil, fmt.Errorf("--host-key %s: %v", keyFile, err)
	}
	ln, err := net.Listen("tcp", c.listenAddr)
	if err != nil {
		return nil, fmt.Errorf("--listen %s: cannot listen there (%v); choose another address or port", c.listenAddr, oneLineErr(err))
	}
	addr := ln.Addr().(*net.TCPAddr)
	cl := &clinic{dbFile: dbFile, st: st, therapists: therapists, fails: newFailures(500 * time.Millisecond),
		connect: fmt.Sprintf("ssh -p %d <this server>", addr.Port), idle: c.idle, log: io.err, open: map[ssh.Session]bool{}, stopping: make(chan struct{})}
	limit := &connLimit{max: int64(c.maxConns)}
	srv, err := wish.NewServer(
		wish.WithHostKeyPEM(pemBytes),
		// Every key may connect: an unknown one is asked for an invite code and can do nothing
		// else. No password or keyboard-interactive handler is set, so keys are the only way in.
		wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
	)
	if err != nil {
		_ = ln.Close()
		return nil, err
	}
	srv.Handle(cl.handle)
	srv.ConnCallback = func(ctx ssh.Context, conn net.Conn) net.Conn {
		counted := limit.admit(conn)
		if counted == nil {
			return nil
		}
		a := newActivity(now(), c.observe)
		ctx.SetValue(activityKey{}, a)
		if c.idle > 0 {
			go a.watch(ctx, counted, c.idle)
		}
		return counted
	}
	r := &serving{srv: srv, cl: cl, st: st, addr: addr, served: make(chan error, 1)}
	go func() { r.served <- srv.Serve(ln) }()
	fmt.Fprintf(io.out, "upright serve: listening on %s (host key %s); %d therapist key(s); database %s\n",
		addr, gossh.FingerprintSHA256(signer.PublicKey()), len(therapists), dbFile)
	return r, nil
}

// stop stops the server in order: no new connections, interactive sessions told and closed,
// commands given shutdownGrace to finish, then whatever is left cut.
func (r *serving) stop() {
	r.cl.stop()
	ctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := r.srv.Shutdown(ctx); err != nil {
		_ = r.srv.Close()
	}
	_ = r.lock.Release() // no screens are left
}
