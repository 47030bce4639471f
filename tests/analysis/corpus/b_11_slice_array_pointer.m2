./main.go:4:11: parameter p leaks to ~r0 for view with derefs=0:
./main.go:4:11:   flow: ~r0 ← p:
./main.go:4:11:     from p[2:4] (slice) at ./main.go:5:10
./main.go:4:11:     from return p[2:4] (return) at ./main.go:5:2
./main.go:4:11: leaking param: p to result ~r0 level=0
./main.go:9:10: new([8]int) does not escape
