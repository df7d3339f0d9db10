// Command marmot-frontend compiles a Go program to one textual LLVM IR module for the
// Marmot toolchain. Exit status: 0 success, 1 compile errors (file:line:col: message on
// stderr), 2 usage or internal errors.
package main

import (
	"flag"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"

	"marmot/frontend/compiler"
	"marmot/frontend/loader"

	"golang.org/x/tools/go/ssa"
)

type options struct {
	goroot, overlay, goos, goarch, tags, triple, gc, opt, dir, out string
	stackSize                                                      int
}

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) (status int) {
	fs := flag.NewFlagSet("marmot-frontend", flag.ContinueOnError)
	fs.SetOutput(os.Stderr)
	var o options
	fs.StringVar(&o.goroot, "goroot", "/usr/lib/go-1.19", "GOROOT with the standard library sources")
	fs.StringVar(&o.overlay, "overlay", "", "GOROOT-shaped folder whose packages replace GOROOT's")
	fs.StringVar(&o.goos, "goos", "linux", "GOOS for build constraints")
	fs.StringVar(&o.goarch, "goarch", "arm", "GOARCH for build constraints")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build tags")
	fs.StringVar(&o.triple, "triple", "thumbv7m-unknown-unknown-eabi", "LLVM target triple")
	fs.StringVar(&o.gc, "gc", "conservative", "garbage collector: conservative, leaking or none")
	fs.StringVar(&o.opt, "opt", "z", "optimisation level (0, 1, 2, s, z); 0 and 1 keep every variable in a stack slot for debuggers")
	fs.IntVar(&o.stackSize, "stack-size", 2048, "goroutine stack size in bytes")
	fs.StringVar(&o.dir, "dir", "", "working directory (positions are printed relative to it)")
	fs.StringVar(&o.out, "o", "", "output .ll file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 || o.out == "" {
		fmt.Fprintln(os.Stderr, "usage: marmot-frontend [flags] -o OUT.ll PACKAGE-OR-FILE")
		return 2
	}
	switch o.gc {
	case "conservative", "leaking", "none":
	default:
		fmt.Fprintf(os.Stderr, "invalid -gc=%s (want conservative, leaking or none)\n", o.gc)
		return 2
	}
	if len(o.opt) != 1 || !strings.Contains("012sz", o.opt) {
		fmt.Fprintf(os.Stderr, "invalid -opt=%s (want 0, 1, 2, s or z)\n", o.opt)
		return 2
	}
	if o.dir == "" {
		o.dir, _ = os.Getwd()
	}
	if abs, err := filepath.Abs(o.dir); err == nil {
		o.dir = abs
	}
	return compile(o, fs.Arg(0))
}

// where describes what was being compiled when an internal error happened.
var where string

func compile(o options, arg string) (status int) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprint(r)
			if where != "" {
				msg += " (compiling " + where + ")"
			}
			fmt.Fprintf(os.Stderr, "internal compiler error: %s\n", strings.ReplaceAll(msg, "\n", " "))
			if os.Getenv("MARMOT_FRONTEND_DEBUG") != "" {
				debug.PrintStack()
			}
			status = 2
		}
	}()
	var tags []string
	for _, t := range strings.Split(o.tags, ",") {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, t)
		}
	}
	sizes := compiler.NewSizes()
	cfg := loader.Config{GOROOT: o.goroot, Overlay: o.overlay, GOOS: o.goos, GOARCH: o.goarch,
		Tags: tags, Dir: o.dir, Sizes: sizes}
	prog, err := loader.Load(cfg, arg)
	if err != nil {
		if list, ok := err.(loader.ErrorList); ok {
			printErrors(o.dir, list)
			return 1
		}
		fmt.Fprintln(os.Stderr, err)
		return 2
	}

	sprog := ssa.NewProgram(prog.Fset, ssa.InstantiateGenerics|ssa.GlobalDebug|ssa.BuildSerially)
	sprog.CreatePackage(types.Unsafe, nil, nil, true)
	pkgs := map[*loader.Package]*ssa.Package{}
	for _, p := range prog.Packages {
		pkgs[p] = sprog.CreatePackage(p.Types, p.Files, p.Info, true)
	}
	sprog.Build()

	comp := compiler.New(compiler.Config{Triple: o.triple, GCMode: o.gc, StackSize: o.stackSize, Dir: o.dir,
		DebugFrames: o.opt == "0" || o.opt == "1"}, sprog, sizes)
	comp.Where = func(s string) { where = s }
	comp.Linknames = linknames(prog)
	comp.StdPackages = map[string]bool{}
	comp.UserPackages = map[string]bool{}
	for _, p := range prog.Packages {
		if !p.FromOverlay && strings.HasPrefix(p.Dir, filepath.Join(o.goroot, "src")+string(filepath.Separator)) {
			comp.StdPackages[p.Path] = true
		} else if !p.FromOverlay {
			comp.UserPackages[p.Path] = true
		}
	}
	var extra []*ssa.Package
	for _, p := range prog.Packages {
		if p.Path == "runtime" && p.FromOverlay {
			extra = append(extra, pkgs[p])
		}
	}
	ir, errs := comp.Compile(pkgs[prog.Main], extra)
	if len(errs) > 0 {
		var list loader.ErrorList
		for _, e := range errs {
			var pos token.Position
			if e.Pos.IsValid() {
				pos = prog.Fset.Position(e.Pos)
			}
			list = append(list, loader.Error{Pos: pos, Msg: e.Msg})
		}
		printErrors(o.dir, list)
		return 1
	}
	if err := os.WriteFile(o.out, []byte(ir), 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "cannot write %s: %v\n", o.out, err)
		return 2
	}
	return 0
}

// printErrors prints up to 10 diagnostics sorted by position, paths relative to dir.
func printErrors(dir string, list loader.ErrorList) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i].Pos, list[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	for i, e := range list {
		if i == 10 {
			break
		}
		if e.Pos.Filename == "" {
			fmt.Fprintln(os.Stderr, strings.SplitN(e.Msg, "\n", 2)[0])
			continue
		}
		msg := e.Msg
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		name := e.Pos.Filename
		if rel, err := filepath.Rel(dir, name); err == nil && !strings.HasPrefix(rel, "..") {
			name = rel
		}
		fmt.Fprintf(os.Stderr, "%s:%d:%d: %s\n", name, e.Pos.Line, e.Pos.Column, msg)
	}
}

// linknames collects //go:linkname directives: "pkg/path.local" -> target symbol.
func linknames(prog *loader.Program) map[string]string {
	m := map[string]string{}
	for _, p := range prog.Packages {
		for _, f := range p.Files {
			for _, g := range f.Comments {
				for _, c := range g.List {
					if !strings.HasPrefix(c.Text, "//go:linkname ") {
						continue
					}
					fields := strings.Fields(c.Text)
					if len(fields) == 3 {
						m[p.Path+"."+fields[1]] = fields[2]
					}
				}
			}
		}
	}
	return m
}
