./main.go:12:9: rotate ignoring self-assignment in o.in.a = o.in.b
./main.go:13:11: rotate ignoring self-assignment in o.arr[0] = o.arr[1]
./main.go:11:13: o does not escape
./main.go:16:13: parameter q leaks to {heap} for mix with derefs=1:
./main.go:16:13:   flow: {heap} ← *q:
./main.go:16:13:     from q.in (dot of pointer) at ./main.go:17:12
./main.go:16:13:     from q.in.b (dot) at ./main.go:17:15
./main.go:16:13:     from o.in.a = q.in.b (assign) at ./main.go:17:9
./main.go:16:10: o does not escape
./main.go:16:13: leaking param content: q
