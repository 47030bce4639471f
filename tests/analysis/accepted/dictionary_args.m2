./main.go:18:7: parameter b leaks to ~r0 for (*Box[go.shape.string]).Get with derefs=1:
./main.go:18:7:   flow: ~r0 ← *b:
./main.go:18:7:     from b.v (dot of pointer) at ./main.go:18:36
./main.go:18:7:     from return b.v (return) at ./main.go:18:28
./main.go:22:17: Sum[go.shape.int](&.dict.Sum[int], xs) escapes to heap in main:
./main.go:22:17:   flow: {storage for ... argument} ← &{storage for Sum[go.shape.int](&.dict.Sum[int], xs)}:
./main.go:22:17:     from Sum[go.shape.int](&.dict.Sum[int], xs) (spill) at ./main.go:22:17
./main.go:22:17:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:17:   flow: {heap} ← {storage for ... argument}:
./main.go:22:17:     from ... argument (spill) at ./main.go:22:13
./main.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:24:19: (*Box[go.shape.string]).Get(b, &.dict.Box[string]) escapes to heap in main:
./main.go:24:19:   flow: {storage for ... argument} ← &{storage for (*Box[go.shape.string]).Get(b, &.dict.Box[string])}:
./main.go:24:19:     from (*Box[go.shape.string]).Get(b, &.dict.Box[string]) (spill) at ./main.go:24:19
./main.go:24:19:     from ... argument (slice-literal-element) at ./main.go:24:13
./main.go:24:19:   flow: {heap} ← {storage for ... argument}:
./main.go:24:19:     from ... argument (spill) at ./main.go:24:13
./main.go:24:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:24:13
./main.go:21:13: []int{...} does not escape
./main.go:22:13: ... argument does not escape
./main.go:22:17: Sum[go.shape.int](&.dict.Sum[int], xs) escapes to heap
./main.go:23:7: &Box[string]{...} does not escape
./main.go:24:13: ... argument does not escape
./main.go:24:19: (*Box[go.shape.string]).Get(b, &.dict.Box[string]) escapes to heap
./main.go:18:7: parameter b leaks to ~r0 for (*Box[string]).Get with derefs=1:
./main.go:18:7:   flow: ~r0 ← *b:
./main.go:18:7:     from (*Box[go.shape.string]).Get(b, &.dict.Box[string]) (call parameter) at ./main.go:18:6
./main.go:18:7:     from return (*Box[go.shape.string]).Get(b, &.dict.Box[string]) (return) at ./main.go:18:6
