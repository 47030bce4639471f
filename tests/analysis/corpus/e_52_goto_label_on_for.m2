./main.go:19:3: y escapes to heap in main:
./main.go:19:3:   flow: q ← &y:
./main.go:19:3:     from &y (address-of) at ./main.go:20:7
./main.go:19:3:     from q = &y (assign) at ./main.go:20:5
./main.go:14:2: x escapes to heap in main:
./main.go:14:2:   flow: p ← &x:
./main.go:14:2:     from &x (address-of) at ./main.go:15:6
./main.go:14:2:     from p = &x (assign) at ./main.go:15:4
./main.go:14:2: moved to heap: x
./main.go:19:3: moved to heap: y
