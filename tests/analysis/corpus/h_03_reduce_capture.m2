./main.go:4:31: parameter init leaks to {heap} for Reduce[go.shape.string,go.shape.string] with derefs=0:
./main.go:4:31:   flow: acc ← init:
./main.go:4:31:     from acc := init (assign) at ./main.go:5:6
./main.go:4:31:   flow: {heap} ← acc:
./main.go:4:31:     from f(acc, x) (call parameter) at ./main.go:7:10
./main.go:4:23: parameter xs leaks to {heap} for Reduce[go.shape.string,go.shape.string] with derefs=1:
./main.go:4:23:   flow: {temp} ← xs:
./main.go:4:23:   flow: x ← *{temp}:
./main.go:4:23:     from for loop (range-deref) at ./main.go:6:14
./main.go:4:23:   flow: {heap} ← x:
./main.go:4:23:     from f(acc, x) (call parameter) at ./main.go:7:10
./main.go:4:31: parameter init leaks to ~r0 for Reduce[go.shape.string,go.shape.string] with derefs=0:
./main.go:4:31:   flow: acc ← init:
./main.go:4:31:     from acc := init (assign) at ./main.go:5:6
./main.go:4:31:   flow: ~r0 ← acc:
./main.go:4:31:     from return acc (return) at ./main.go:9:2
./main.go:16:66: a + w escapes to heap in main.func2:
./main.go:16:66:   flow: ~r0 ← &{storage for a + w}:
./main.go:16:66:     from a + w (spill) at ./main.go:16:66
./main.go:16:66:     from return a + w (return) at ./main.go:16:57
./main.go:16:35: a does not escape
./main.go:16:38: w does not escape
./main.go:16:66: a + w escapes to heap
./main.go:13:2: main capturing by value: scale (addr=false assign=false width=8)
./main.go:14:23: []int{...} does not escape
./main.go:14:37: func literal does not escape
./main.go:15:19: []string{...} does not escape
./main.go:16:30: func literal does not escape
./main.go:4:23: parameter xs leaks to {heap} for Reduce[string,string] with derefs=1:
./main.go:4:23:   flow: {heap} ← *xs:
./main.go:4:23:     from Reduce[go.shape.string,go.shape.string](&.dict.Reduce[string,string], xs, init, f) (call parameter) at ./main.go:4:6
./main.go:4:31: parameter init leaks to {heap} for Reduce[string,string] with derefs=0:
./main.go:4:31:   flow: {heap} ← init:
./main.go:4:31:     from Reduce[go.shape.string,go.shape.string](&.dict.Reduce[string,string], xs, init, f) (call parameter) at ./main.go:4:6
