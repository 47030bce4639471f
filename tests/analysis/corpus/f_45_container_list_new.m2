./main.go:11:13: 1 escapes to heap in main:
./main.go:11:13:   flow: {heap} ← &{storage for 1}:
./main.go:11:13:     from 1 (spill) at ./main.go:11:13
./main.go:11:13:     from (*list.List).PushBack(l, 1) (call parameter) at ./main.go:11:12
./main.go:12:14: "zero" escapes to heap in main:
./main.go:12:14:   flow: {heap} ← &{storage for "zero"}:
./main.go:12:14:     from "zero" (spill) at ./main.go:12:14
./main.go:12:14:     from (*list.List).PushFront(l, "zero") (call parameter) at ./main.go:12:13
./main.go:13:2: x escapes to heap in main:
./main.go:13:2:   flow: {heap} ← &x:
./main.go:13:2:     from &x (address-of) at ./main.go:14:13
./main.go:13:2:     from &x (interface-converted) at ./main.go:14:13
./main.go:13:2:     from (*list.List).PushBack(l, &x) (call parameter) at ./main.go:14:12
./main.go:18:19: (*list.List).Len(l) escapes to heap in main:
./main.go:18:19:   flow: {storage for ... argument} ← &{storage for (*list.List).Len(l)}:
./main.go:18:19:     from (*list.List).Len(l) (spill) at ./main.go:18:19
./main.go:18:19:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:19:   flow: {heap} ← {storage for ... argument}:
./main.go:18:19:     from ... argument (spill) at ./main.go:18:13
./main.go:18:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:13:2: moved to heap: x
./main.go:11:13: 1 escapes to heap
./main.go:12:14: "zero" escapes to heap
./main.go:16:14: ... argument does not escape
./main.go:18:13: ... argument does not escape
./main.go:18:19: (*list.List).Len(l) escapes to heap
