package store

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// freelistDB writes a database whose freelist lists some pages (sessions were replaced, so old
// pages were freed), and returns its path, its current meta page and its bytes.
func freelistDB(t *testing.T) (string, boltMeta, []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "upright.db") // damaged on purpose: no clean check
	s := mustOpen(t, path)
	for i := range 30 {
		if err := s.FinishSession(record("ann", sid(i), t0.Add(time.Duration(i)*time.Hour), "core")); err != nil {
			t.Fatal(err)
		}
	}
	_ = s.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, found, _ := bestMeta(b)
	if !found || m.freelist == noFreelist {
		t.Fatalf("no freelist page in the test database (%+v)", m)
	}
	return path, m, b
}

// freeIDs is where the freelist page's ids are, and how many.
func freeIDs(t *testing.T, b []byte, m boltMeta) (start, count int) {
	t.Helper()
	p := b[int(m.freelist)*int(m.pageSize):]
	count, start = int(binary.NativeEndian.Uint16(p[10:])), boltPageHeader
	if count == 0xFFFF {
		count, start = int(binary.NativeEndian.Uint64(p[boltPageHeader:])), boltPageHeader+8
	}
	if count == 0 {
		t.Fatal("the freelist lists no pages")
	}
	return int(m.freelist)*int(m.pageSize) + start, count
}

// TestFreelistNamingALivePageIsRefused: a freelist entry that names the root page (or any
// other page in use) would let the next write overwrite live records.
func TestFreelistNamingALivePageIsRefused(t *testing.T) {
	for _, tt := range []struct {
		name string
		id   func(m boltMeta) uint64
	}{
		{"a live tree page", func(m boltMeta) uint64 { return m.root }},
		{"the freelist page itself", func(m boltMeta) uint64 { return m.freelist }},
		{"a header page", func(boltMeta) uint64 { return 1 }},
		{"a page past the end", func(m boltMeta) uint64 { return m.pgid + 5 }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path, m, b := freelistDB(t)
			start, _ := freeIDs(t, b, m)
			binary.NativeEndian.PutUint64(b[start:], tt.id(m))
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Open(path, Options{})
			if err == nil {
				_ = s.Close()
				t.Fatal("a freelist naming a page in use was trusted")
			}
			if !errors.Is(err, ErrDamaged) {
				t.Fatalf("want the damage error, got %v", err)
			}
		})
	}
}

// TestFreelistThatLostAPageIsReported: a count cut short leaves a page neither used nor free.
// That is lost space, not danger (bbolt never hands the page out), and bbolt itself leaves such
// pages, so writes go on; Check reports it, and no session is lost.
func TestFreelistThatLostAPageIsReported(t *testing.T) {
	path, m, b := freelistDB(t)
	_, count := freeIDs(t, b, m)
	if count >= 0xFFFF {
		t.Skip("freelist too long for this test")
	}
	binary.NativeEndian.PutUint16(b[int(m.freelist)*int(m.pageSize)+10:], uint16(count-1))
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	s := mustOpen(t, path)
	if err := s.FinishSession(record("ann", "late", t0.Add(48*time.Hour), "core")); err != nil {
		t.Fatal(err)
	}
	if n, err := s.CountSince("ann", t0); err != nil || n != 31 {
		t.Fatalf("ann has %d sessions, %v; want 31", n, err)
	}
	if probs, err := s.Check(); err != nil || len(probs) == 0 {
		t.Fatalf("check of a file with a lost page: %v %v; want it reported", probs, err)
	}
}

// TestSoundFreelistOpens: the checks accept what bbolt itself writes.
func TestSoundFreelistOpens(t *testing.T) {
	path, _, _ := freelistDB(t)
	s := mustOpen(t, path)
	probs, err := s.Check()
	if err != nil || len(probs) > 0 {
		t.Fatal(probs, err)
	}
}
