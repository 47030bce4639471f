./main.go:11:40: ... argument does not escape
./main.go:15:20: ... argument does not escape
./main.go:22:28: errors.Is(err, ErrBase) escapes to heap in main:
./main.go:22:28:   flow: {storage for ... argument} ← &{storage for errors.Is(err, ErrBase)}:
./main.go:22:28:     from errors.Is(err, ErrBase) (spill) at ./main.go:22:28
./main.go:22:28:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:28:   flow: {heap} ← {storage for ... argument}:
./main.go:22:28:     from ... argument (spill) at ./main.go:22:13
./main.go:22:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:13: ... argument does not escape
./main.go:22:28: errors.Is(err, ErrBase) escapes to heap
./main.go:23:23: ... argument does not escape
./main.go:24:13: ... argument does not escape
