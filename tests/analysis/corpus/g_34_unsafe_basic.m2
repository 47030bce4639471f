./main.go:11:16: parameter p leaks to ~r0 for roundtrip with derefs=0:
./main.go:11:16:   flow: u ← p:
./main.go:11:16:     from u := unsafe.Pointer(p) (assign) at ./main.go:12:4
./main.go:11:16:   flow: ~r0 ← u:
./main.go:11:16:     from return (*T)(u) (return) at ./main.go:13:2
./main.go:11:16: leaking param: p to result ~r0 level=0
./main.go:19:2: y escapes to heap in main:
./main.go:19:2:   flow: {heap} ← &y:
./main.go:19:2:     from &y (address-of) at ./main.go:20:25
./main.go:19:2:     from sinkP = unsafe.Pointer(&y) (assign) at ./main.go:20:8
./main.go:19:2: moved to heap: y
