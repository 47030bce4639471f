./main.go:8:13: parameter p leaks to ~r0 for second with derefs=0:
./main.go:8:13:   flow: ~r0 ← p:
./main.go:8:13:     from return (*int64)(unsafe.Pointer(uintptr(unsafe.Pointer(p)) + uintptr(8))) (return) at ./main.go:9:2
./main.go:8:13: leaking param: p to result ~r0 level=0
./main.go:12:14: parameter p leaks to ~r0 for shifted with derefs=0:
./main.go:12:14:   flow: ~r0 ← p:
./main.go:12:14:     from return unsafe.Pointer(uintptr(unsafe.Pointer(p)) + k * uintptr(2)) (return) at ./main.go:13:2
./main.go:12:14: leaking param: p to result ~r0 level=0
./main.go:16:11: p does not escape
