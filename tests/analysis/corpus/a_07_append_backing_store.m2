./main.go:7:13: append does not escape
./main.go:14:12: append(s, 1) escapes to heap in returned:
./main.go:14:12:   flow: s ← &{storage for append(s, 1)}:
./main.go:14:12:     from append(s, 1) (spill) at ./main.go:14:12
./main.go:14:12:     from s = append(s, 1) (assign) at ./main.go:14:4
./main.go:14:12:   flow: ~r0 ← s:
./main.go:14:12:     from return s (return) at ./main.go:15:2
./main.go:14:12: append escapes to heap
./main.go:19:2: x escapes to heap in ptrs:
./main.go:19:2:   flow: {heap} ← &x:
./main.go:19:2:     from &x (address-of) at ./main.go:21:16
./main.go:19:2:     from append(s, &x) (call parameter) at ./main.go:21:12
./main.go:19:2: moved to heap: x
./main.go:21:12: append does not escape
