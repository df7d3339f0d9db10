// errorcheck

package main

var x int = "s" // ERROR "cannot use"
