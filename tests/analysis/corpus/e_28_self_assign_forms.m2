./main.go:9:27: (*buf).pop ignoring self-assignment in p.b = p.b[1:]
./main.go:9:7: p does not escape
./main.go:11:7: parameter p leaks to {heap} for (*buf).trunc with derefs=1:
./main.go:11:7:   flow: {heap} ← *p:
./main.go:11:7:     from *p (indirection) at ./main.go:11:40
./main.go:11:7:     from (*p).b (dot) at ./main.go:11:43
./main.go:11:7:     from (*p).b[:n] (slice) at ./main.go:11:45
./main.go:11:7:     from (*p).b = (*p).b[:n] (assign) at ./main.go:11:37
./main.go:11:7: leaking param content: p
./main.go:13:7: parameter p leaks to {heap} for (*buf).fromArr with derefs=0:
./main.go:13:7:   flow: {heap} ← p:
./main.go:13:7:     from p.arr (dot of pointer) at ./main.go:13:34
./main.go:13:7:     from p.arr (address-of) at ./main.go:13:38
./main.go:13:7:     from p.arr[:] (slice) at ./main.go:13:38
./main.go:13:7:     from p.b = p.arr[:] (assign) at ./main.go:13:31
./main.go:13:7: leaking param: p
./main.go:15:21: parameter q leaks to {heap} for (*buf).other with derefs=1:
./main.go:15:21:   flow: {heap} ← *q:
./main.go:15:21:     from q.b (dot of pointer) at ./main.go:15:38
./main.go:15:21:     from q.b[1:] (slice) at ./main.go:15:40
./main.go:15:21:     from p.b = q.b[1:] (assign) at ./main.go:15:35
./main.go:15:7: p does not escape
./main.go:15:21: leaking param content: q
./main.go:17:44: swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./main.go:17:44: swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
./main.go:17:11: s does not escape
./main.go:19:54: swapEnds ignoring self-assignment in s[i + 1], s[len(s) - 1] = s[len(s) - 1], s[i + 1]
./main.go:19:54: swapEnds ignoring self-assignment in s[i + 1], s[len(s) - 1] = s[len(s) - 1], s[i + 1]
./main.go:19:15: s does not escape
./main.go:22:6: b escapes to heap in main:
./main.go:22:6:   flow: {heap} ← &b:
./main.go:22:6:     from b (address-of) at ./main.go:25:3
./main.go:22:6:     from (*buf).fromArr(b) (call parameter) at ./main.go:25:11
./main.go:22:6: moved to heap: b
