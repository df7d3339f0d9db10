// run

package main

import (
	"fmt"
	"io/ioutil"
)

func main() {
	b, _ := ioutil.ReadFile("x")
	fmt.Println(len(b))
}
