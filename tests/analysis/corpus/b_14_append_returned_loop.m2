./main.go:7:13: append(s, i) escapes to heap in upto:
./main.go:7:13:   flow: s ← &{storage for append(s, i)}:
./main.go:7:13:     from append(s, i) (spill) at ./main.go:7:13
./main.go:7:13:     from s = append(s, i) (assign) at ./main.go:7:5
./main.go:7:13:   flow: ~r0 ← s:
./main.go:7:13:     from return s (return) at ./main.go:9:2
./main.go:7:13: append escapes to heap
