package store

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"sync/atomic"
	"syscall"
)

// bbolt trusts the lengths and page numbers inside its pages: one flipped byte in a key size or a
// child page number makes it read past the end of its memory map, and the process dies with a
// fault that no recover can catch (found by TestThousandByteFlips). walkPages reads the tree from
// the file, before bbolt maps it, and refuses a file whose pages point outside themselves.
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
	seen     map[uint64]bool
}

// walkPages checks every page reachable from the meta page m, and its freelist page.
//
// The file is mapped read-only rather than copied: the walk reads headers and element tables,
// not the values, so most of the file's bytes are never touched (a copy of a 10,000-session
// file cost 20 MB and most of the time of an open). The caller has checked that the file is at
// least pgid pages long, so the walk never touches a page past its end.
func walkPages(f *os.File, m boltMeta) error {
	pageWalks.Add(1)
	size := m.pgid * uint64(m.pageSize)
	if size == 0 || size > math.MaxInt {
		return fmt.Errorf("the file claims %d pages of %d bytes", m.pgid, m.pageSize)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return fmt.Errorf("map the file to check it: %w", err)
	}
	defer func() { _ = syscall.Munmap(data) }()
	w := &pageWalker{data: data, pageSize: uint64(m.pageSize), hwm: m.pgid, seen: map[uint64]bool{}}
	if m.freelist != noFreelist {
		if err := w.freelist(m.freelist); err != nil {
			return err
		}
	}
	return w.page(m.root, 0)
}

// span returns the bytes of page id and its overflow pages, after checking they lie in the file.
func (w *pageWalker) span(id uint64) ([]byte, error) {
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
	return w.data[off : off+(overflow+1)*w.pageSize], nil
}

func (w *pageWalker) freelist(id uint64) error {
	p, err := w.span(id)
	if err != nil {
		return fmt.Errorf("freelist: %w", err)
	}
	count, start := uint64(binary.NativeEndian.Uint16(p[10:])), uint64(boltPageHeader)
	if count == 0xFFFF {
		if len(p) < boltPageHeader+8 {
			return fmt.Errorf("freelist page %d is too short", id)
		}
		count, start = binary.NativeEndian.Uint64(p[boltPageHeader:]), boltPageHeader+8
	}
	if count > uint64(len(p)) || start+count*8 > uint64(len(p)) {
		return fmt.Errorf("freelist page %d lists more pages than it holds", id)
	}
	return nil
}

// page checks the tree page id (depth counts the levels above it) and everything below it.
func (w *pageWalker) page(id uint64, depth int) error {
	if w.seen[id] {
		return fmt.Errorf("page %d is reached twice", id)
	}
	w.seen[id] = true
	p, err := w.span(id)
	if err != nil {
		return err
	}
	return w.elements(p, id, depth)
}

// elements checks the elements of a page (or an inline page, id 0) held in p.
func (w *pageWalker) elements(p []byte, id uint64, depth int) error {
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
	used := boltPageHeader + count*pageElemSize
	for i := range count {
		el := boltPageHeader + i*pageElemSize
		b := p[el : el+pageElemSize]
		if flags == pageBranch {
			pos, ksize := uint64(e.Uint32(b[0:])), uint64(e.Uint32(b[4:]))
			if el+pos+ksize > uint64(len(p)) {
				return fmt.Errorf("page %d element %d points outside the page", id, i)
			}
			if err := w.page(e.Uint64(b[8:]), depth+1); err != nil {
				return err
			}
			continue
		}
		lflags, pos, ksize, vsize := e.Uint32(b[0:]), uint64(e.Uint32(b[4:])), uint64(e.Uint32(b[8:])), uint64(e.Uint32(b[12:]))
		end := el + pos + ksize + vsize
		if end > uint64(len(p)) {
			return fmt.Errorf("page %d element %d points outside the page", id, i)
		}
		used = max(used, end)
		if lflags&leafBucketFlag == 0 {
			continue
		}
		v := p[el+pos+ksize : end]
		if len(v) < bucketHeader {
			return fmt.Errorf("page %d element %d is a bucket too short for its header", id, i)
		}
		if root := e.Uint64(v[0:]); root != 0 {
			if err := w.page(root, depth+1); err != nil {
				return err
			}
		} else if err := w.elements(v[bucketHeader:], 0, depth+1); err != nil {
			return err
		}
	}
	if id == 0 && flags == pageLeaf && used != uint64(len(p)) {
		// bbolt sizes an inline bucket exactly: bytes left over mean a lost element count.
		return fmt.Errorf("an inline bucket holds %d bytes but its elements use %d", len(p), used)
	}
	return nil
}
