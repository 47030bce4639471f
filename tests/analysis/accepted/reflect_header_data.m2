./main.go:9:20: parameter s leaks to ~r0 for fromSliceData with derefs=0:
./main.go:9:20:   flow: ~r0 ← s:
./main.go:9:20:     from &s (address-of) at ./main.go:10:62
./main.go:9:20:     from (*reflect.SliceHeader)(unsafe.Pointer(&s)).Data (reflect.Header.Data) at ./main.go:10:66
./main.go:9:20:     from return unsafe.Pointer((*reflect.SliceHeader)(unsafe.Pointer(&s)).Data) (return) at ./main.go:10:2
./main.go:9:20: leaking param: s to result ~r0 level=0
./main.go:13:21: parameter s leaks to ~r0 for fromStringData with derefs=0:
./main.go:13:21:   flow: ~r0 ← s:
./main.go:13:21:     from &s (address-of) at ./main.go:14:63
./main.go:13:21:     from (*reflect.StringHeader)(unsafe.Pointer(&s)).Data (reflect.Header.Data) at ./main.go:14:67
./main.go:13:21:     from return unsafe.Pointer((*reflect.StringHeader)(unsafe.Pointer(&s)).Data) (return) at ./main.go:14:2
./main.go:13:21: leaking param: s to result ~r0 level=0
./main.go:17:28: parameter p leaks to {heap} for toSliceData with derefs=0:
./main.go:17:28:   flow: {heap} ← p:
./main.go:17:28:     from (*reflect.SliceHeader)(unsafe.Pointer(s)).Data = uintptr(p) (assign) at ./main.go:18:49
./main.go:17:18: s does not escape
./main.go:17:28: leaking param: p
./main.go:21:17: s does not escape
./main.go:30:2: n escapes to heap in main:
./main.go:30:2:   flow: {heap} ← &n:
./main.go:30:2:     from &n (address-of) at ./main.go:31:34
./main.go:30:2:     from toSliceData(&ys, unsafe.Pointer(&n)) (call parameter) at ./main.go:31:13
./main.go:30:2: moved to heap: n
./main.go:26:13: []int{...} does not escape
