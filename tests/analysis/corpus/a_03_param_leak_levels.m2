./main.go:6:11: parameter p leaks to {heap} for keep with derefs=0:
./main.go:6:11:   flow: {heap} ← p:
./main.go:6:11:     from sink = p (assign) at ./main.go:6:33
./main.go:6:11: leaking param: p
./main.go:7:9: parameter p leaks to ~r0 for id with derefs=0:
./main.go:7:9:   flow: ~r0 ← p:
./main.go:7:9:     from return p (return) at ./main.go:7:28
./main.go:7:9: leaking param: p to result ~r0 level=0
./main.go:8:12: parameter pp leaks to ~r0 for first with derefs=1:
./main.go:8:12:   flow: ~r0 ← *pp:
./main.go:8:12:     from *pp (indirection) at ./main.go:8:36
./main.go:8:12:     from return *pp (return) at ./main.go:8:29
./main.go:8:12: leaking param: pp to result ~r0 level=1
./main.go:9:11: p does not escape
./main.go:10:14: parameter s leaks to {heap} for content with derefs=1:
./main.go:10:14:   flow: {heap} ← *s:
./main.go:10:14:     from s[0] (dot of pointer) at ./main.go:10:36
./main.go:10:14:     from sink = s[0] (assign) at ./main.go:10:33
./main.go:10:14: leaking param content: s
