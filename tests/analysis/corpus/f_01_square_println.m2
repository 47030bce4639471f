./main.go:12:20: square(a) escapes to heap in main:
./main.go:12:20:   flow: {storage for ... argument} ← &{storage for square(a)}:
./main.go:12:20:     from square(a) (spill) at ./main.go:12:20
./main.go:12:20:     from ... argument (slice-literal-element) at ./main.go:12:13
./main.go:12:20:   flow: {heap} ← {storage for ... argument}:
./main.go:12:20:     from ... argument (spill) at ./main.go:12:13
./main.go:12:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:12:13
./main.go:13:14: "square of" escapes to heap in main:
./main.go:13:14:   flow: {storage for ... argument} ← &{storage for "square of"}:
./main.go:13:14:     from "square of" (spill) at ./main.go:13:14
./main.go:13:14:     from ... argument (slice-literal-element) at ./main.go:13:13
./main.go:13:14:   flow: {heap} ← {storage for ... argument}:
./main.go:13:14:     from ... argument (spill) at ./main.go:13:13
./main.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:13:13
./main.go:13:27: 4 escapes to heap in main:
./main.go:13:27:   flow: {storage for ... argument} ← &{storage for 4}:
./main.go:13:27:     from 4 (spill) at ./main.go:13:27
./main.go:13:27:     from ... argument (slice-literal-element) at ./main.go:13:13
./main.go:13:27:   flow: {heap} ← {storage for ... argument}:
./main.go:13:27:     from ... argument (spill) at ./main.go:13:13
./main.go:13:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:13:13
./main.go:13:30: "is" escapes to heap in main:
./main.go:13:30:   flow: {storage for ... argument} ← &{storage for "is"}:
./main.go:13:30:     from "is" (spill) at ./main.go:13:30
./main.go:13:30:     from ... argument (slice-literal-element) at ./main.go:13:13
./main.go:13:30:   flow: {heap} ← {storage for ... argument}:
./main.go:13:30:     from ... argument (spill) at ./main.go:13:13
./main.go:13:30:     from fmt.Println(... argument...) (call parameter) at ./main.go:13:13
./main.go:13:42: square(a) escapes to heap in main:
./main.go:13:42:   flow: {storage for ... argument} ← &{storage for square(a)}:
./main.go:13:42:     from square(a) (spill) at ./main.go:13:42
./main.go:13:42:     from ... argument (slice-literal-element) at ./main.go:13:13
./main.go:13:42:   flow: {heap} ← {storage for ... argument}:
./main.go:13:42:     from ... argument (spill) at ./main.go:13:13
./main.go:13:42:     from fmt.Println(... argument...) (call parameter) at ./main.go:13:13
./main.go:14:24: square(3) + 1 escapes to heap in main:
./main.go:14:24:   flow: {storage for ... argument} ← &{storage for square(3) + 1}:
./main.go:14:24:     from square(3) + 1 (spill) at ./main.go:14:24
./main.go:14:24:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:24:   flow: {heap} ← {storage for ... argument}:
./main.go:14:24:     from ... argument (spill) at ./main.go:14:13
./main.go:14:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:12:13: ... argument does not escape
./main.go:12:20: square(a) escapes to heap
./main.go:13:13: ... argument does not escape
./main.go:13:14: "square of" escapes to heap
./main.go:13:27: 4 escapes to heap
./main.go:13:30: "is" escapes to heap
./main.go:13:42: square(a) escapes to heap
./main.go:14:13: ... argument does not escape
./main.go:14:24: square(3) + 1 escapes to heap
