./main.go:5:12: .autotmp_1 escapes to heap in escapes:
./main.go:5:12:   flow: ~r0 ← &.autotmp_1:
./main.go:5:12:     from &.autotmp_1 (address-of) at ./main.go:5:12
./main.go:5:12:     from return &.autotmp_1 (return) at ./main.go:5:2
./main.go:5:12: moved to heap: .autotmp_1
