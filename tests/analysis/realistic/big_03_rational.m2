./main.go:11:12: new(big.Rat) escapes to heap in harmonic:
./main.go:11:12:   flow: sum ← &{storage for new(big.Rat)}:
./main.go:11:12:     from new(big.Rat) (spill) at ./main.go:11:12
./main.go:11:12:     from sum := new(big.Rat) (assign) at ./main.go:11:6
./main.go:11:12:   flow: ~r0 ← sum:
./main.go:11:12:     from return sum (return) at ./main.go:15:2
./main.go:11:12: new(big.Rat) escapes to heap
./main.go:20:25: (*big.Rat).RatString(h) escapes to heap in main:
./main.go:20:25:   flow: {storage for ... argument} ← &{storage for (*big.Rat).RatString(h)}:
./main.go:20:25:     from (*big.Rat).RatString(h) (spill) at ./main.go:20:25
./main.go:20:25:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:25:   flow: {heap} ← {storage for ... argument}:
./main.go:20:25:     from ... argument (spill) at ./main.go:20:13
./main.go:20:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:22:32: f escapes to heap in main:
./main.go:22:32:   flow: {storage for ... argument} ← &{storage for f}:
./main.go:22:32:     from f (spill) at ./main.go:22:32
./main.go:22:32:     from ... argument (slice-literal-element) at ./main.go:22:12
./main.go:22:32:   flow: {heap} ← {storage for ... argument}:
./main.go:22:32:     from ... argument (spill) at ./main.go:22:12
./main.go:22:32:     from fmt.Printf("%.6f exact=%v\n", ... argument...) (call parameter) at ./main.go:22:12
./main.go:22:35: exact escapes to heap in main:
./main.go:22:35:   flow: {storage for ... argument} ← &{storage for exact}:
./main.go:22:35:     from exact (spill) at ./main.go:22:35
./main.go:22:35:     from ... argument (slice-literal-element) at ./main.go:22:12
./main.go:22:35:   flow: {heap} ← {storage for ... argument}:
./main.go:22:35:     from ... argument (spill) at ./main.go:22:12
./main.go:22:35:     from fmt.Printf("%.6f exact=%v\n", ... argument...) (call parameter) at ./main.go:22:12
./main.go:27:20: (*big.Float).Text(x, byte(103), 50) escapes to heap in main:
./main.go:27:20:   flow: {storage for ... argument} ← &{storage for (*big.Float).Text(x, byte(103), 50)}:
./main.go:27:20:     from (*big.Float).Text(x, byte(103), 50) (spill) at ./main.go:27:20
./main.go:27:20:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:20:   flow: {heap} ← {storage for ... argument}:
./main.go:27:20:     from ... argument (spill) at ./main.go:27:13
./main.go:27:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:20:13: ... argument does not escape
./main.go:20:25: (*big.Rat).RatString(h) escapes to heap
./main.go:22:12: ... argument does not escape
./main.go:22:32: f escapes to heap
./main.go:22:35: exact escapes to heap
./main.go:24:10: new(big.Float) does not escape
./main.go:27:13: ... argument does not escape
./main.go:27:20: (*big.Float).Text(x, byte(103), 50) escapes to heap
