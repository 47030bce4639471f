./main.go:17:15: x does not escape
./main.go:29:14: "digits:" escapes to heap in main:
./main.go:29:14:   flow: {storage for ... argument} ← &{storage for "digits:"}:
./main.go:29:14:     from "digits:" (spill) at ./main.go:29:14
./main.go:29:14:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:14:   flow: {heap} ← {storage for ... argument}:
./main.go:29:14:     from ... argument (spill) at ./main.go:29:13
./main.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:29:28: len((*big.Int).String(f)) escapes to heap in main:
./main.go:29:28:   flow: {storage for ... argument} ← &{storage for len((*big.Int).String(f))}:
./main.go:29:28:     from len((*big.Int).String(f)) (spill) at ./main.go:29:28
./main.go:29:28:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:28:   flow: {heap} ← {storage for ... argument}:
./main.go:29:28:     from ... argument (spill) at ./main.go:29:13
./main.go:29:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:29:42: "sum:" escapes to heap in main:
./main.go:29:42:   flow: {storage for ... argument} ← &{storage for "sum:"}:
./main.go:29:42:     from "sum:" (spill) at ./main.go:29:42
./main.go:29:42:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:42:   flow: {heap} ← {storage for ... argument}:
./main.go:29:42:     from ... argument (spill) at ./main.go:29:13
./main.go:29:42:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:29:58: digitSum(f) escapes to heap in main:
./main.go:29:58:   flow: {storage for ... argument} ← &{storage for digitSum(f)}:
./main.go:29:58:     from digitSum(f) (spill) at ./main.go:29:58
./main.go:29:58:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:58:   flow: {heap} ← {storage for ... argument}:
./main.go:29:58:     from ... argument (spill) at ./main.go:29:13
./main.go:29:58:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:28:13: ... argument does not escape
./main.go:29:13: ... argument does not escape
./main.go:29:14: "digits:" escapes to heap
./main.go:29:28: len((*big.Int).String(f)) escapes to heap
./main.go:29:42: "sum:" escapes to heap
./main.go:29:58: digitSum(f) escapes to heap
