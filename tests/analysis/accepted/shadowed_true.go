// accepts: a local variable named true
package main

func main() {
	true := false
	_ = true
}
