./main.go:5:6: a escapes to heap in window:
./main.go:5:6:   flow: ~r0 ← &a:
./main.go:5:6:     from a (address-of) at ./main.go:9:10
./main.go:5:6:     from a[2:6] (slice) at ./main.go:9:10
./main.go:5:6:     from return a[2:6] (return) at ./main.go:9:2
./main.go:5:6: moved to heap: a
