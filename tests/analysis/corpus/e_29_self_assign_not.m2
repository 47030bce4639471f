./main.go:11:8: parameter p leaks to {heap} for a with derefs=2:
./main.go:11:8:   flow: {heap} ← **p:
./main.go:11:8:     from p.b (dot of pointer) at ./main.go:11:34
./main.go:11:8:     from p.b[idx(i)] (dot of pointer) at ./main.go:11:36
./main.go:11:8:     from p.b[i] = p.b[idx(i)] (assign) at ./main.go:11:31
./main.go:11:8: leaking param content: p
./main.go:13:21: b ignoring self-assignment in p.b = p.c
./main.go:13:8: p does not escape
./main.go:15:8: parameter p leaks to {heap} for c with derefs=2:
./main.go:15:8:   flow: {heap} ← **p:
./main.go:15:8:     from p.c (dot of pointer) at ./main.go:15:34
./main.go:15:8:     from p.c[i] (dot of pointer) at ./main.go:15:36
./main.go:15:8:     from p.b[i] = p.c[i] (assign) at ./main.go:15:31
./main.go:15:8: leaking param content: p
./main.go:17:8: parameter p leaks to {heap} for d with derefs=1:
./main.go:17:8:   flow: {heap} ← *p:
./main.go:17:8:     from p.b (dot of pointer) at ./main.go:19:9
./main.go:17:8:     from p.b[1:] (slice) at ./main.go:19:11
./main.go:17:8:     from q.b = p.b[1:] (assign) at ./main.go:19:6
./main.go:17:8: leaking param content: p
./main.go:22:32: e ignoring self-assignment in s[i] = s[i + 1]
./main.go:22:8: s does not escape
./main.go:24:11: parameter q leaks to {heap} for f with derefs=1:
./main.go:24:11:   flow: {heap} ← *q:
./main.go:24:11:     from q.b (dot of pointer) at ./main.go:24:27
./main.go:24:11:     from p.b = q.b (assign) at ./main.go:24:24
./main.go:24:8: p does not escape
./main.go:24:11: leaking param content: q
