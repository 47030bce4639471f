./main.go:7:25: (*queue).swap ignoring self-assignment in q.items[i], q.items[j] = q.items[j], q.items[i]
./main.go:7:25: (*queue).swap ignoring self-assignment in q.items[i], q.items[j] = q.items[j], q.items[i]
./main.go:6:7: q does not escape
./main.go:10:15: parameter b leaks to {heap} for cross with derefs=2:
./main.go:10:15:   flow: {heap} ← **b:
./main.go:10:15:     from b.items (dot of pointer) at ./main.go:11:28
./main.go:10:15:     from b.items[i] (dot of pointer) at ./main.go:11:34
./main.go:10:15:     from a.items[i], b.items[i] = b.items[i], a.items[i] (assign-pair) at ./main.go:11:25
./main.go:10:12: parameter a leaks to {heap} for cross with derefs=2:
./main.go:10:12:   flow: {heap} ← **a:
./main.go:10:12:     from a.items (dot of pointer) at ./main.go:11:40
./main.go:10:12:     from a.items[i] (dot of pointer) at ./main.go:11:46
./main.go:10:12:     from a.items[i], b.items[i] = b.items[i], a.items[i] (assign-pair) at ./main.go:11:25
./main.go:10:12: leaking param content: a
./main.go:10:15: leaking param content: b
