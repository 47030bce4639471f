./main.go:5:13: make([]go.shape.string, 0, len(xs)) escapes to heap in Map[go.shape.int,go.shape.string]:
./main.go:5:13:   flow: out ← &{storage for make([]go.shape.string, 0, len(xs))}:
./main.go:5:13:     from make([]go.shape.string, 0, len(xs)) (spill) at ./main.go:5:13
./main.go:5:13:     from out := make([]go.shape.string, 0, len(xs)) (assign) at ./main.go:5:6
./main.go:5:13:   flow: ~r0 ← out:
./main.go:5:13:     from return out (return) at ./main.go:9:2
./main.go:7:15: append(out, f(x)) escapes to heap in Map[go.shape.int,go.shape.string]:
./main.go:7:15:   flow: out ← &{storage for append(out, f(x))}:
./main.go:7:15:     from append(out, f(x)) (spill) at ./main.go:7:15
./main.go:7:15:     from out = append(out, f(x)) (assign) at ./main.go:7:7
./main.go:7:15:   flow: ~r0 ← out:
./main.go:7:15:     from return out (return) at ./main.go:9:2
./main.go:5:13: make([]go.shape.string, 0, len(xs)) escapes to heap
./main.go:7:15: append escapes to heap
./main.go:14:55: string(rune(97 + x)) escapes to heap in main.func1:
./main.go:14:55:   flow: ~r0 ← &{storage for string(rune(97 + x))}:
./main.go:14:55:     from string(rune(97 + x)) (spill) at ./main.go:14:55
./main.go:14:55:     from return string(rune(97 + x)) (return) at ./main.go:14:37
./main.go:14:55: string(rune(97 + x)) escapes to heap
./main.go:4:20: parameter xs leaks to {heap} for Map[go.shape.string,go.shape.int] with derefs=1:
./main.go:4:20:   flow: {temp} ← xs:
./main.go:4:20:   flow: x ← *{temp}:
./main.go:4:20:     from for loop (range-deref) at ./main.go:6:14
./main.go:4:20:   flow: {heap} ← x:
./main.go:4:20:     from f(x) (call parameter) at ./main.go:7:22
./main.go:5:13: make([]go.shape.int, 0, len(xs)) escapes to heap in Map[go.shape.string,go.shape.int]:
./main.go:5:13:   flow: out ← &{storage for make([]go.shape.int, 0, len(xs))}:
./main.go:5:13:     from make([]go.shape.int, 0, len(xs)) (spill) at ./main.go:5:13
./main.go:5:13:     from out := make([]go.shape.int, 0, len(xs)) (assign) at ./main.go:5:6
./main.go:5:13:   flow: ~r0 ← out:
./main.go:5:13:     from return out (return) at ./main.go:9:2
./main.go:7:15: append(out, f(x)) escapes to heap in Map[go.shape.string,go.shape.int]:
./main.go:7:15:   flow: out ← &{storage for append(out, f(x))}:
./main.go:7:15:     from append(out, f(x)) (spill) at ./main.go:7:15
./main.go:7:15:     from out = append(out, f(x)) (assign) at ./main.go:7:7
./main.go:7:15:   flow: ~r0 ← out:
./main.go:7:15:     from return out (return) at ./main.go:9:2
./main.go:5:13: make([]go.shape.int, 0, len(xs)) escapes to heap
./main.go:7:15: append escapes to heap
./main.go:15:21: s does not escape
./main.go:13:13: []int{...} does not escape
./main.go:14:16: func literal does not escape
./main.go:15:16: func literal does not escape
./main.go:4:20: parameter xs leaks to {heap} for Map[string,int] with derefs=1:
./main.go:4:20:   flow: {heap} ← *xs:
./main.go:4:20:     from Map[go.shape.string,go.shape.int](&.dict.Map[string,int], xs, f) (call parameter) at ./main.go:4:6
