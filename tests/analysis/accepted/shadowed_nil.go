// accepts: a local variable named nil
package main

func main() {
	nil := 0
	_ = nil
}
