//go:build cortexm

package runtime

// GOOS is the operating system the program was built for: none, the program runs on the
// bare board (build constraints still see the target's goos).
const GOOS = "none"

// GOARCH is the processor architecture of the board.
const GOARCH = "arm"
