// kind: chan-dir
package main

func drain(in <-chan string) {
	for range in {
	}
	close(in)
}

func main() {
	ch := make(chan string)
	go drain(ch)
	ch <- "x"
}
