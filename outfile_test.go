package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "export.csv")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(path, []byte("new contents"), 0o600); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new contents" {
		t.Fatalf("contents %q", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v", fi.Mode())
	}
	if err := writeFileAtomic(filepath.Join(dir, "missing", "x.csv"), []byte("x"), 0o600); err == nil {
		t.Fatal("write into a missing folder succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("folder holds %d entries, want only the export: %v", len(entries), entries)
	}
}

// TestWriteFileAtomicRefusesWhatIsNotAFile: a link, a named pipe and a folder at the path are
// refused with a message naming what they are, and stay what they were.
func TestWriteFileAtomicRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target")
	if err := os.WriteFile(target, []byte("kept"), 0o600); err != nil {
		t.Fatal(err)
	}
	link, fifo, folder := filepath.Join(dir, "link"), filepath.Join(dir, "fifo"), filepath.Join(dir, "folder")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	for path, kind := range map[string]string{link: "a symbolic link", fifo: "a named pipe", folder: "a folder"} {
		before, _ := os.Lstat(path)
		err := writeFileAtomic(path, []byte("new"), 0o600)
		if err == nil || !strings.Contains(err.Error(), "write "+path+": it is "+kind) {
			t.Errorf("%s: %v, want refused as %s", path, err, kind)
		}
		if after, _ := os.Lstat(path); !os.SameFile(before, after) || after.Mode() != before.Mode() {
			t.Errorf("%s was replaced", path)
		}
	}
	if b, _ := os.ReadFile(target); string(b) != "kept" {
		t.Errorf("the link's target holds %q", b)
	}
}
