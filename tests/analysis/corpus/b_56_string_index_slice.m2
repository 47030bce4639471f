./main.go:6:12: s does not escape
./main.go:10:13: parameter s leaks to ~r0 for middle with derefs=0:
./main.go:10:13:   flow: ~r0 ← s:
./main.go:10:13:     from s[1:len(s) - 1] (slice) at ./main.go:11:10
./main.go:10:13:     from return s[1:len(s) - 1] (return) at ./main.go:11:2
./main.go:10:13: leaking param: s to result ~r0 level=0
./main.go:14:11: parameter s leaks to {heap} for keep with derefs=0:
./main.go:14:11:   flow: {heap} ← s:
./main.go:14:11:     from s[:2] (slice) at ./main.go:15:10
./main.go:14:11:     from kept = s[:2] (assign) at ./main.go:15:7
./main.go:14:11: leaking param: s
