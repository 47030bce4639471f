./main.go:4:16: parameter a leaks to ~r0 for fromArray with derefs=0:
./main.go:4:16:   flow: ~r0 ← a:
./main.go:4:16:     from a[1] (fixed-array-index-of) at ./main.go:5:10
./main.go:4:16:     from return a[1] (return) at ./main.go:5:2
./main.go:4:16: leaking param: a to result ~r0 level=0
./main.go:8:16: parameter s leaks to ~r0 for fromSlice with derefs=1:
./main.go:8:16:   flow: ~r0 ← *s:
./main.go:8:16:     from s[1] (dot of pointer) at ./main.go:9:10
./main.go:8:16:     from return s[1] (return) at ./main.go:9:2
./main.go:8:16: leaking param: s to result ~r0 level=1
./main.go:12:19: parameter p leaks to ~r0 for fromArrayPtr with derefs=1:
./main.go:12:19:   flow: ~r0 ← *p:
./main.go:12:19:     from p (indirection) at ./main.go:13:10
./main.go:12:19:     from p[1] (fixed-array-index-of) at ./main.go:13:10
./main.go:12:19:     from return p[1] (return) at ./main.go:13:2
./main.go:12:19: leaking param: p to result ~r0 level=1
