./main.go:24:45: n escapes to heap in main:
./main.go:24:45:   flow: {storage for ... argument} ← &{storage for n}:
./main.go:24:45:     from n (spill) at ./main.go:24:45
./main.go:24:45:     from ... argument (slice-literal-element) at ./main.go:24:14
./main.go:24:45:   flow: {heap} ← {storage for ... argument}:
./main.go:24:45:     from ... argument (spill) at ./main.go:24:14
./main.go:24:45:     from fmt.Printf("fib(%d) = %s has %d bits\n", ... argument...) (call parameter) at ./main.go:24:14
./main.go:24:56: (*big.Int).String(f) escapes to heap in main:
./main.go:24:56:   flow: {storage for ... argument} ← &{storage for (*big.Int).String(f)}:
./main.go:24:56:     from (*big.Int).String(f) (spill) at ./main.go:24:56
./main.go:24:56:     from ... argument (slice-literal-element) at ./main.go:24:14
./main.go:24:56:   flow: {heap} ← {storage for ... argument}:
./main.go:24:56:     from ... argument (spill) at ./main.go:24:14
./main.go:24:56:     from fmt.Printf("fib(%d) = %s has %d bits\n", ... argument...) (call parameter) at ./main.go:24:14
./main.go:24:68: (*big.Int).BitLen(f) escapes to heap in main:
./main.go:24:68:   flow: {storage for ... argument} ← &{storage for (*big.Int).BitLen(f)}:
./main.go:24:68:     from (*big.Int).BitLen(f) (spill) at ./main.go:24:68
./main.go:24:68:     from ... argument (slice-literal-element) at ./main.go:24:14
./main.go:24:68:   flow: {heap} ← {storage for ... argument}:
./main.go:24:68:     from ... argument (spill) at ./main.go:24:14
./main.go:24:68:     from fmt.Printf("fib(%d) = %s has %d bits\n", ... argument...) (call parameter) at ./main.go:24:14
./main.go:24:14: ... argument does not escape
./main.go:24:45: n escapes to heap
./main.go:24:56: (*big.Int).String(f) escapes to heap
./main.go:24:68: (*big.Int).BitLen(f) escapes to heap
