./main.go:20:4: z escapes to heap in main:
./main.go:20:4:   flow: r ← &z:
./main.go:20:4:     from &z (address-of) at ./main.go:21:8
./main.go:20:4:     from r = &z (assign) at ./main.go:21:6
./main.go:13:4: y escapes to heap in main:
./main.go:13:4:   flow: q ← &y:
./main.go:13:4:     from &y (address-of) at ./main.go:14:8
./main.go:13:4:     from q = &y (assign) at ./main.go:14:6
./main.go:7:3: x escapes to heap in main:
./main.go:7:3:   flow: p ← &x:
./main.go:7:3:     from &x (address-of) at ./main.go:8:7
./main.go:7:3:     from p = &x (assign) at ./main.go:8:5
./main.go:7:3: moved to heap: x
./main.go:13:4: moved to heap: y
./main.go:20:4: moved to heap: z
