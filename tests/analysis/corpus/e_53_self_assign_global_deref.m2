./main.go:10:25: popGlobal ignoring self-assignment in gb.b = gb.b[1:]
./main.go:12:33: popDeref ignoring self-assignment in *pp = (*pp)[1:]
./main.go:12:15: pp does not escape
./main.go:14:14: parameter s leaks to {heap} for swapMap with derefs=1:
./main.go:14:14:   flow: {heap} ← *s:
./main.go:14:14:     from s[0] (dot of pointer) at ./main.go:14:52
./main.go:14:14:     from s[m[0]] = s[0] (assign) at ./main.go:14:49
./main.go:14:14: leaking param content: s
./main.go:14:24: m does not escape
./main.go:16:43: swapIdx ignoring self-assignment in s[t[0]] = s[t[1]]
./main.go:16:14: s does not escape
./main.go:16:24: t does not escape
./main.go:19:7: &buf{} escapes to heap in main:
./main.go:19:7:   flow: {heap} ← &{storage for &buf{}}:
./main.go:19:7:     from &buf{} (spill) at ./main.go:19:7
./main.go:19:7:     from gb = &buf{} (assign) at ./main.go:19:5
./main.go:19:7: &buf{} escapes to heap
