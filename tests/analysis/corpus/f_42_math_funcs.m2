./main.go:19:20: Circle.Area(c) escapes to heap in main:
./main.go:19:20:   flow: {storage for ... argument} ← &{storage for Circle.Area(c)}:
./main.go:19:20:     from Circle.Area(c) (spill) at ./main.go:19:20
./main.go:19:20:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:20:   flow: {heap} ← {storage for ... argument}:
./main.go:19:20:     from ... argument (spill) at ./main.go:19:13
./main.go:19:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:19:27: hyp(3, 4) escapes to heap in main:
./main.go:19:27:   flow: {storage for ... argument} ← &{storage for hyp(3, 4)}:
./main.go:19:27:     from hyp(3, 4) (spill) at ./main.go:19:27
./main.go:19:27:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:27:   flow: {heap} ← {storage for ... argument}:
./main.go:19:27:     from ... argument (spill) at ./main.go:19:13
./main.go:19:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:20:18: 9223372036854775807 escapes to heap in main:
./main.go:20:18:   flow: {storage for ... argument} ← &{storage for 9223372036854775807}:
./main.go:20:18:     from 9223372036854775807 (spill) at ./main.go:20:18
./main.go:20:18:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:18:   flow: {heap} ← {storage for ... argument}:
./main.go:20:18:     from ... argument (spill) at ./main.go:20:13
./main.go:20:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:20:33: 3.14159 escapes to heap in main:
./main.go:20:33:   flow: {storage for ... argument} ← &{storage for 3.14159}:
./main.go:20:33:     from 3.14159 (spill) at ./main.go:20:33
./main.go:20:33:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:33:   flow: {heap} ← {storage for ... argument}:
./main.go:20:33:     from ... argument (spill) at ./main.go:20:13
./main.go:20:33:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:22:14: int64(9223372036854775807) escapes to heap in main:
./main.go:22:14:   flow: {storage for ... argument} ← &{storage for int64(9223372036854775807)}:
./main.go:22:14:     from int64(9223372036854775807) (spill) at ./main.go:22:14
./main.go:22:14:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:14:   flow: {heap} ← {storage for ... argument}:
./main.go:22:14:     from ... argument (spill) at ./main.go:22:13
./main.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:27: math.Floor(2.7) escapes to heap in main:
./main.go:22:27:   flow: {storage for ... argument} ← &{storage for math.Floor(2.7)}:
./main.go:22:27:     from math.Floor(2.7) (spill) at ./main.go:22:27
./main.go:22:27:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:27:   flow: {heap} ← {storage for ... argument}:
./main.go:22:27:     from ... argument (spill) at ./main.go:22:13
./main.go:22:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:22:42: math.Inf(1) escapes to heap in main:
./main.go:22:42:   flow: {storage for ... argument} ← &{storage for math.Inf(1)}:
./main.go:22:42:     from math.Inf(1) (spill) at ./main.go:22:42
./main.go:22:42:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:42:   flow: {heap} ← {storage for ... argument}:
./main.go:22:42:     from ... argument (spill) at ./main.go:22:13
./main.go:22:42:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:23:14: c escapes to heap in main:
./main.go:23:14:   flow: {storage for ... argument} ← &{storage for c}:
./main.go:23:14:     from c (spill) at ./main.go:23:14
./main.go:23:14:     from ... argument (slice-literal-element) at ./main.go:23:13
./main.go:23:14:   flow: {heap} ← {storage for ... argument}:
./main.go:23:14:     from ... argument (spill) at ./main.go:23:13
./main.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:23:13
./main.go:19:13: ... argument does not escape
./main.go:19:20: Circle.Area(c) escapes to heap
./main.go:19:27: hyp(3, 4) escapes to heap
./main.go:20:13: ... argument does not escape
./main.go:20:18: 9223372036854775807 escapes to heap
./main.go:20:33: 3.14159 escapes to heap
./main.go:22:13: ... argument does not escape
./main.go:22:14: int64(9223372036854775807) escapes to heap
./main.go:22:27: math.Floor(2.7) escapes to heap
./main.go:22:42: math.Inf(1) escapes to heap
./main.go:23:13: ... argument does not escape
./main.go:23:14: c escapes to heap
