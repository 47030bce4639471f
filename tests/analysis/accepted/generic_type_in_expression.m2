./main.go:19:25: parameter v leaks to {heap} for (*Stack[go.shape.string]).Push with derefs=0:
./main.go:19:25:   flow: {heap} ← v:
./main.go:19:25:     from n.val, n.next = v, s.top (assign-pair) at ./main.go:21:16
./main.go:19:7: parameter s leaks to {heap} for (*Stack[go.shape.string]).Push with derefs=1:
./main.go:19:7:   flow: {heap} ← *s:
./main.go:19:7:     from s.top (dot of pointer) at ./main.go:21:22
./main.go:19:7:     from n.val, n.next = v, s.top (assign-pair) at ./main.go:21:16
./main.go:20:10: new(<node DYNAMICTYPE>) escapes to heap in (*Stack[go.shape.string]).Push:
./main.go:20:10:   flow: n ← &{storage for new(<node DYNAMICTYPE>)}:
./main.go:20:10:     from new(<node DYNAMICTYPE>) (spill) at ./main.go:20:10
./main.go:20:10:     from n := new(<node DYNAMICTYPE>) (assign) at ./main.go:20:4
./main.go:20:10:   flow: {heap} ← n:
./main.go:20:10:     from s.top = n (assign) at ./main.go:22:8
./main.go:20:10: new(<node DYNAMICTYPE>) escapes to heap
./main.go:19:7: parameter s leaks to {heap} for (*Stack[go.shape.int]).Push with derefs=1:
./main.go:19:7:   flow: {heap} ← *s:
./main.go:19:7:     from s.top (dot of pointer) at ./main.go:21:22
./main.go:19:7:     from n.val, n.next = v, s.top (assign-pair) at ./main.go:21:16
./main.go:20:10: new(<node DYNAMICTYPE>) escapes to heap in (*Stack[go.shape.int]).Push:
./main.go:20:10:   flow: n ← &{storage for new(<node DYNAMICTYPE>)}:
./main.go:20:10:     from new(<node DYNAMICTYPE>) (spill) at ./main.go:20:10
./main.go:20:10:     from n := new(<node DYNAMICTYPE>) (assign) at ./main.go:20:4
./main.go:20:10:   flow: {heap} ← n:
./main.go:20:10:     from s.top = n (assign) at ./main.go:22:8
./main.go:20:10: new(<node DYNAMICTYPE>) escapes to heap
./main.go:33:10: new(registry) does not escape
./main.go:37:10: new(Node[int]) does not escape
./main.go:19:7: parameter s leaks to {heap} for (*Stack[int]).Push with derefs=1:
./main.go:19:7:   flow: {temp} ← s:
./main.go:19:7:     from (*Stack[go.shape.int]).Push(s, &.dict.Stack[int], v) (call parameter) at ./main.go:19:6
./main.go:19:7:   flow: {heap} ← *{temp}:
./main.go:19:25: parameter v leaks to {heap} for (*Stack[string]).Push with derefs=0:
./main.go:19:25:   flow: {heap} ← v:
./main.go:19:25:     from (*Stack[go.shape.string]).Push(s, &.dict.Stack[string], v) (call parameter) at ./main.go:19:6
./main.go:19:7: parameter s leaks to {heap} for (*Stack[string]).Push with derefs=1:
./main.go:19:7:   flow: {temp} ← s:
./main.go:19:7:     from (*Stack[go.shape.string]).Push(s, &.dict.Stack[string], v) (call parameter) at ./main.go:19:6
./main.go:19:7:   flow: {heap} ← *{temp}:
