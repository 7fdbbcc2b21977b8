package store

import (
	"os"
	"path/filepath"
)

// WriteFileAtomic writes data to path through a temporary file in the same folder that is synced
// and renamed over path, and then syncs the folder: a killed export leaves the old file or the
// new one, never half a file.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return classify("write "+path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return classify("write "+path, err)
	}
	if err = f.Chmod(perm); err != nil {
		return classify("write "+path, err)
	}
	if err = f.Sync(); err != nil {
		return classify("write "+path, err)
	}
	if err = f.Close(); err != nil {
		return classify("write "+path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return classify("write "+path, err)
	}
	return classify("write "+path, syncPath(dir))
}
