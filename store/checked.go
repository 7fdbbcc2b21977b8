package store

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
)

// Walking the page tree at open (pagewalk.go) keeps a damaged file from crashing upright, but it
// reads every page. A file that has not changed since it was last walked, or since upright itself
// last wrote it, does not need walking again. The stamp below identifies one state of the file:
// any write, copy, restore or replacement changes its inode, size, change time or transaction id
// (a tool can set the modification time back, but not the change time). Damage that changes none
// of them, such as bits rotting on the disk between two runs, is left to `upright check`, which
// always walks.
//
// A stamp is only ever written for a state a walk found sound, or for the state a committed write
// of this upright left, when the state before it was itself known sound (handle.go). A read-only
// store and Check write none.

// fileStamp is one state of the database file.
type fileStamp struct {
	Dev   uint64 `json:"dev"`
	Ino   uint64 `json:"ino"`
	Size  int64  `json:"size"`
	Ctime int64  `json:"ctime_ns"`
	Mtime int64  `json:"mtime_ns"`
	Txid  uint64 `json:"txid"`
}

// stampOf reads the stamp of an open file whose current meta page says txid.
func stampOf(fi os.FileInfo, txid uint64) (fileStamp, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileStamp{}, false
	}
	return fileStamp{Dev: uint64(st.Dev), Ino: st.Ino, Size: fi.Size(), Ctime: st.Ctim.Nano(),
		Mtime: st.Mtim.Nano(), Txid: txid}, true
}

// checkedPath is where the stamp of the last good state is kept: hidden, beside the database.
func checkedPath(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".checked")
}

// alreadyChecked reports whether the file is in the state last found sound.
func alreadyChecked(path string, now fileStamp) bool {
	b, err := os.ReadFile(checkedPath(path))
	if err != nil {
		return false
	}
	var was fileStamp
	return json.Unmarshal(b, &was) == nil && was == now
}

// stampSize is the fixed length of the stamp file: the JSON, padded with spaces.
const stampSize = 256

// writeChecked records stamp as a sound state of the file. It is only a cache: it is written
// without fsync, and a lost, partial or unwritable one only means the next open walks again.
//
// It is rewritten in place at a fixed size, not written aside and renamed: ext4 flushes a file
// renamed over another at once, which cost more than the transaction itself (BENCHMARKS.md). A
// torn write cannot certify a wrong state: each field of a mix of two stamps comes from one of
// them, so a mix equal to the file's present state is that state's own stamp.
func writeChecked(path string, stamp fileStamp) {
	b, err := json.Marshal(stamp)
	if err != nil || len(b) > stampSize {
		forgetChecked(path)
		return
	}
	b = append(b, bytes.Repeat([]byte{' '}, stampSize-len(b))...)
	f, err := os.OpenFile(checkedPath(path), os.O_WRONLY|os.O_CREATE, 0o600)
	if err != nil {
		return
	}
	if _, err := f.WriteAt(b, 0); err != nil {
		_ = f.Close()
		forgetChecked(path)
		return
	}
	_ = f.Close()
}

// forgetChecked removes the stamp, so the next open walks the file whatever it looks like.
func forgetChecked(path string) { _ = os.Remove(checkedPath(path)) }
