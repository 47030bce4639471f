./main.go:17:14: "took" escapes to heap in main:
./main.go:17:14:   flow: {storage for ... argument} ← &{storage for "took"}:
./main.go:17:14:     from "took" (spill) at ./main.go:17:14
./main.go:17:14:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:14:   flow: {heap} ← {storage for ... argument}:
./main.go:17:14:     from ... argument (spill) at ./main.go:17:13
./main.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:17:22: d escapes to heap in main:
./main.go:17:22:   flow: {storage for ... argument} ← &{storage for d}:
./main.go:17:22:     from d (spill) at ./main.go:17:22
./main.go:17:22:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:22:   flow: {heap} ← {storage for ... argument}:
./main.go:17:22:     from ... argument (spill) at ./main.go:17:13
./main.go:17:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:18:33: time.Duration.Seconds(d) escapes to heap in main:
./main.go:18:33:   flow: {storage for ... argument} ← &{storage for time.Duration.Seconds(d)}:
./main.go:18:33:     from time.Duration.Seconds(d) (spill) at ./main.go:18:33
./main.go:18:33:     from ... argument (slice-literal-element) at ./main.go:18:12
./main.go:18:33:   flow: {heap} ← {storage for ... argument}:
./main.go:18:33:     from ... argument (spill) at ./main.go:18:12
./main.go:18:33:     from fmt.Printf("%.2fs\n", ... argument...) (call parameter) at ./main.go:18:12
./main.go:20:14: time.Duration(2000000000) escapes to heap in main:
./main.go:20:14:   flow: {storage for ... argument} ← &{storage for time.Duration(2000000000)}:
./main.go:20:14:     from time.Duration(2000000000) (spill) at ./main.go:20:14
./main.go:20:14:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:14:   flow: {heap} ← {storage for ... argument}:
./main.go:20:14:     from ... argument (spill) at ./main.go:20:13
./main.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:20:27: time.Duration(60000000000) escapes to heap in main:
./main.go:20:27:   flow: {storage for ... argument} ← &{storage for time.Duration(60000000000)}:
./main.go:20:27:     from time.Duration(60000000000) (spill) at ./main.go:20:27
./main.go:20:27:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:27:   flow: {heap} ← {storage for ... argument}:
./main.go:20:27:     from ... argument (spill) at ./main.go:20:13
./main.go:20:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:17:13: ... argument does not escape
./main.go:17:14: "took" escapes to heap
./main.go:17:22: d escapes to heap
./main.go:18:12: ... argument does not escape
./main.go:18:33: time.Duration.Seconds(d) escapes to heap
./main.go:20:13: ... argument does not escape
./main.go:20:14: time.Duration(2000000000) escapes to heap
./main.go:20:27: time.Duration(60000000000) escapes to heap
