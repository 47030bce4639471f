./main.go:11:2: x escapes to heap in main:
./main.go:11:2:   flow: {heap} ← &x:
./main.go:11:2:     from &x (address-of) at ./main.go:12:24
./main.go:11:2:     from unsafe.Pointer(&x) (interface-converted) at ./main.go:12:23
./main.go:11:2:     from sink = unsafe.Pointer(&x) (assign) at ./main.go:12:7
./main.go:13:2: y escapes to heap in main:
./main.go:13:2:   flow: {heap} ← &y:
./main.go:13:2:     from &y (address-of) at ./main.go:14:26
./main.go:13:2:     from H{...} (struct literal element) at ./main.go:14:10
./main.go:13:2:     from H{...} (interface-converted) at ./main.go:14:10
./main.go:13:2:     from sink = H{...} (assign) at ./main.go:14:7
./main.go:17:9: u escapes to heap in main:
./main.go:17:9:   flow: {heap} ← &{storage for u}:
./main.go:17:9:     from u (spill) at ./main.go:17:9
./main.go:17:9:     from sink = u (assign) at ./main.go:17:7
./main.go:11:2: moved to heap: x
./main.go:13:2: moved to heap: y
./main.go:17:9: u escapes to heap
