// accepts: a package variable initialised from one declared later
package main

var a = b + 1
var b = 2

func main() { _ = a }
