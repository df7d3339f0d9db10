// Without a file system, os still has its API: path/filepath and io/ioutil build, every
// call on a path fails as on an empty file system, with io/fs's errors (errors.Is with
// fs.ErrNotExist holds, as in gc) and *fs.PathError values.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Clean("/../a//b/./c/.."), filepath.Base("/a/b.go"), filepath.Ext("x.tar.gz"), filepath.Dir("/a/b/c"), filepath.IsAbs("/a"))
	fmt.Println(filepath.Split("static/myfile.css"))
	fmt.Println(filepath.SplitList("/a:/b::/c"), filepath.VolumeName("/x"), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"))
	m, err := filepath.Match("*.go", "main.go")
	fmt.Println(m, err)
	m, err = filepath.Match("[a-", "x")
	fmt.Println(m, err)
	rel, err := filepath.Rel("/a/b", "/a/b/c/d")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("/a/b", "/a/x")
	fmt.Println(rel, err)
	_, err = filepath.Rel("a", "/b")
	fmt.Println(err)
	fmt.Println(strings.Join(filepath.SplitList(""), ","), len(filepath.SplitList("")))
	fmt.Println(string(filepath.Separator), string(os.PathSeparator), string(os.PathListSeparator), os.IsPathSeparator('/'))
	_, err = os.Stat("/definitely/not/here")
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	_, err = os.Open("/definitely/not/here")
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	_, err = ioutil.ReadFile("/definitely/not/here")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrPermission, os.ErrExist, os.ErrClosed, os.ErrInvalid)
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ModeDir|0755, fs.FileMode(0644), os.ModePerm)
	n, err := ioutil.Discard.Write([]byte("abc"))
	fmt.Println(n, err)
	fmt.Println(os.O_RDONLY, os.O_CREATE|os.O_TRUNC|os.O_WRONLY)
	fmt.Println(os.RemoveAll("/definitely/not/here"))
	_, err = os.Lstat("/x")
	fmt.Printf("%T %T %v\n", err, os.ErrNotExist, err.(*fs.PathError).Op)
	werr := filepath.Walk("/definitely/not/here", func(path string, info fs.FileInfo, err error) error {
		fmt.Println("walk", path, info == nil, os.IsNotExist(err))
		return err
	})
	fmt.Println(os.IsNotExist(werr))
}
