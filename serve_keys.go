package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// fingerprint is how the server names a public key everywhere (enrolment, audit log): the
// SHA256 form OpenSSH prints, "SHA256:…".
func fingerprint(k gossh.PublicKey) string { return gossh.FingerprintSHA256(k) }

// loadTherapists reads an authorized_keys file: one public key a line, with # comments and
// blank lines. Any line that is not a key is an error naming the file and line, rather than a
// therapist silently locked out.
func loadTherapists(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--therapists %s cannot be read (%v); give a file of therapists' public keys, one a line as in authorized_keys", path, oneLineErr(err))
	}
	keys := map[string]bool{}
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("--therapists %s:%d is not a public key (%v); each line must read like a line of authorized_keys: ssh-ed25519 AAAA… name", path, n+1, oneLineErr(err))
		}
		keys[fingerprint(k)] = true
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("--therapists %s holds no public key; add at least one therapist's key (the .pub file, one a line)", path)
	}
	return keys, nil
}

// hostKey reads the server's private key at path, or makes one (ed25519, mode 0600) when there
// is none: clients remember it, so it is made once and kept.
func hostKey(path string) ([]byte, error) {
	pemBytes, err := os.ReadFile(path)
	if err == nil {
		if _, err := gossh.ParsePrivateKey(pemBytes); err != nil {
			return nil, fmt.Errorf("--host-key %s is not a private key this server can use (%v); move it away to have a new one made, or name another with --host-key", path, oneLineErr(err))
		}
		return pemBytes, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("--host-key %s cannot be read (%v)", path, oneLineErr(err))
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "upright serve")
	if err != nil {
		return nil, err
	}
	pemBytes = pem.EncodeToMemory(block)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("--host-key %s: its folder cannot be made (%v)", path, oneLineErr(err))
	}
	// O_EXCL: two servers started at once keep one key between them, not one each.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return hostKey(path)
	}
	if err != nil {
		return nil, fmt.Errorf("--host-key %s cannot be written (%v)", path, oneLineErr(err))
	}
	_, err = f.Write(pemBytes)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path)
		return nil, fmt.Errorf("--host-key %s cannot be written (%v)", path, oneLineErr(err))
	}
	return pemBytes, nil
}

// defaultHostKey is the host key's place: beside the database the server serves, in the same
// private folder.
func defaultHostKey(dbFile string) string {
	return filepath.Join(filepath.Dir(dbFile), "ssh_host_ed25519_key")
}

func oneLineErr(err error) string {
	return string(bytes.ReplaceAll([]byte(err.Error()), []byte("\n"), []byte(" ")))
}
