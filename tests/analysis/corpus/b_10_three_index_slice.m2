./main.go:4:12: parameter s leaks to ~r0 for limit with derefs=0:
./main.go:4:12:   flow: ~r0 ← s:
./main.go:4:12:     from s[0:2:2] (slice) at ./main.go:5:10
./main.go:4:12:     from return s[0:2:2] (return) at ./main.go:5:2
./main.go:4:12: leaking param: s to result ~r0 level=0
./main.go:11:12: append does not escape
./main.go:16:16: make([]byte, 4) does not escape
