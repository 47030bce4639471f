./main.go:9:28: x escapes to heap in (*List).Add[go.shape.string]:
./main.go:9:28:   flow: {heap} ← &{storage for x}:
./main.go:9:28:     from x (spill) at ./main.go:9:28
./main.go:9:28:     from append(l.items, x) (call parameter) at ./main.go:9:18
./main.go:9:18: append(l.items, x) escapes to heap in (*List).Add[go.shape.string]:
./main.go:9:18:   flow: {heap} ← &{storage for append(l.items, x)}:
./main.go:9:18:     from append(l.items, x) (spill) at ./main.go:9:18
./main.go:9:18:     from l.items = append(l.items, x) (assign) at ./main.go:9:10
./main.go:8:7: parameter l leaks to {heap} for (*List).Add[go.shape.string] with derefs=1:
./main.go:8:7:   flow: {temp} ← *l:
./main.go:8:7:     from l.items (dot of pointer) at ./main.go:9:20
./main.go:8:7:     from append(l.items, x) (call parameter) at ./main.go:9:18
./main.go:8:7:   flow: {temp} ← {temp}:
./main.go:8:7:   flow: {heap} ← {temp}:
./main.go:8:7:     from l.items = append(l.items, x) (assign) at ./main.go:9:10
./main.go:8:27: parameter x leaks to {storage for x} for (*List).Add[go.shape.string] with derefs=0:
./main.go:8:27:   flow: {storage for x} ← x:
./main.go:8:27:     from x (interface-converted) at ./main.go:9:28
./main.go:8:7: parameter l leaks to ~r0 for (*List).Add[go.shape.string] with derefs=0:
./main.go:8:7:   flow: ~r0 ← l:
./main.go:8:7:     from return l (return) at ./main.go:10:2
./main.go:9:28: x escapes to heap
./main.go:9:18: append escapes to heap
./main.go:9:28: x escapes to heap in (*List).Add[go.shape.int]:
./main.go:9:28:   flow: {heap} ← &{storage for x}:
./main.go:9:28:     from x (spill) at ./main.go:9:28
./main.go:9:28:     from append(l.items, x) (call parameter) at ./main.go:9:18
./main.go:9:18: append(l.items, x) escapes to heap in (*List).Add[go.shape.int]:
./main.go:9:18:   flow: {heap} ← &{storage for append(l.items, x)}:
./main.go:9:18:     from append(l.items, x) (spill) at ./main.go:9:18
./main.go:9:18:     from l.items = append(l.items, x) (assign) at ./main.go:9:10
./main.go:8:7: parameter l leaks to {heap} for (*List).Add[go.shape.int] with derefs=1:
./main.go:8:7:   flow: {temp} ← *l:
./main.go:8:7:     from l.items (dot of pointer) at ./main.go:9:20
./main.go:8:7:     from append(l.items, x) (call parameter) at ./main.go:9:18
./main.go:8:7:   flow: {temp} ← {temp}:
./main.go:8:7:   flow: {heap} ← {temp}:
./main.go:8:7:     from l.items = append(l.items, x) (assign) at ./main.go:9:10
./main.go:8:7: parameter l leaks to ~r0 for (*List).Add[go.shape.int] with derefs=0:
./main.go:8:7:   flow: ~r0 ← l:
./main.go:8:7:     from return l (return) at ./main.go:10:2
./main.go:9:28: x escapes to heap
./main.go:9:18: append escapes to heap
./main.go:9:28: x escapes to heap in (*List).Add[go.shape.float64]:
./main.go:9:28:   flow: {heap} ← &{storage for x}:
./main.go:9:28:     from x (spill) at ./main.go:9:28
./main.go:9:28:     from append(l.items, x) (call parameter) at ./main.go:9:18
./main.go:9:18: append(l.items, x) escapes to heap in (*List).Add[go.shape.float64]:
./main.go:9:18:   flow: {heap} ← &{storage for append(l.items, x)}:
./main.go:9:18:     from append(l.items, x) (spill) at ./main.go:9:18
./main.go:9:18:     from l.items = append(l.items, x) (assign) at ./main.go:9:10
./main.go:8:7: parameter l leaks to {heap} for (*List).Add[go.shape.float64] with derefs=1:
./main.go:8:7:   flow: {temp} ← *l:
./main.go:8:7:     from l.items (dot of pointer) at ./main.go:9:20
./main.go:8:7:     from append(l.items, x) (call parameter) at ./main.go:9:18
./main.go:8:7:   flow: {temp} ← {temp}:
./main.go:8:7:   flow: {heap} ← {temp}:
./main.go:8:7:     from l.items = append(l.items, x) (assign) at ./main.go:9:10
./main.go:8:7: parameter l leaks to ~r0 for (*List).Add[go.shape.float64] with derefs=0:
./main.go:8:7:   flow: ~r0 ← l:
./main.go:8:7:     from return l (return) at ./main.go:10:2
./main.go:9:28: x escapes to heap
./main.go:9:18: append escapes to heap
./main.go:25:45: List.Count[go.shape.int](l, &.dict.List.Count[int]) escapes to heap in main:
./main.go:25:45:   flow: {storage for ... argument} ← &{storage for List.Count[go.shape.int](l, &.dict.List.Count[int])}:
./main.go:25:45:     from List.Count[go.shape.int](l, &.dict.List.Count[int]) (spill) at ./main.go:25:45
./main.go:25:45:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:45:   flow: {heap} ← {storage for ... argument}:
./main.go:25:45:     from ... argument (spill) at ./main.go:25:13
./main.go:25:45:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:27:25: (*List).Add[go.shape.float64](v, &.dict.(*List).Add[float64], 2.5) != nil escapes to heap in main:
./main.go:27:25:   flow: {storage for ... argument} ← &{storage for (*List).Add[go.shape.float64](v, &.dict.(*List).Add[float64], 2.5) != nil}:
./main.go:27:25:     from (*List).Add[go.shape.float64](v, &.dict.(*List).Add[float64], 2.5) != nil (spill) at ./main.go:27:25
./main.go:27:25:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:25:   flow: {heap} ← {storage for ... argument}:
./main.go:27:25:     from ... argument (spill) at ./main.go:27:13
./main.go:27:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:24:7: &List{} escapes to heap in main:
./main.go:24:7:   flow: l ← &{storage for &List{}}:
./main.go:24:7:     from &List{} (spill) at ./main.go:24:7
./main.go:24:7:     from l := &List{} (assign) at ./main.go:24:4
./main.go:24:7:   flow: {temp} ← l:
./main.go:24:7:     from (*List).Add[go.shape.int](l, &.dict.(*List).Add[int], 1) (call parameter) at ./main.go:25:19
./main.go:24:7:   flow: {temp} ← {temp}:
./main.go:24:7:     from (*List).Add[go.shape.string]((*List).Add[go.shape.int](l, &.dict.(*List).Add[int], 1), &.dict.(*List).Add[string], "s") (call parameter) at ./main.go:25:26
./main.go:24:7:   flow: {storage for ... argument} ← {temp}:
./main.go:24:7:     from (*List).Add[go.shape.string]((*List).Add[go.shape.int](l, &.dict.(*List).Add[int], 1), &.dict.(*List).Add[string], "s") (interface-converted) at ./main.go:25:26
./main.go:24:7:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:24:7:   flow: {heap} ← {storage for ... argument}:
./main.go:24:7:     from ... argument (spill) at ./main.go:25:13
./main.go:24:7:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:24:7: &List{} escapes to heap
./main.go:25:13: ... argument does not escape
./main.go:25:45: List.Count[go.shape.int](l, &.dict.List.Count[int]) escapes to heap
./main.go:27:13: ... argument does not escape
./main.go:27:25: (*List).Add[go.shape.float64](v, &.dict.(*List).Add[float64], 2.5) != nil escapes to heap
