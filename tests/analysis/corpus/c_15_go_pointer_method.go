// constructs: functions, methods, structs, go
package main

type worker struct{ count int }

func (w *worker) run() { w.count++ }

func launch() {
	var w worker
	go w.run()
}

func main() { launch() }
