./main.go:12:6: b escapes to heap in sliceReturned:
./main.go:12:6:   flow: ~r0 ← &b:
./main.go:12:6:     from b (address-of) at ./main.go:13:10
./main.go:12:6:     from b[:] (slice) at ./main.go:13:10
./main.go:12:6:     from return b[:] (return) at ./main.go:13:2
./main.go:12:6: moved to heap: b
