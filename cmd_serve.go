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
	listen, hostKey, therapists string
	idle                        time.Duration
	maxConns                    int
}

func (c *serveCmd) flags(fs *flag.FlagSet) {
	c.dbOption.flags(fs)
	fs.StringVar(&c.listen, "listen", "127.0.0.1:2222", "`ADDR` where to accept SSH connections")
	fs.StringVar(&c.hostKey, "host-key", "", "`FILE` the server's private key, made on first start\n(default: beside the database)")
	fs.StringVar(&c.therapists, "therapists", "", "`FILE` therapists' public keys, one a line\n(authorized_keys format)")
	fs.DurationVar(&c.idle, "idle", 30*time.Minute, "`DURATION` close a connection silent this long (0: never)")
	fs.IntVar(&c.maxConns, "max-connections", 200, "`N` connections at a time; more are turned away")
}

// shutdownGrace is how long commands in progress get to finish once the server stops.
const shutdownGrace = 10 * time.Second

func (c *serveCmd) run(io streams, _ []string) error {
	if c.therapists == "" {
		return usagef("needs --therapists FILE: the therapists' public keys (authorized_keys format)")
	}
	if c.maxConns < 1 {
		return usagef("--max-connections must be at least 1")
	}
	if c.idle < 0 {
		return usagef("--idle must not be negative (0 means never)")
	}
	therapists, err := loadTherapists(c.therapists)
	if err != nil {
		return err
	}
	dbFile, err := dbPath(c.db)
	if err != nil {
		return err
	}
	st, err := store.Open(dbFile, store.Options{Timeout: time.Second})
	if err != nil {
		return err
	}
	defer st.Close()
	for _, n := range st.Notices() {
		fmt.Fprintln(io.err, "upright: "+n)
	}
	keyFile := c.hostKey
	if keyFile == "" {
		keyFile = defaultHostKey(dbFile)
	}
	pemBytes, err := hostKey(keyFile)
	if err != nil {
		return err
	}
	signer, err := gossh.ParsePrivateKey(pemBytes)
	if err != nil {
		return fmt.Errorf("--host-key %s: %v", keyFile, err)
	}
	ln, err := net.Listen("tcp", c.listen)
	if err != nil {
		return fmt.Errorf("--listen %s: cannot listen there (%v); choose another address or port", c.listen, oneLineErr(err))
	}
	addr := ln.Addr().(*net.TCPAddr)
	cl := &clinic{dbFile: dbFile, st: st, therapists: therapists, fails: newFailures(500 * time.Millisecond),
		connect: fmt.Sprintf("ssh -p %d <this server>", addr.Port), open: map[ssh.Session]bool{}, stopping: make(chan struct{})}
	limit := &connLimit{max: int64(c.maxConns)}
	srv, err := wish.NewServer(
		wish.WithHostKeyPEM(pemBytes),
		// Every key may connect: an unknown one is asked for an invite code and can do nothing
		// else. No password or keyboard-interactive handler is set, so keys are the only way in.
		wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
	)
	if err != nil {
		_ = ln.Close()
		return err
	}
	srv.Handle(cl.handle)
	srv.IdleTimeout = c.idle
	srv.ConnCallback = func(_ ssh.Context, conn net.Conn) net.Conn { return limit.admit(conn) }

	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	defer signal.Stop(signals)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(io.out, "upright serve: listening on %s (host key %s); %d therapist key(s); database %s\n",
		addr, gossh.FingerprintSHA256(signer.PublicKey()), len(therapists), dbFile)

	var got os.Signal
	select {
	case got = <-signals:
	case err := <-served:
		return fmt.Errorf("the server stopped: %v", err)
	}
	// In order: no new connections, interactive sessions told and closed, commands given time to
	// finish, then whatever is left cut.
	fmt.Fprintf(io.out, "upright serve: %v: stopping\n", got)
	cl.stop()
	ctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		_ = srv.Close()
	}
	fmt.Fprintln(io.out, "upright serve: stopped")
	if got == syscall.SIGINT {
		return exitCodeError{code: exitInterrupted, err: fmt.Errorf("")}
	}
	return nil
}
