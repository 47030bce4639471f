./main.go:4:11: parameter s leaks to ~r0 for tail with derefs=0:
./main.go:4:11:   flow: ~r0 ← s:
./main.go:4:11:     from s[1:] (slice) at ./main.go:5:10
./main.go:4:11:     from return s[1:] (return) at ./main.go:5:2
./main.go:4:11: leaking param: s to result ~r0 level=0
./main.go:8:11: parameter s leaks to ~r0 for head with derefs=1:
./main.go:8:11:   flow: h ← s:
./main.go:8:11:     from s[:1] (slice) at ./main.go:9:8
./main.go:8:11:     from h := s[:1] (assign) at ./main.go:9:4
./main.go:8:11:   flow: ~r0 ← *h:
./main.go:8:11:     from h[0] (dot of pointer) at ./main.go:10:10
./main.go:8:11:     from return h[0] (return) at ./main.go:10:2
./main.go:8:11: leaking param: s to result ~r0 level=1
./main.go:15:16: []int{...} does not escape
./main.go:16:17: []*int{...} does not escape
