./main.go:20:26: parameter r leaks to ~r0 for MapResult[go.shape.int,go.shape.int] with derefs=0:
./main.go:20:26:   flow: ~r0 ← r:
./main.go:20:26:     from r.Err (dot) at ./main.go:22:26
./main.go:20:26:     from Result[go.shape.int]{...} (struct literal element) at ./main.go:22:19
./main.go:20:26:     from return Result[go.shape.int]{...} (return) at ./main.go:22:3
./main.go:27:21: parameter rs leaks to {heap} for Collect[go.shape.int] with derefs=1:
./main.go:27:21:   flow: {temp} ← rs:
./main.go:27:21:   flow: r ← *{temp}:
./main.go:27:21:     from for loop (range-deref) at ./main.go:30:14
./main.go:27:21:   flow: {heap} ← r:
./main.go:27:21:     from r.Err (dot) at ./main.go:32:25
./main.go:27:21:     from append(errs, r.Err) (call parameter) at ./main.go:32:17
./main.go:35:15: append(out, r.Val) escapes to heap in Collect[go.shape.int]:
./main.go:35:15:   flow: out ← &{storage for append(out, r.Val)}:
./main.go:35:15:     from append(out, r.Val) (spill) at ./main.go:35:15
./main.go:35:15:     from out = append(out, r.Val) (assign) at ./main.go:35:7
./main.go:35:15:   flow: ~r0 ← out:
./main.go:35:15:     from return out, errors.Join(errs...) (return) at ./main.go:37:2
./main.go:32:17: append does not escape
./main.go:35:15: append escapes to heap
./main.go:43:9: main capturing by value: in (addr=false assign=false width=16)
./main.go:48:14: vals escapes to heap in main:
./main.go:48:14:   flow: {storage for ... argument} ← &{storage for vals}:
./main.go:48:14:     from vals (spill) at ./main.go:48:14
./main.go:48:14:     from ... argument (slice-literal-element) at ./main.go:48:13
./main.go:48:14:   flow: {heap} ← {storage for ... argument}:
./main.go:48:14:     from ... argument (spill) at ./main.go:48:13
./main.go:48:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:48:13
./main.go:41:20: []string{...} does not escape
./main.go:44:12: func literal does not escape
./main.go:45:32: func literal does not escape
./main.go:45:14: append does not escape
./main.go:48:13: ... argument does not escape
./main.go:48:14: vals escapes to heap
./main.go:49:13: ... argument does not escape
./main.go:27:21: parameter rs leaks to {heap} for Collect[int] with derefs=1:
./main.go:27:21:   flow: {heap} ← *rs:
./main.go:27:21:     from Collect[go.shape.int](&.dict.Collect[int], rs) (call parameter) at ./main.go:27:6
./main.go:20:26: parameter r leaks to ~r0 for MapResult[int,int] with derefs=0:
./main.go:20:26:   flow: ~r0 ← r:
./main.go:20:26:     from MapResult[go.shape.int,go.shape.int](&.dict.MapResult[int,int], r, f) (call parameter) at ./main.go:20:6
./main.go:20:26:     from return MapResult[go.shape.int,go.shape.int](&.dict.MapResult[int,int], r, f) (return) at ./main.go:20:6
