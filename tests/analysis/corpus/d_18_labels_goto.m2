./main.go:8:2: x escapes to heap in back:
./main.go:8:2:   flow: last ← &x:
./main.go:8:2:     from &x (address-of) at ./main.go:9:9
./main.go:8:2:     from last = &x (assign) at ./main.go:9:7
./main.go:8:2: moved to heap: x
./main.go:20:2: z escapes to heap in fwd:
./main.go:20:2:   flow: ~r0 ← &z:
./main.go:20:2:     from &z (address-of) at ./main.go:21:9
./main.go:20:2:     from return &z (return) at ./main.go:21:2
./main.go:20:2: moved to heap: z
./main.go:29:4: w escapes to heap in labelled:
./main.go:29:4:   flow: q ← &w:
./main.go:29:4:     from &w (address-of) at ./main.go:30:8
./main.go:29:4:     from q = &w (assign) at ./main.go:30:6
./main.go:29:4: moved to heap: w
