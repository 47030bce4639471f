./main.go:6:6: i escapes to heap in ptrs:
./main.go:6:6:   flow: {heap} ← &i:
./main.go:6:6:     from &i (address-of) at ./main.go:7:21
./main.go:6:6:     from append(out, &i) (call parameter) at ./main.go:7:15
./main.go:7:15: append(out, &i) escapes to heap in ptrs:
./main.go:7:15:   flow: out ← &{storage for append(out, &i)}:
./main.go:7:15:     from append(out, &i) (spill) at ./main.go:7:15
./main.go:7:15:     from out = append(out, &i) (assign) at ./main.go:7:7
./main.go:7:15:   flow: ~r0 ← out:
./main.go:7:15:     from return out (return) at ./main.go:9:2
./main.go:6:6: moved to heap: i
./main.go:7:15: append escapes to heap
