./main.go:8:17: append(b.data, make([]byte, n)...) escapes to heap in grow:
./main.go:8:17:   flow: {heap} ← &{storage for append(b.data, make([]byte, n)...)}:
./main.go:8:17:     from append(b.data, make([]byte, n)...) (spill) at ./main.go:8:17
./main.go:8:17:     from b.data = append(b.data, make([]byte, n)...) (assign) at ./main.go:8:9
./main.go:7:11: parameter b leaks to {heap} for grow with derefs=1:
./main.go:7:11:   flow: {temp} ← *b:
./main.go:7:11:     from b.data (dot of pointer) at ./main.go:8:19
./main.go:7:11:     from append(b.data, make([]byte, n)...) (call parameter) at ./main.go:8:17
./main.go:7:11:   flow: {heap} ← {temp}:
./main.go:7:11:     from b.data = append(b.data, make([]byte, n)...) (assign) at ./main.go:8:9
./main.go:7:11: leaking param content: b
./main.go:8:30: make([]byte, n) does not escape
./main.go:8:17: append escapes to heap
./main.go:12:11: parameter b leaks to ~r0 for view with derefs=1:
./main.go:12:11:   flow: ~r0 ← *b:
./main.go:12:11:     from b.data (dot of pointer) at ./main.go:12:36
./main.go:12:11:     from b.data[:1] (slice) at ./main.go:12:41
./main.go:12:11:     from return b.data[:1] (return) at ./main.go:12:28
./main.go:12:11: leaking param: b to result ~r0 level=1
