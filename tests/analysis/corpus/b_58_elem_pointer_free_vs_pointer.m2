./main.go:7:15: s does not escape
./main.go:11:15: parameter s leaks to {heap} for readPtrs with derefs=1:
./main.go:11:15:   flow: {heap} ← *s:
./main.go:11:15:     from s[0] (dot of pointer) at ./main.go:12:8
./main.go:11:15:     from gp = s[0] (assign) at ./main.go:12:5
./main.go:11:15: leaking param content: s
./main.go:16:16: []int{...} does not escape
./main.go:17:17: []*int{...} does not escape
