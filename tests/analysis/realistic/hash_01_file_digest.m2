./main.go:12:13: parameter r leaks to {heap} for digest with derefs=0:
./main.go:12:13:   flow: {heap} ← r:
./main.go:12:13:     from io.Copy(h, r) (call parameter) at ./main.go:14:22
./main.go:12:13: leaking param: r
./main.go:22:14: d escapes to heap in main:
./main.go:22:14:   flow: {storage for ... argument} ← &{storage for d}:
./main.go:22:14:     from d (spill) at ./main.go:22:14
./main.go:22:14:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:14:   flow: {heap} ← {storage for ... argument}:
./main.go:22:14:     from ... argument (spill) at ./main.go:22:13
./main.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:24:21: sum escapes to heap in main:
./main.go:24:21:   flow: {storage for ... argument} ← &{storage for sum}:
./main.go:24:21:     from sum (spill) at ./main.go:24:21
./main.go:24:21:     from ... argument (slice-literal-element) at ./main.go:24:12
./main.go:24:21:   flow: {heap} ← {storage for ... argument}:
./main.go:24:21:     from ... argument (spill) at ./main.go:24:12
./main.go:24:21:     from fmt.Printf("%x\n", ... argument...) (call parameter) at ./main.go:24:12
./main.go:25:32: hex.EncodeToString(sum[:4]) escapes to heap in main:
./main.go:25:32:   flow: {storage for ... argument} ← &{storage for hex.EncodeToString(sum[:4])}:
./main.go:25:32:     from hex.EncodeToString(sum[:4]) (spill) at ./main.go:25:32
./main.go:25:32:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:32:   flow: {heap} ← {storage for ... argument}:
./main.go:25:32:     from ... argument (spill) at ./main.go:25:13
./main.go:25:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:22:13: ... argument does not escape
./main.go:22:14: d escapes to heap
./main.go:23:30: ([]byte)("abc") does not escape
./main.go:24:12: ... argument does not escape
./main.go:24:21: sum escapes to heap
./main.go:25:13: ... argument does not escape
./main.go:25:32: hex.EncodeToString(sum[:4]) escapes to heap
