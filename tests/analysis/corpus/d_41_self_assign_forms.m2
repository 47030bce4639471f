./main.go:10:8: (*Buf).Trim ignoring self-assignment in b.buf = b.buf[1:]
./main.go:11:8: (*Buf).Trim ignoring self-assignment in b.buf = b.buf[byte(1):int32(2)]
./main.go:15:8: (*Buf).Trim ignoring self-assignment in b.buf = b.buf[i:j:j]
./main.go:16:8: (*Buf).Trim ignoring self-assignment in b.buf = b.buf[:len(b.buf) - 1]
./main.go:9:7: parameter b leaks to {heap} for (*Buf).Trim with derefs=1:
./main.go:9:7:   flow: {heap} ← *b:
./main.go:9:7:     from *b (indirection) at ./main.go:12:14
./main.go:9:7:     from (*b).buf (dot) at ./main.go:12:17
./main.go:9:7:     from (*b).buf[:i] (slice) at ./main.go:12:21
./main.go:9:7:     from (*b).buf = (*b).buf[:i] (assign) at ./main.go:12:11
./main.go:9:7: leaking param content: b
./main.go:20:8: trim ignoring self-assignment in b.buf = b.buf[n + 1:2 * n]
./main.go:21:8: trim ignoring self-assignment in b.buf = b.buf[1:]
./main.go:19:11: b does not escape
./main.go:25:7: &Buf{} does not escape
