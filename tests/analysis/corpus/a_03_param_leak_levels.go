// constructs: functions, pointers
package main

var sink *int

func keep(p *int)        { sink = p }
func id(p *int) *int     { return p }
func first(pp **int) *int { return *pp }
func read(p *int) int    { return *p }
func content(s []*int)   { sink = s[0] }

func main() {}
