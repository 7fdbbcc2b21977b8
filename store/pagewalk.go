package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"sync/atomic"
	"syscall"
)

// bbolt trusts the lengths and page numbers inside its pages: one flipped byte in a key size or a
// child page number makes it read past the end of its memory map, and the process dies with a
// fault that no recover can catch (found by TestThousandByteFlips). It trusts its freelist as
// much: a freelist that names a page still in use makes the next write put new data on a live
// page, losing or doubling records, or makes a save loop for ever. walkPages reads the tree from
// the file, before bbolt maps it, and refuses a file whose pages point outside themselves, whose
// keys are out of order (bbolt would insert in the wrong place), whose pages are reached twice,
// or whose freelist names a page that is a header, the freelist, a tree page or past the end.
//
// Page layout (bbolt v1.5): a 16-byte header (id 8, flags 2, count 2, overflow 4), then count
// 16-byte elements. Branch element: pos 4, ksize 4, child page 8. Leaf element: flags 4, pos 4,
// ksize 4, vsize 4. pos counts from the element itself. A leaf value with the bucket flag starts
// with the bucket's root page (8) and sequence (8); root 0 means an inline page follows.
const (
	pageBranch     = 0x01
	pageLeaf       = 0x02
	pageFreelist   = 0x10
	leafBucketFlag = 0x01
	pageElemSize   = 16
	bucketHeader   = 16
	noFreelist     = ^uint64(0)
)

// pageWalks counts the walks done, so tests can tell a walk from a skipped one.
var pageWalks atomic.Int64

// pageWalker checks pages of one file held in memory.
type pageWalker struct {
	data     []byte
	pageSize uint64
	hwm      uint64 // pages below this are in use
	owner    []byte // what each page below hwm was found to be; ownNone when nothing claimed it
}

// What claimed a page, in pageWalker.owner.
const (
	ownNone byte = iota
	ownHeader
	ownFreelist
	ownTree
	ownFree
)

// walkPages checks every page reachable from the meta page m, and its freelist page.
//
// The file is mapped read-only rather than copied: the walk reads headers, element tables and
// keys, not the values, so most of the file's bytes are never touched (a copy of a 10,000-session
// file cost 20 MB and most of the time of an open). The caller has checked that the file is at
// least pgid pages long, so the walk never touches a page past its end.
func walkPages(f *os.File, m boltMeta) error {
	pageWalks.Add(1)
	size := m.pgid * uint64(m.pageSize)
	if size == 0 || size > math.MaxInt || m.pgid < 3 {
		return fmt.Errorf("the file claims %d pages of %d bytes", m.pgid, m.pageSize)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return fmt.Errorf("map the file to check it: %w", err)
	}
	defer func() { _ = syscall.Munmap(data) }()
	return newWalker(data, m).run(m)
}

// newWalker is a walker over data, the first m.pgid pages of a file.
func newWalker(data []byte, m boltMeta) *pageWalker {
	w := &pageWalker{data: data, pageSize: uint64(m.pageSize), hwm: m.pgid, owner: make([]byte, m.pgid)}
	w.owner[0], w.owner[1] = ownHeader, ownHeader
	return w
}

// run checks the tree and freelist that m names.
func (w *pageWalker) run(m boltMeta) (err error) {
	var free []uint64
	if m.freelist != noFreelist {
		if free, err = w.freelist(m.freelist); err != nil {
			return err
		}
	}
	if err := w.page(m.root, 0, nil, nil); err != nil {
		return err
	}
	if m.freelist == noFreelist {
		return nil // bbolt rebuilds the freelist from the tree at open
	}
	return w.account(free)
}

// account checks that every listed free page is in the file and used by nothing else: bbolt
// hands a free page to the next write. A page neither used nor free is only lost space (bbolt
// v1.5 itself leaves such pages after deleting a bucket that holds buckets; found by
// TestWalkAcceptsWhatBboltWrites), so it is left to Check to report, not refused.
func (w *pageWalker) account(free []uint64) error {
	for _, id := range free {
		switch {
		case id < 2 || id >= w.hwm:
			return fmt.Errorf("the freelist names page %d, outside the file's %d pages", id, w.hwm)
		case w.owner[id] == ownFree:
			return fmt.Errorf("the freelist names page %d twice", id)
		case w.owner[id] != ownNone:
			return fmt.Errorf("the freelist names page %d, which is in use", id)
		}
		w.owner[id] = ownFree
	}
	return nil
}

// claim marks page id and its overflow pages as owned by o.
func (w *pageWalker) claim(id, overflow uint64, o byte) error {
	for i := id; i <= id+overflow; i++ {
		if w.owner[i] != ownNone {
			return fmt.Errorf("page %d is reached twice", i)
		}
		w.owner[i] = o
	}
	return nil
}

// span returns the bytes of page id and its overflow pages, after checking they lie in the file
// and nothing else claimed them.
func (w *pageWalker) span(id uint64, o byte) ([]byte, error) {
	if id < 2 || id >= w.hwm {
		return nil, fmt.Errorf("page %d is outside the file's %d pages", id, w.hwm)
	}
	off := id * w.pageSize
	hdr := w.data[off : off+boltPageHeader]
	overflow := uint64(binary.NativeEndian.Uint32(hdr[12:]))
	if got := binary.NativeEndian.Uint64(hdr[0:]); got != id {
		return nil, fmt.Errorf("page %d says it is page %d", id, got)
	}
	if id+overflow >= w.hwm {
		return nil, fmt.Errorf("page %d runs past the end of the file", id)
	}
	if err := w.claim(id, overflow, o); err != nil {
		return nil, err
	}
	return w.data[off : off+(overflow+1)*w.pageSize], nil
}

// freelist checks the freelist page and returns the page ids it lists.
func (w *pageWalker) freelist(id uint64) ([]uint64, error) {
	p, err := w.span(id, ownFreelist)
	if err != nil {
		return nil, fmt.Errorf("freelist: %w", err)
	}
	e := binary.NativeEndian
	if flags := e.Uint16(p[8:]); flags != pageFreelist {
		return nil, fmt.Errorf("freelist page %d has type %#x", id, flags)
	}
	count, start := uint64(e.Uint16(p[10:])), uint64(boltPageHeader)
	if count == 0xFFFF {
		if len(p) < boltPageHeader+8 {
			return nil, fmt.Errorf("freelist page %d is too short", id)
		}
		count, start = e.Uint64(p[boltPageHeader:]), boltPageHeader+8
	}
	if count > uint64(len(p)) || start+count*8 > uint64(len(p)) {
		return nil, fmt.Errorf("freelist page %d lists more pages than it holds", id)
	}
	ids := make([]uint64, count)
	for i := range ids {
		ids[i] = e.Uint64(p[start+uint64(i)*8:])
	}
	return ids, nil
}

// page checks the tree page id (depth counts the levels above it) and everything below it. Its
// keys must lie in [lo, hi); nil means no bound.
func (w *pageWalker) page(id uint64, depth int, lo, hi []byte) error {
	p, err := w.span(id, ownTree)
	if err != nil {
		return err
	}
	return w.elements(p, id, depth, lo, hi)
}

// elements checks the elements of a page (or an inline page, id 0) held in p.
func (w *pageWalker) elements(p []byte, id uint64, depth int, lo, hi []byte) error {
	if depth > 64 {
		return fmt.Errorf("page %d: the tree is deeper than any real database", id)
	}
	if len(p) < boltPageHeader {
		return fmt.Errorf("page %d is too short for its header", id)
	}
	e := binary.NativeEndian
	flags, count := e.Uint16(p[8:]), uint64(e.Uint16(p[10:]))
	if flags != pageBranch && flags != pageLeaf {
		return fmt.Errorf("page %d has type %#x where a branch or leaf belongs", id, flags)
	}
	if flags == pageBranch && count == 0 {
		return fmt.Errorf("page %d is a branch with no children", id)
	}
	if boltPageHeader+count*pageElemSize > uint64(len(p)) {
		return fmt.Errorf("page %d has more elements than fit in it", id)
	}
	keys := make([][]byte, count)
	used := boltPageHeader + count*pageElemSize
	for i := range count {
		el := boltPageHeader + i*pageElemSize
		b := p[el : el+pageElemSize]
		var pos, ksize, vsize uint64
		if flags == pageBranch {
			pos, ksize = uint64(e.Uint32(b[0:])), uint64(e.Uint32(b[4:]))
		} else {
			pos, ksize, vsize = uint64(e.Uint32(b[4:])), uint64(e.Uint32(b[8:])), uint64(e.Uint32(b[12:]))
		}
		end := el + pos + ksize + vsize
		if end > uint64(len(p)) {
			return fmt.Errorf("page %d element %d points outside the page", id, i)
		}
		used = max(used, end)
		keys[i] = p[el+pos : el+pos+ksize]
		if err := inOrder(keys, i, lo, hi, id); err != nil {
			return fmt.Errorf("page %d element %d: %w", id, i, err)
		}
	}
	for i := range count {
		el := boltPageHeader + i*pageElemSize
		b := p[el : el+pageElemSize]
		if flags == pageBranch {
			next := hi
			if i+1 < count {
				next = keys[i+1]
			}
			if err := w.page(e.Uint64(b[8:]), depth+1, keys[i], next); err != nil {
				return err
			}
			continue
		}
		if e.Uint32(b[0:])&leafBucketFlag == 0 {
			continue
		}
		pos, ksize, vsize := uint64(e.Uint32(b[4:])), uint64(e.Uint32(b[8:])), uint64(e.Uint32(b[12:]))
		v := p[el+pos+ksize : el+pos+ksize+vsize]
		if len(v) < bucketHeader {
			return fmt.Errorf("page %d element %d is a bucket too short for its header", id, i)
		}
		if root := e.Uint64(v[0:]); root != 0 {
			if err := w.page(root, depth+1, nil, nil); err != nil {
				return err
			}
		} else if err := w.elements(v[bucketHeader:], 0, depth+1, nil, nil); err != nil {
			return err
		}
	}
	if id == 0 && flags == pageLeaf && used != uint64(len(p)) {
		// bbolt sizes an inline bucket exactly: bytes left over mean a lost element count.
		return fmt.Errorf("an inline bucket holds %d bytes but its elements use %d", len(p), used)
	}
	return nil
}

// inOrder checks key i against the one before it and the bounds its parent gives: bbolt finds
// and inserts keys by binary search, so a key out of order sends a write to the wrong place. A
// page's first key must be exactly its parent's key for it (lo, for a page that has a parent):
// bbolt finds a changed page's entry in its parent by that key, and when it is not there it adds a
// second entry and frees the page the first one still names, which doubles records.
func inOrder(keys [][]byte, i uint64, lo, hi []byte, id uint64) error {
	k := keys[i]
	if i > 0 && bytes.Compare(keys[i-1], k) >= 0 {
		return fmt.Errorf("keys out of order")
	}
	if i == 0 && lo != nil && id != 0 && !bytes.Equal(k, lo) {
		return fmt.Errorf("its first key is not its parent's key for it")
	}
	if hi != nil && bytes.Compare(k, hi) >= 0 {
		return fmt.Errorf("a key above its parent's next")
	}
	return nil
}
