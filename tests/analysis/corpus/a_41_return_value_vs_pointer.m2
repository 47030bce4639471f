./main.go:12:2: p escapes to heap in byPointer:
./main.go:12:2:   flow: ~r0 ← &p:
./main.go:12:2:     from &p (address-of) at ./main.go:13:9
./main.go:12:2:     from return &p (return) at ./main.go:13:2
./main.go:12:2: moved to heap: p
