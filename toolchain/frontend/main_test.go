// End-to-end tests of the front end without a board: every golden program compiles to IR
// that llvm-as-15 accepts, the same program always gives the same IR, and every
// diagnostics test reports its ERROR lines.
package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func repoRoot(t *testing.T) string {
	dir, _ := os.Getwd()
	for d := dir; d != "/"; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "tests", "toolchain", "golden")); err == nil {
			return d
		}
	}
	t.Skip("repository root not found")
	return ""
}

func compileArgs(root, out, file string, extra ...string) []string {
	args := []string{"-goroot", "/usr/lib/go-1.19", "-overlay", filepath.Join(root, "toolchain", "runtime", "go"),
		"-goos", "linux", "-goarch", "arm", "-tags", "cortexm,baremetal,marmot,lm3s6965,qemu",
		"-triple", "thumbv7m-unknown-unknown-eabi", "-dir", filepath.Dir(file), "-o", out}
	return append(append(args, extra...), file)
}

// captureStderr runs f with os.Stderr redirected, returning what it wrote.
func captureStderr(f func() int) (int, string) {
	r, w, _ := os.Pipe()
	saved := os.Stderr
	os.Stderr = w
	done := make(chan string)
	go func() {
		var b bytes.Buffer
		b.ReadFrom(r)
		done <- b.String()
	}()
	status := f()
	w.Close()
	os.Stderr = saved
	return status, <-done
}

func TestGoldenProgramsGiveValidIR(t *testing.T) {
	root := repoRoot(t)
	llvmAs, err := exec.LookPath("llvm-as-15")
	if err != nil {
		t.Skip("llvm-as-15 not installed")
	}
	files, _ := filepath.Glob(filepath.Join(root, "tests", "toolchain", "golden", "*.go"))
	for _, file := range files {
		// -opt=1 adds debugging frames (every variable in a described stack slot).
		for _, opt := range []string{"z", "1"} {
			file, opt := file, opt
			t.Run(filepath.Base(file)+"/opt="+opt, func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "out.ll")
				status, stderr := captureStderr(func() int { return run(compileArgs(root, out, file, "-opt", opt)) })
				if status != 0 {
					t.Fatalf("status %d: %s", status, stderr)
				}
				// llvm-as only warns about invalid debug information (and drops all of it).
				if msg, err := exec.Command(llvmAs, out, "-o", os.DevNull).CombinedOutput(); err != nil || bytes.Contains(msg, []byte("invalid debug info")) {
					t.Fatalf("invalid IR: %s", msg)
				}
			})
		}
	}
}

// Builds must not depend on map order: the same program gives the same IR, byte for byte.
func TestSameProgramSameIR(t *testing.T) {
	root := repoRoot(t)
	file := filepath.Join(root, "tests", "toolchain", "golden", "fmt.go")
	var first []byte
	for i := 0; i < 3; i++ {
		out := filepath.Join(t.TempDir(), "out.ll")
		if status, stderr := captureStderr(func() int { return run(compileArgs(root, out, file)) }); status != 0 {
			t.Fatalf("status %d: %s", status, stderr)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = got
		} else if !bytes.Equal(first, got) {
			t.Fatalf("compile %d of %s gave different IR than the first", i+1, filepath.Base(file))
		}
	}
}

var errorMarker = regexp.MustCompile(`// ERROR "((?:[^"\\]|\\.)*)"`)

func TestDiagnostics(t *testing.T) {
	root := repoRoot(t)
	// (-gc=none errors come from the compiler after optimisation: tests/toolchain/errors-gcnone
	// runs through the C++ errors_test only.)
	files, _ := filepath.Glob(filepath.Join(root, "tests", "toolchain", "errors", "*.go"))
	for _, file := range files {
		file := file
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, _ := os.ReadFile(file)
			want := map[int]*regexp.Regexp{}
			for i, line := range strings.Split(string(src), "\n") {
				if m := errorMarker.FindStringSubmatch(line); m != nil {
					pat, _ := strconv.Unquote(`"` + m[1] + `"`)
					want[i+1] = regexp.MustCompile(pat)
				}
			}
			out := filepath.Join(t.TempDir(), "out.ll")
			status, stderr := captureStderr(func() int { return run(compileArgs(root, out, file)) })
			if status != 1 {
				t.Fatalf("status %d, want 1; stderr: %s", status, stderr)
			}
			got := map[int][]string{}
			for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
				parts := strings.SplitN(line, ":", 4)
				if len(parts) < 4 {
					t.Errorf("malformed diagnostic %q", line)
					continue
				}
				n, _ := strconv.Atoi(parts[1])
				got[n] = append(got[n], strings.TrimSpace(parts[3]))
			}
			for line, re := range want {
				ok := false
				for _, msg := range got[line] {
					ok = ok || re.MatchString(msg)
				}
				if !ok {
					t.Errorf("line %d: no diagnostic matching %q (got %q)", line, re, got[line])
				}
			}
			for line, msgs := range got {
				if want[line] == nil {
					t.Errorf("line %d: unexpected diagnostic %q", line, msgs)
				}
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	if s, _ := captureStderr(func() int { return run([]string{"-o"}) }); s != 2 {
		t.Errorf("missing argument: status %d, want 2", s)
	}
	if s, _ := captureStderr(func() int { return run([]string{"-gc", "bogus", "-o", "x.ll", "x.go"}) }); s != 2 {
		t.Errorf("bad -gc: status %d, want 2", s)
	}
	if s, _ := captureStderr(func() int { return run([]string{"-opt", "3", "-o", "x.ll", "x.go"}) }); s != 2 {
		t.Errorf("bad -opt: status %d, want 2", s)
	}
}
