// accepts: a type declared with the blank name
package main

type _ struct{}

func main() {}
