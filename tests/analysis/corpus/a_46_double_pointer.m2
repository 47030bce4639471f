./main.go:6:2: p escapes to heap in makePP:
./main.go:6:2:   flow: ~r0 ← &p:
./main.go:6:2:     from &p (address-of) at ./main.go:7:9
./main.go:6:2:     from return &p (return) at ./main.go:7:2
./main.go:5:2: x escapes to heap in makePP:
./main.go:5:2:   flow: p ← &x:
./main.go:5:2:     from &x (address-of) at ./main.go:6:7
./main.go:5:2:     from p := &x (assign) at ./main.go:6:4
./main.go:5:2: moved to heap: x
./main.go:6:2: moved to heap: p
./main.go:10:13: pp does not escape
