// Package loader finds, parses and type-checks the packages of one program: the main
// package given on the command line, the standard library from GOROOT, Marmot's overlay
// packages (which replace GOROOT packages entirely) and packages of the main module.
package loader

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Config says where packages come from and how build constraints are evaluated.
type Config struct {
	GOROOT  string
	Overlay string // GOROOT-shaped folder whose packages replace GOROOT's
	GOOS    string
	GOARCH  string
	Tags    []string
	Dir     string // working directory (relative paths and error positions)
	Sizes   types.Sizes
}

// Package is one parsed and type-checked package.
type Package struct {
	Path  string
	Dir   string
	Files []*ast.File
	Types *types.Package
	Info  *types.Info
	// FromOverlay is set for packages that come from the overlay folder.
	FromOverlay bool
}

// Program is the result of loading: packages in dependency order (main last).
type Program struct {
	Fset     *token.FileSet
	Packages []*Package
	Main     *Package
}

// Error is one diagnostic at a source position.
type Error struct {
	Pos token.Position
	Msg string
}

// ErrorList is returned when the program has compile errors.
type ErrorList []Error

func (l ErrorList) Error() string { return fmt.Sprintf("%d errors", len(l)) }

type loader struct {
	cfg        Config
	ctxt       build.Context
	fset       *token.FileSet
	pkgs       map[string]*Package
	loading    map[string]bool
	order      []*Package
	errs       []Error
	modulePath string
	moduleDir  string
}

// Load loads the package named by arg: a directory, a single .go file or an import path.
func Load(cfg Config, arg string) (*Program, error) {
	l := &loader{cfg: cfg, fset: token.NewFileSet(), pkgs: map[string]*Package{}, loading: map[string]bool{}}
	l.ctxt = build.Default
	l.ctxt.GOROOT = cfg.GOROOT
	l.ctxt.GOPATH = ""
	l.ctxt.GOOS = cfg.GOOS
	l.ctxt.GOARCH = cfg.GOARCH
	l.ctxt.CgoEnabled = false
	// Marmot assembles no .s files: math/big's portable arithmetic replaces its assembly.
	l.ctxt.BuildTags = append(append([]string(nil), cfg.Tags...), "math_big_pure_go")
	l.ctxt.ToolTags = nil
	l.ctxt.ReleaseTags = build.Default.ReleaseTags
	l.ctxt.Compiler = "gc"

	var main *Package
	var err error
	abs := arg
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(cfg.Dir, arg)
	}
	if st, e := os.Stat(abs); e == nil && !st.IsDir() && strings.HasSuffix(abs, ".go") {
		l.findModule(filepath.Dir(abs))
		main, err = l.loadFiles("main", filepath.Dir(abs), []string{filepath.Base(abs)})
	} else if e == nil && st.IsDir() {
		l.findModule(abs)
		path := "main"
		if l.modulePath != "" {
			if rel, e := filepath.Rel(l.moduleDir, abs); e == nil && !strings.HasPrefix(rel, "..") {
				path = l.modulePath
				if rel != "." {
					path += "/" + filepath.ToSlash(rel)
				}
			}
		}
		main, err = l.loadDir(path, abs)
	} else {
		l.findModule(cfg.Dir)
		dir := l.dirOf(arg)
		if dir == "" {
			return nil, fmt.Errorf("cannot find package %q", arg)
		}
		main, err = l.loadDir(arg, dir)
	}
	if err != nil {
		return nil, err
	}
	// The overlay's runtime is part of every program: the C runtime calls into it.
	if l.cfg.Overlay != "" && hasGoFiles(filepath.Join(l.cfg.Overlay, "src", "runtime")) {
		if _, err := l.importPkg("runtime", cfg.Dir); err != nil && len(l.errs) == 0 {
			return nil, err
		}
	}
	if len(l.errs) > 0 {
		return nil, ErrorList(l.sortedErrors())
	}
	if main.Types.Name() != "main" {
		return nil, fmt.Errorf("package %s is not a main package", main.Path)
	}
	return &Program{Fset: l.fset, Packages: l.order, Main: main}, nil
}

func (l *loader) sortedErrors() []Error {
	errs := l.errs
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i].Pos, errs[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	// Drop exact duplicates.
	out := errs[:0]
	for i, e := range errs {
		if i > 0 && e == errs[i-1] {
			continue
		}
		out = append(out, e)
	}
	return out
}

// findModule looks for go.mod from dir upwards and records the module path.
func (l *loader) findModule(dir string) {
	for d := dir; ; d = filepath.Dir(d) {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			if p := modulePath(data); p != "" {
				l.modulePath, l.moduleDir = p, d
			}
			return
		}
		if filepath.Dir(d) == d {
			return
		}
	}
}

// dirOf maps an import path to its source folder, or "" when not found.
func (l *loader) dirOf(path string) string {
	isDir := func(d string) bool {
		st, err := os.Stat(d)
		return err == nil && st.IsDir()
	}
	if l.modulePath != "" && (path == l.modulePath || strings.HasPrefix(path, l.modulePath+"/")) {
		d := filepath.Join(l.moduleDir, filepath.FromSlash(strings.TrimPrefix(path, l.modulePath)))
		if isDir(d) {
			return d
		}
	}
	if l.cfg.Overlay != "" {
		if d := filepath.Join(l.cfg.Overlay, "src", filepath.FromSlash(path)); isDir(d) && hasGoFiles(d) {
			return d
		}
	}
	if d := filepath.Join(l.cfg.GOROOT, "src", filepath.FromSlash(path)); isDir(d) {
		return d
	}
	if d := filepath.Join(l.cfg.GOROOT, "src", "vendor", filepath.FromSlash(path)); isDir(d) {
		return d
	}
	return ""
}

func hasGoFiles(dir string) bool {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			return true
		}
	}
	return false
}

func (l *loader) loadDir(path, dir string) (*Package, error) {
	bp, err := l.ctxt.ImportDir(dir, 0)
	if err != nil {
		if _, ok := err.(*build.NoGoError); ok {
			return nil, fmt.Errorf("no buildable Go source files in %s", dir)
		}
		if _, ok := err.(*build.MultiplePackageError); ok {
			return nil, err
		}
		if bp == nil || len(bp.GoFiles) == 0 {
			return nil, err
		}
	}
	return l.loadFiles(path, dir, bp.GoFiles)
}

// loadFiles parses and type-checks the given files of one package, loading its imports
// first.
func (l *loader) loadFiles(path, dir string, names []string) (*Package, error) {
	var files []*ast.File
	nerr := len(l.errs)
	for _, name := range names {
		f, err := parser.ParseFile(l.fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			l.addScannerErrors(err)
			if f == nil {
				continue
			}
		}
		files = append(files, f)
	}
	if len(l.errs) > nerr {
		return nil, ErrorList(l.sortedErrors())
	}
	pkg := &Package{Path: path, Dir: dir, Files: files}
	if l.cfg.Overlay != "" && strings.HasPrefix(dir, filepath.Join(l.cfg.Overlay, "src")+string(filepath.Separator)) {
		pkg.FromOverlay = true
	}
	pkg.Info = &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Scopes:     map[ast.Node]*types.Scope{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Instances:  map[*ast.Ident]types.Instance{},
	}
	l.loading[path] = true
	conf := types.Config{
		Importer:         importerFunc(func(p string) (*types.Package, error) { return l.importPkg(p, dir) }),
		Sizes:            l.cfg.Sizes,
		GoVersion:        "go1.19",
		IgnoreFuncBodies: false,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				l.errs = append(l.errs, Error{Pos: l.fset.Position(te.Pos), Msg: te.Msg})
			} else {
				l.errs = append(l.errs, Error{Msg: err.Error()})
			}
		},
	}
	tpkg, _ := conf.Check(path, l.fset, files, pkg.Info)
	pkg.Types = tpkg
	delete(l.loading, path)
	l.pkgs[path] = pkg
	l.order = append(l.order, pkg)
	return pkg, nil
}

func (l *loader) addScannerErrors(err error) {
	if list, ok := err.(scanner.ErrorList); ok {
		for _, e := range list {
			l.errs = append(l.errs, Error{Pos: e.Pos, Msg: e.Msg})
		}
		return
	}
	l.errs = append(l.errs, Error{Msg: err.Error()})
}

func (l *loader) importPkg(path, fromDir string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if path == "C" {
		return nil, fmt.Errorf("cgo is not supported")
	}
	if p, ok := l.pkgs[path]; ok {
		return p.Types, nil
	}
	if l.loading[path] {
		return nil, fmt.Errorf("import cycle involving %q", path)
	}
	dir := l.dirOf(path)
	if dir == "" {
		return nil, fmt.Errorf("package %s is not in GOROOT, the overlay or the main module", path)
	}
	nerr := len(l.errs)
	p, err := l.loadDir(path, dir)
	if err != nil {
		if _, ok := err.(ErrorList); ok {
			return nil, fmt.Errorf("could not import %s (compile errors)", path)
		}
		return nil, err
	}
	if len(l.errs) > nerr {
		return p.Types, nil
	}
	return p.Types, nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
