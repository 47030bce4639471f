./main.go:18:3: y escapes to heap in main:
./main.go:18:3:   flow: q ← &y:
./main.go:18:3:     from &y (address-of) at ./main.go:19:7
./main.go:18:3:     from q = &y (assign) at ./main.go:19:5
./main.go:8:2: x escapes to heap in main:
./main.go:8:2:   flow: p ← &x:
./main.go:8:2:     from &x (address-of) at ./main.go:9:6
./main.go:8:2:     from p = &x (assign) at ./main.go:9:4
./main.go:8:2: moved to heap: x
./main.go:18:3: moved to heap: y
