package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// bbolt's file header, read here before bbolt sees the file, so that an empty, foreign or
// truncated file gets a clear error instead of a fault deep inside bbolt. A page starts with a
// 16-byte header; a meta page's body is magic, version, page size, flags (4 bytes each), the root
// bucket (16), freelist page, high-water mark page, transaction id and an FNV-64a checksum of
// everything before it (8 each).
const (
	boltMagic      = 0xED0CDAED
	boltPageHeader = 16
	boltMetaSize   = 64
	boltMetaSummed = 56
)

type boltMeta struct {
	pageSize uint32
	pgid     uint64
	txid     uint64
	root     uint64 // the root bucket's page
	freelist uint64
}

// parseMeta reads a meta page body; ok is false unless its magic and checksum hold.
func parseMeta(b []byte) (m boltMeta, magic, ok bool) {
	if len(b) < boltPageHeader+boltMetaSize {
		return m, false, false
	}
	body := b[boltPageHeader : boltPageHeader+boltMetaSize]
	e := binary.NativeEndian
	if e.Uint32(body[0:]) != boltMagic {
		return m, false, false
	}
	h := fnv.New64a()
	h.Write(body[:boltMetaSummed])
	if h.Sum64() != e.Uint64(body[boltMetaSummed:]) {
		return m, true, false
	}
	return boltMeta{pageSize: e.Uint32(body[8:]), pgid: e.Uint64(body[40:]), txid: e.Uint64(body[48:]),
		root: e.Uint64(body[16:]), freelist: e.Uint64(body[32:])}, true, true
}

// precheck tells an empty, zeroed, foreign or truncated file apart, each with its own error, and
// walks the pages of a database unless trusted says the state is one already found sound. It
// returns the stamp of the state it accepted (ok false where the platform gives none). It writes
// nothing: the caller decides what to record.
func precheck(f *os.File, trusted func(fileStamp) bool) (stamp fileStamp, ok bool, err error) {
	fi, err := f.Stat()
	if err != nil {
		return fileStamp{}, false, err
	}
	size := fi.Size()
	switch {
	case fi.IsDir():
		return fileStamp{}, false, fmt.Errorf("it is a folder: %w", ErrNotDatabase)
	case !fi.Mode().IsRegular():
		return fileStamp{}, false, fmt.Errorf("it is not a regular file: %w", ErrNotDatabase)
	case size == 0:
		return fileStamp{}, false, fmt.Errorf("the file is empty: %w", ErrNotDatabase)
	}
	head, err := readHead(f)
	if err != nil {
		return fileStamp{}, false, err
	}
	best, found, magic := bestMeta(head)
	switch {
	case found:
		if need := best.pgid * uint64(best.pageSize); uint64(size) < need {
			return fileStamp{}, false, fmt.Errorf("the file is cut short (%d of %d bytes; an interrupted copy?): %w", size, need, ErrDamaged)
		}
		stamp, ok = stampOf(fi, best.txid)
		if ok && trusted(stamp) {
			return stamp, true, nil // unchanged since it was last found sound (checked.go)
		}
		if err := walkPages(f, best); err != nil {
			return fileStamp{}, false, fmt.Errorf("its structure is damaged (%v): %w", err, ErrDamaged)
		}
		return stamp, ok, nil
	case magic:
		return fileStamp{}, false, fmt.Errorf("both of its header pages are damaged: %w", ErrDamaged)
	case allZero(head):
		return fileStamp{}, false, fmt.Errorf("the file holds only zero bytes (its contents were lost): %w", ErrDamaged)
	default:
		return fileStamp{}, false, fmt.Errorf("no database header: %w", ErrNotDatabase)
	}
}

// readHead reads the start of the file, where bbolt keeps its two meta pages.
func readHead(f *os.File) ([]byte, error) {
	head := make([]byte, 64<<10)
	n, err := f.ReadAt(head, 0)
	if err != nil && err != io.EOF {
		return nil, err
	}
	return head[:n], nil
}

// bestMeta finds the newer of the two meta pages whose checksums hold; magic reports whether any
// page looked like a bbolt meta page at all.
func bestMeta(head []byte) (best boltMeta, found, magic bool) {
	consider := func(off int) {
		if off+boltPageHeader+boltMetaSize > len(head) {
			return
		}
		m, mg, ok := parseMeta(head[off:])
		magic = magic || mg
		if ok && (!found || m.txid > best.txid) {
			best, found = m, true
		}
	}
	consider(0)
	if found {
		consider(int(best.pageSize))
	} else {
		for ps := 1 << 10; ps <= 64<<10; ps <<= 1 {
			consider(ps)
		}
	}
	return best, found, magic
}

// currentMeta is the meta page bbolt would use.
func currentMeta(f *os.File) (boltMeta, error) {
	head, err := readHead(f)
	if err != nil {
		return boltMeta{}, err
	}
	m, found, _ := bestMeta(head)
	if !found {
		return boltMeta{}, fmt.Errorf("no valid meta page: %w", ErrDamaged)
	}
	return m, nil
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
