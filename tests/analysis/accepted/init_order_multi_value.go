// accepts: package variables in dependency order, multi-value and comma-ok initialisers
package main

import "strconv"

var a = b
var b = c
var x, err = strconv.Atoi(s)
var c = 1
var s = "12"
var d = &c
var m, ok = mm["k"]
var mm = map[string]*int{"k": d}

func main() { println(a, x, err, d, m, ok) }
