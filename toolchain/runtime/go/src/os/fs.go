package os

// The file-system half of os's API on a board that has none: the types are io/fs's, as in
// gc, and every call on a path fails the way an empty, read-only file system would (reads
// and stats with ErrNotExist, writes with ErrPermission), so that packages written for an
// operating system (path/filepath, io/ioutil, text/template) build and run.

import (
	"io/fs"
	"time"
)

type (
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	DirEntry  = fs.DirEntry
	PathError = fs.PathError
)

// The mode bits, as io/fs defines them.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Paths are written as on Linux (GOOS is linux on every board).
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// IsPathSeparator reports whether c is the directory separator.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// Flags for OpenFile, with Linux's values.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Whence values for Seek (deprecated in gc too: io.SeekStart and friends).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// LinkError records an error during a link, symlink or rename and the paths involved.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }
func (e *LinkError) Unwrap() error { return e.Err }

func missing(op, name string) error  { return &PathError{Op: op, Path: name, Err: ErrNotExist} }
func readOnly(op, name string) error { return &PathError{Op: op, Path: name, Err: ErrPermission} }

// OpenFile fails: for writing as on a read-only file system, for reading as on an empty one.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	if flag&(O_WRONLY|O_RDWR|O_CREATE|O_APPEND|O_TRUNC) != 0 {
		return nil, readOnly("open", name)
	}
	return nil, missing("open", name)
}

func Stat(name string) (FileInfo, error)      { return nil, missing("stat", name) }
func Lstat(name string) (FileInfo, error)     { return nil, missing("lstat", name) }
func ReadDir(name string) ([]DirEntry, error) { return nil, missing("open", name) }
func Readlink(name string) (string, error)    { return "", missing("readlink", name) }

func WriteFile(name string, data []byte, perm FileMode) error { return readOnly("open", name) }
func Mkdir(name string, perm FileMode) error                  { return readOnly("mkdir", name) }
func MkdirAll(path string, perm FileMode) error               { return readOnly("mkdir", path) }
func MkdirTemp(dir, pattern string) (string, error)           { return "", readOnly("mkdirtemp", dir) }
func CreateTemp(dir, pattern string) (*File, error)           { return nil, readOnly("createtemp", dir) }
func Remove(name string) error                                { return missing("remove", name) }
func Chdir(dir string) error                                  { return missing("chdir", dir) }
func Chmod(name string, mode FileMode) error                  { return missing("chmod", name) }
func Chown(name string, uid, gid int) error                   { return missing("chown", name) }
func Lchown(name string, uid, gid int) error                  { return missing("lchown", name) }
func Truncate(name string, size int64) error                  { return missing("truncate", name) }

func Chtimes(name string, atime time.Time, mtime time.Time) error {
	return missing("chtimes", name)
}

// RemoveAll of a path that does not exist succeeds, as in gc.
func RemoveAll(path string) error { return nil }

func Rename(oldpath, newpath string) error {
	return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: ErrNotExist}
}

func Link(oldname, newname string) error {
	return &LinkError{Op: "link", Old: oldname, New: newname, Err: ErrNotExist}
}

func Symlink(oldname, newname string) error {
	return &LinkError{Op: "symlink", Old: oldname, New: newname, Err: ErrPermission}
}

// Getwd returns the root, the only directory there is.
func Getwd() (dir string, err error) { return "/", nil }

// TempDir returns gc's default on Linux.
func TempDir() string { return "/tmp" }

// UserHomeDir fails as gc's does without $HOME.
func UserHomeDir() (string, error) { return "", errorString("$HOME is not defined") }

// SameFile reports false: no FileInfo describes a file here.
func SameFile(fi1, fi2 FileInfo) bool { return false }

// DirFS returns a file system in which every Open fails.
func DirFS(dir string) fs.FS { return emptyFS(dir) }

type emptyFS string

func (dir emptyFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &PathError{Op: "open", Path: name, Err: ErrInvalid}
	}
	return nil, missing("open", string(dir)+"/"+name)
}

type errorString string

func (e errorString) Error() string { return string(e) }

// The console streams are character devices; they have no directory entries, no position
// and no deadlines.

func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	return consoleInfo{f.name}, nil
}

func (f *File) Readdir(n int) ([]FileInfo, error)              { return nil, f.notDir("readdirent") }
func (f *File) Readdirnames(n int) (names []string, err error) { return nil, f.notDir("readdirent") }
func (f *File) ReadDir(n int) ([]DirEntry, error)              { return nil, f.notDir("readdirent") }
func (f *File) Seek(offset int64, whence int) (int64, error)   { return 0, f.notDir("seek") }
func (f *File) ReadAt(b []byte, off int64) (int, error)        { return 0, f.notDir("read") }
func (f *File) WriteAt(b []byte, off int64) (int, error)       { return 0, f.notDir("write") }
func (f *File) Truncate(size int64) error                      { return f.notDir("truncate") }
func (f *File) Chmod(mode FileMode) error                      { return f.notDir("chmod") }
func (f *File) Chown(uid, gid int) error                       { return f.notDir("chown") }
func (f *File) Chdir() error                                   { return f.notDir("chdir") }
func (f *File) SetDeadline(t time.Time) error                  { return ErrNoDeadline }
func (f *File) SetReadDeadline(t time.Time) error              { return ErrNoDeadline }
func (f *File) SetWriteDeadline(t time.Time) error             { return ErrNoDeadline }

func (f *File) notDir(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return &PathError{Op: op, Path: f.name, Err: ErrInvalid}
}

type consoleInfo struct{ name string }

func (c consoleInfo) Name() string       { return c.name[len("/dev/"):] }
func (c consoleInfo) Size() int64        { return 0 }
func (c consoleInfo) Mode() FileMode     { return ModeDevice | ModeCharDevice | 0620 }
func (c consoleInfo) ModTime() time.Time { return time.Time{} }
func (c consoleInfo) IsDir() bool        { return false }
func (c consoleInfo) Sys() any           { return nil }
