./main.go:8:2: b escapes to heap in pump:
./main.go:8:2:   flow: {heap} ← &b:
./main.go:8:2:     from &b (address-of) at ./main.go:14:13
./main.go:8:2:     from in <- &b (send) at ./main.go:14:10
./main.go:7:7: &T{...} escapes to heap in pump:
./main.go:7:7:   flow: a ← &{storage for &T{...}}:
./main.go:7:7:     from &T{...} (spill) at ./main.go:7:7
./main.go:7:7:     from a := &T{...} (assign) at ./main.go:7:4
./main.go:7:7:   flow: {heap} ← a:
./main.go:7:7:     from out <- a (send) at ./main.go:10:11
./main.go:6:11: in does not escape
./main.go:6:23: out does not escape
./main.go:6:36: done does not escape
./main.go:8:2: moved to heap: b
./main.go:7:7: &T{...} escapes to heap
./main.go:19:8: &T{...} does not escape
