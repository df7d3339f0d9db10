// run

package main

import "os"

func main() {
	if os.Getenv("NOT_SET") != "" {
		os.Exit(1)
	}
}
