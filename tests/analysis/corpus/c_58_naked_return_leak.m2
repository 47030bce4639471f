./main.go:6:13: parameter s leaks to hi for bounds with derefs=1:
./main.go:6:13:   flow: hi ← *s:
./main.go:6:13:     from s.hi (dot of pointer) at ./main.go:9:9
./main.go:6:13:     from hi = s.hi (assign) at ./main.go:9:6
./main.go:6:13: parameter s leaks to lo for bounds with derefs=1:
./main.go:6:13:   flow: lo ← *s:
./main.go:6:13:     from s.lo (dot of pointer) at ./main.go:7:8
./main.go:6:13:     from lo = s.lo (assign) at ./main.go:7:5
./main.go:6:13: leaking param: s to result lo level=1
./main.go:6:13: leaking param: s to result hi level=1
./main.go:16:19: &span{...} does not escape
