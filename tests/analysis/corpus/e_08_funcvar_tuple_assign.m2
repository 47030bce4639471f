./main.go:6:11: p does not escape
./main.go:11:2: x escapes to heap in main:
./main.go:11:2:   flow: {heap} ← &x:
./main.go:11:2:     from &x (address-of) at ./main.go:15:4
./main.go:11:2:     from f(&x) (call parameter) at ./main.go:15:3
./main.go:16:2: y escapes to heap in main:
./main.go:16:2:   flow: {heap} ← &y:
./main.go:16:2:     from &y (address-of) at ./main.go:18:4
./main.go:16:2:     from g(&y) (call parameter) at ./main.go:18:3
./main.go:19:2: z escapes to heap in main:
./main.go:19:2:   flow: {heap} ← &z:
./main.go:19:2:     from &z (address-of) at ./main.go:22:8
./main.go:19:2:     from (*ph)(&z) (call parameter) at ./main.go:22:7
./main.go:11:2: moved to heap: x
./main.go:16:2: moved to heap: y
./main.go:19:2: moved to heap: z
