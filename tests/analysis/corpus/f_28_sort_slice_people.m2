./main.go:16:13: people escapes to heap in main:
./main.go:16:13:   flow: {heap} ← &{storage for people}:
./main.go:16:13:     from people (spill) at ./main.go:16:13
./main.go:16:13:     from sort.Slice(people, func literal) (call parameter) at ./main.go:16:12
./main.go:21:19: names escapes to heap in main:
./main.go:21:19:   flow: {heap} ← &{storage for names}:
./main.go:21:19:     from names (spill) at ./main.go:21:19
./main.go:21:19:     from sort.SliceStable(names, func literal) (call parameter) at ./main.go:21:18
./main.go:15:2: main capturing by value: people (addr=false assign=false width=24)
./main.go:20:2: main capturing by value: names (addr=false assign=false width=24)
./main.go:19:14: people escapes to heap in main:
./main.go:19:14:   flow: {storage for ... argument} ← &{storage for people}:
./main.go:19:14:     from people (spill) at ./main.go:19:14
./main.go:19:14:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:14:   flow: {heap} ← {storage for ... argument}:
./main.go:19:14:     from ... argument (spill) at ./main.go:19:13
./main.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:22:19: names[0] escapes to heap in main:
./main.go:22:19:   flow: {storage for ... argument} ← &{storage for names[0]}:
./main.go:22:19:     from names[0] (spill) at ./main.go:22:19
./main.go:22:19:     from ... argument (slice-literal-element) at ./main.go:22:13
./main.go:22:19:   flow: {heap} ← {storage for ... argument}:
./main.go:22:19:     from ... argument (spill) at ./main.go:22:13
./main.go:22:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:13
./main.go:20:19: []string{...} escapes to heap in main:
./main.go:20:19:   flow: names ← &{storage for []string{...}}:
./main.go:20:19:     from []string{...} (spill) at ./main.go:20:19
./main.go:20:19:     from names := []string{...} (assign) at ./main.go:20:8
./main.go:20:19:   flow: {storage for names} ← names:
./main.go:20:19:     from names (interface-converted) at ./main.go:21:19
./main.go:15:20: []Person{...} escapes to heap in main:
./main.go:15:20:   flow: people ← &{storage for []Person{...}}:
./main.go:15:20:     from []Person{...} (spill) at ./main.go:15:20
./main.go:15:20:     from people := []Person{...} (assign) at ./main.go:15:9
./main.go:15:20:   flow: {storage for people} ← people:
./main.go:15:20:     from people (interface-converted) at ./main.go:19:14
./main.go:15:20: []Person{...} escapes to heap
./main.go:16:13: people escapes to heap
./main.go:16:21: func literal does not escape
./main.go:19:13: ... argument does not escape
./main.go:19:14: people escapes to heap
./main.go:20:19: []string{...} escapes to heap
./main.go:21:19: names escapes to heap
./main.go:21:26: func literal does not escape
./main.go:22:13: ... argument does not escape
./main.go:22:19: names[0] escapes to heap
