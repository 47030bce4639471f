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
./main.go:14:10: (*Stack[go.shape.int]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./main.go:8:7: parameter s leaks to {heap} for (*Stack[int]).Push with derefs=1:
./main.go:8:7:   flow: {temp} ← s:
./main.go:8:7:     from (*Stack[go.shape.int]).Push(s, &.dict.Stack[int], x) (call parameter) at ./main.go:8:6
./main.go:8:7:   flow: {heap} ← *{temp}:
