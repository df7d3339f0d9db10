// Package os is Marmot's minimal replacement for the standard library's os on boards
// without an operating system: the console as Stdout and Stderr (stderr text framed for
// the host as abi.h describes), no file system, no environment, Exit through the runtime.
package os

import (
	"errors"
	"internal/oserror"
	"io"
	_ "unsafe" // for go:linkname
)

//go:linkname putchar runtime_putchar
func putchar(c byte)

//go:linkname exit runtime_exit
func exit(code int32)

// Errors as in the standard library: io/fs's (from internal/oserror, as fs has them), so
// that errors.Is(err, fs.ErrNotExist) holds.
var (
	ErrInvalid          = oserror.ErrInvalid
	ErrPermission       = oserror.ErrPermission
	ErrExist            = oserror.ErrExist
	ErrNotExist         = oserror.ErrNotExist
	ErrClosed           = oserror.ErrClosed
	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

// A File is one of the console streams.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args holds the command-line arguments: just a program name on a board.
var Args = []string{"firmware"}

func (f *File) Name() string { return f.name }
func (f *File) Fd() uintptr  { return uintptr(f.fd) }
func (f *File) Close() error { return nil }
func (f *File) Sync() error  { return nil }
func (f *File) Read(b []byte) (int, error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return 0, io.EOF
}

func (f *File) Write(b []byte) (int, error) {
	if f == nil || f.fd == 0 {
		return 0, ErrInvalid
	}
	if f.fd == 2 {
		putchar(0x0E) // RUNTIME_CONSOLE_STDERR_BEGIN
	}
	for _, c := range b {
		putchar(c)
	}
	if f.fd == 2 {
		putchar(0x0F) // RUNTIME_CONSOLE_STDERR_END
	}
	return len(b), nil
}

func (f *File) WriteString(s string) (int, error) {
	if f == nil || f.fd == 0 {
		return 0, ErrInvalid
	}
	if f.fd == 2 {
		putchar(0x0E)
	}
	for i := 0; i < len(s); i++ {
		putchar(s[i])
	}
	if f.fd == 2 {
		putchar(0x0F)
	}
	return len(s), nil
}

// Exit ends the program with the given status.
func Exit(code int) { exit(int32(code)) }

// Getenv returns "": boards have no environment.
func Getenv(key string) string { return "" }

// LookupEnv reports that no variable is set.
func LookupEnv(key string) (string, bool) { return "", false }

func Setenv(key, value string) error { return ErrPermission }
func Environ() []string              { return nil }
func Hostname() (string, error)      { return "marmot", nil }
func Getpid() int                    { return 1 }

// Open and friends fail: there is no file system.
func Open(name string) (*File, error) {
	return nil, &PathError{Op: "open", Path: name, Err: ErrNotExist}
}

func Create(name string) (*File, error) {
	return nil, &PathError{Op: "create", Path: name, Err: ErrPermission}
}

func ReadFile(name string) ([]byte, error) {
	return nil, &PathError{Op: "open", Path: name, Err: ErrNotExist}
}

func IsNotExist(err error) bool   { return errors.Is(err, ErrNotExist) }
func IsExist(err error) bool      { return errors.Is(err, ErrExist) }
func IsPermission(err error) bool { return errors.Is(err, ErrPermission) }
