./main.go:4:10: parameter p leaks to ~r0 for rec with derefs=0:
./main.go:4:10:   flow: ~r0 ← p:
./main.go:4:10:     from return p (return) at ./main.go:6:3
./main.go:4:10: leaking param: p to result ~r0 level=0
