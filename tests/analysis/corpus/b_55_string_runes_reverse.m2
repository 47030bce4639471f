./main.go:7:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./main.go:7:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./main.go:9:16: string(r) escapes to heap in reverse:
./main.go:9:16:   flow: ~r0 ← &{storage for string(r)}:
./main.go:9:16:     from string(r) (spill) at ./main.go:9:16
./main.go:9:16:     from return string(r) (return) at ./main.go:9:2
./main.go:4:14: s does not escape
./main.go:5:14: ([]rune)(s) does not escape
./main.go:9:16: string(r) escapes to heap
./main.go:13:16: string(c) escapes to heap in letter:
./main.go:13:16:   flow: ~r0 ← &{storage for string(c)}:
./main.go:13:16:     from string(c) (spill) at ./main.go:13:16
./main.go:13:16:     from return string(c) (return) at ./main.go:13:2
./main.go:13:16: string(c) escapes to heap
