./main.go:14:7: s does not escape
./main.go:20:25: (*atomic.Int64).Load(s.hits) escapes to heap in main:
./main.go:20:25:   flow: {storage for ... argument} ← &{storage for (*atomic.Int64).Load(s.hits)}:
./main.go:20:25:     from (*atomic.Int64).Load(s.hits) (spill) at ./main.go:20:25
./main.go:20:25:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:25:   flow: {heap} ← {storage for ... argument}:
./main.go:20:25:     from ... argument (spill) at ./main.go:20:13
./main.go:20:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:20:42: (*atomic.Int64).Load(s.misses) escapes to heap in main:
./main.go:20:42:   flow: {storage for ... argument} ← &{storage for (*atomic.Int64).Load(s.misses)}:
./main.go:20:42:     from (*atomic.Int64).Load(s.misses) (spill) at ./main.go:20:42
./main.go:20:42:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:42:   flow: {heap} ← {storage for ... argument}:
./main.go:20:42:     from ... argument (spill) at ./main.go:20:13
./main.go:20:42:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:25:20: (*atomic.Int32).Load(c) escapes to heap in main:
./main.go:25:20:   flow: {storage for ... argument} ← &{storage for (*atomic.Int32).Load(c)}:
./main.go:25:20:     from (*atomic.Int32).Load(c) (spill) at ./main.go:25:20
./main.go:25:20:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:20:   flow: {heap} ← {storage for ... argument}:
./main.go:25:20:     from ... argument (spill) at ./main.go:25:13
./main.go:25:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:25:31: (*atomic.Bool).Load(on) escapes to heap in main:
./main.go:25:31:   flow: {storage for ... argument} ← &{storage for (*atomic.Bool).Load(on)}:
./main.go:25:31:     from (*atomic.Bool).Load(on) (spill) at ./main.go:25:31
./main.go:25:31:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:31:   flow: {heap} ← {storage for ... argument}:
./main.go:25:31:     from ... argument (spill) at ./main.go:25:13
./main.go:25:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:20:13: ... argument does not escape
./main.go:20:25: (*atomic.Int64).Load(s.hits) escapes to heap
./main.go:20:42: (*atomic.Int64).Load(s.misses) escapes to heap
./main.go:25:13: ... argument does not escape
./main.go:25:20: (*atomic.Int32).Load(c) escapes to heap
./main.go:25:31: (*atomic.Bool).Load(on) escapes to heap
