./main.go:9:2: y escapes to heap in Addr[go.shape.struct { main.v int }]:
./main.go:9:2:   flow: ~r0 ← &y:
./main.go:9:2:     from &y (address-of) at ./main.go:10:9
./main.go:9:2:     from return &y (return) at ./main.go:10:2
./main.go:9:2: moved to heap: y
./main.go:9:2: y escapes to heap in Addr[go.shape.struct { main.w int }]:
./main.go:9:2:   flow: ~r0 ← &y:
./main.go:9:2:     from &y (address-of) at ./main.go:10:9
./main.go:9:2:     from return &y (return) at ./main.go:10:2
./main.go:9:2: moved to heap: y
