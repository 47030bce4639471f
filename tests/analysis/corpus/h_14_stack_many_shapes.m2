./main.go:9:18: append(s.items, x) escapes to heap in (*Stack[go.shape.int]).Push:
./main.go:9:18:   flow: {heap} ← &{storage for append(s.items, x)}:
./main.go:9:18:     from append(s.items, x) (spill) at ./main.go:9:18
./main.go:9:18:     from s.items = append(s.items, x) (assign) at ./main.go:9:10
./main.go:8:7: parameter s leaks to {heap} for (*Stack[go.shape.int]).Push with derefs=1:
./main.go:8:7:   flow: {temp} ← *s:
./main.go:8:7:     from s.items (dot of pointer) at ./main.go:9:20
./main.go:8:7:     from append(s.items, x) (call parameter) at ./main.go:9:18
./main.go:8:7:   flow: {heap} ← {temp}:
./main.go:8:7:     from s.items = append(s.items, x) (assign) at ./main.go:9:10
./main.go:9:18: append escapes to heap
./main.go:9:18: append(s.items, x) escapes to heap in (*Stack[go.shape.string]).Push:
./main.go:9:18:   flow: {heap} ← &{storage for append(s.items, x)}:
./main.go:9:18:     from append(s.items, x) (spill) at ./main.go:9:18
./main.go:9:18:     from s.items = append(s.items, x) (assign) at ./main.go:9:10
./main.go:8:25: parameter x leaks to {heap} for (*Stack[go.shape.string]).Push with derefs=0:
./main.go:8:25:   flow: {heap} ← x:
./main.go:8:25:     from append(s.items, x) (call parameter) at ./main.go:9:18
./main.go:8:7: parameter s leaks to {heap} for (*Stack[go.shape.string]).Push with derefs=1:
./main.go:8:7:   flow: {temp} ← *s:
./main.go:8:7:     from s.items (dot of pointer) at ./main.go:9:20
./main.go:8:7:     from append(s.items, x) (call parameter) at ./main.go:9:18
./main.go:8:7:   flow: {temp} ← {temp}:
./main.go:8:7:   flow: {heap} ← {temp}:
./main.go:8:7:     from s.items = append(s.items, x) (assign) at ./main.go:9:10
./main.go:9:18: append escapes to heap
./main.go:9:18: append(s.items, x) escapes to heap in (*Stack[go.shape.*uint8]).Push:
./main.go:9:18:   flow: {heap} ← &{storage for append(s.items, x)}:
./main.go:9:18:     from append(s.items, x) (spill) at ./main.go:9:18
./main.go:9:18:     from s.items = append(s.items, x) (assign) at ./main.go:9:10
./main.go:8:25: parameter x leaks to {heap} for (*Stack[go.shape.*uint8]).Push with derefs=0:
./main.go:8:25:   flow: {heap} ← x:
./main.go:8:25:     from append(s.items, x) (call parameter) at ./main.go:9:18
./main.go:8:7: parameter s leaks to {heap} for (*Stack[go.shape.*uint8]).Push with derefs=1:
./main.go:8:7:   flow: {temp} ← *s:
./main.go:8:7:     from s.items (dot of pointer) at ./main.go:9:20
./main.go:8:7:     from append(s.items, x) (call parameter) at ./main.go:9:18
./main.go:8:7:   flow: {temp} ← {temp}:
./main.go:8:7:   flow: {heap} ← {temp}:
./main.go:8:7:     from s.items = append(s.items, x) (assign) at ./main.go:9:10
./main.go:9:18: append escapes to heap
./main.go:12:7: parameter s leaks to ~r0 for (*Stack[go.shape.string]).Top with derefs=2:
./main.go:12:7:   flow: ~r0 ← **s:
./main.go:12:7:     from s.items (dot of pointer) at ./main.go:13:10
./main.go:12:7:     from s.items[len(s.items) - 1] (dot of pointer) at ./main.go:13:16
./main.go:12:7:     from return s.items[len(s.items) - 1] (return) at ./main.go:13:2
./main.go:12:7: parameter s leaks to ~r0 for (*Stack[go.shape.*uint8]).Top with derefs=2:
./main.go:12:7:   flow: ~r0 ← **s:
./main.go:12:7:     from s.items (dot of pointer) at ./main.go:13:10
./main.go:12:7:     from s.items[len(s.items) - 1] (dot of pointer) at ./main.go:13:16
./main.go:12:7:     from return s.items[len(s.items) - 1] (return) at ./main.go:13:2
./main.go:25:2: n escapes to heap in main:
./main.go:25:2:   flow: {heap} ← &n:
./main.go:25:2:     from &n (address-of) at ./main.go:27:12
./main.go:25:2:     from (*Stack[go.shape.*uint8]).Push(ptrs, &.dict.Stack[*int], &n) (call parameter) at ./main.go:27:11
./main.go:25:2: moved to heap: n
./main.go:19:10: &Stack[int]{} does not escape
./main.go:12:7: parameter s leaks to ~r0 for (*Stack[*int]).Top with derefs=2:
./main.go:12:7:   flow: ~r0 ← **s:
./main.go:12:7:     from (*Stack[go.shape.*uint8]).Top(s, &.dict.Stack[*int]) (call parameter) at ./main.go:12:6
./main.go:12:7:     from return (*Stack[go.shape.*uint8]).Top(s, &.dict.Stack[*int]) (return) at ./main.go:12:6
./main.go:8:25: parameter x leaks to {heap} for (*Stack[*int]).Push with derefs=0:
./main.go:8:25:   flow: {heap} ← x:
./main.go:8:25:     from (*Stack[go.shape.*uint8]).Push(s, &.dict.Stack[*int], x) (call parameter) at ./main.go:8:6
./main.go:8:7: parameter s leaks to {heap} for (*Stack[*int]).Push with derefs=1:
./main.go:8:7:   flow: {temp} ← s:
./main.go:8:7:     from (*Stack[go.shape.*uint8]).Push(s, &.dict.Stack[*int], x) (call parameter) at ./main.go:8:6
./main.go:8:7:   flow: {heap} ← *{temp}:
./main.go:12:7: parameter s leaks to ~r0 for (*Stack[string]).Top with derefs=2:
./main.go:12:7:   flow: ~r0 ← **s:
./main.go:12:7:     from (*Stack[go.shape.string]).Top(s, &.dict.Stack[string]) (call parameter) at ./main.go:12:6
./main.go:12:7:     from return (*Stack[go.shape.string]).Top(s, &.dict.Stack[string]) (return) at ./main.go:12:6
./main.go:8:25: parameter x leaks to {heap} for (*Stack[string]).Push with derefs=0:
./main.go:8:25:   flow: {heap} ← x:
./main.go:8:25:     from (*Stack[go.shape.string]).Push(s, &.dict.Stack[string], x) (call parameter) at ./main.go:8:6
./main.go:8:7: parameter s leaks to {heap} for (*Stack[string]).Push with derefs=1:
./main.go:8:7:   flow: {temp} ← s:
./main.go:8:7:     from (*Stack[go.shape.string]).Push(s, &.dict.Stack[string], x) (call parameter) at ./main.go:8:6
./main.go:8:7:   flow: {heap} ← *{temp}:
./main.go:8:7: parameter s leaks to {heap} for (*Stack[main.ID]).Push with derefs=1:
./main.go:8:7:   flow: {temp} ← s:
./main.go:8:7:     from (*Stack[go.shape.int]).Push(s, &.dict.Stack[main.ID], x) (call parameter) at ./main.go:8:6
./main.go:8:7:   flow: {heap} ← *{temp}:
./main.go:8:7: parameter s leaks to {heap} for (*Stack[int]).Push with derefs=1:
./main.go:8:7:   flow: {temp} ← s:
./main.go:8:7:     from (*Stack[go.shape.int]).Push(s, &.dict.Stack[int], x) (call parameter) at ./main.go:8:6
./main.go:8:7:   flow: {heap} ← *{temp}:
