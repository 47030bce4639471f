./main.go:15:11: &node[go.shape.int]{...} escapes to heap in (*List[go.shape.int]).PushFront:
./main.go:15:11:   flow: {heap} ← &{storage for &node[go.shape.int]{...}}:
./main.go:15:11:     from &node[go.shape.int]{...} (spill) at ./main.go:15:11
./main.go:15:11:     from l.head = &node[go.shape.int]{...} (assign) at ./main.go:15:9
./main.go:14:7: parameter l leaks to {storage for &node[go.shape.int]{...}} for (*List[go.shape.int]).PushFront with derefs=1:
./main.go:14:7:   flow: {storage for &node[go.shape.int]{...}} ← *l:
./main.go:14:7:     from l.head (dot of pointer) at ./main.go:15:35
./main.go:14:7:     from node[go.shape.int]{...} (struct literal element) at ./main.go:15:19
./main.go:15:11: &node[go.shape.int]{...} escapes to heap
./main.go:31:16: func literal does not escape
./main.go:14:7: parameter l leaks to {heap} for (*List[int]).PushFront with derefs=1:
./main.go:14:7:   flow: {temp} ← l:
./main.go:14:7:     from (*List[go.shape.int]).PushFront(l, &.dict.List[int], v) (call parameter) at ./main.go:14:6
./main.go:14:7:   flow: {heap} ← *{temp}:
