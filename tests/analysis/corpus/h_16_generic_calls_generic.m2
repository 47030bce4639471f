./main.go:7:13: make([]go.shape.int, len(xs)) escapes to heap in Map[go.shape.int,go.shape.int]:
./main.go:7:13:   flow: out ← &{storage for make([]go.shape.int, len(xs))}:
./main.go:7:13:     from make([]go.shape.int, len(xs)) (spill) at ./main.go:7:13
./main.go:7:13:     from out := make([]go.shape.int, len(xs)) (assign) at ./main.go:7:6
./main.go:7:13:   flow: ~r0 ← out:
./main.go:7:13:     from return out (return) at ./main.go:11:2
./main.go:7:13: make([]go.shape.int, len(xs)) escapes to heap
./main.go:14:6: Twice[go.shape.int] capturing by value: .dict (addr=false assign=false width=8)
./main.go:15:17: func literal does not escape
./main.go:6:20: parameter xs leaks to {heap} for Map[go.shape.*uint8,go.shape.*uint8] with derefs=1:
./main.go:6:20:   flow: {temp} ← xs:
./main.go:6:20:   flow: x ← *{temp}:
./main.go:6:20:     from for loop (range-deref) at ./main.go:8:14
./main.go:6:20:   flow: {heap} ← x:
./main.go:6:20:     from f(x) (call parameter) at ./main.go:9:13
./main.go:7:13: make([]go.shape.*uint8, len(xs)) escapes to heap in Map[go.shape.*uint8,go.shape.*uint8]:
./main.go:7:13:   flow: out ← &{storage for make([]go.shape.*uint8, len(xs))}:
./main.go:7:13:     from make([]go.shape.*uint8, len(xs)) (spill) at ./main.go:7:13
./main.go:7:13:     from out := make([]go.shape.*uint8, len(xs)) (assign) at ./main.go:7:6
./main.go:7:13:   flow: ~r0 ← out:
./main.go:7:13:     from return out (return) at ./main.go:11:2
./main.go:7:13: make([]go.shape.*uint8, len(xs)) escapes to heap
./main.go:4:16: parameter x leaks to ~r0 for Id[go.shape.*uint8] with derefs=0:
./main.go:4:16:   flow: ~r0 ← x:
./main.go:4:16:     from return x (return) at ./main.go:4:25
./main.go:14:6: Twice[go.shape.*uint8] capturing by value: .dict (addr=false assign=false width=8)
./main.go:14:19: parameter xs leaks to {heap} for Twice[go.shape.*uint8] with derefs=1:
./main.go:14:19:   flow: {heap} ← *xs:
./main.go:14:19:     from Map[go.shape.*uint8,go.shape.*uint8]((*[7]uintptr)(.dict[0]), xs, func literal) (call parameter) at ./main.go:15:12
./main.go:15:22: parameter x leaks to ~r0 for Twice[go.shape.*uint8].func1 with derefs=0:
./main.go:15:22:   flow: ~r0 ← x:
./main.go:15:22:     from Id[go.shape.*uint8]((*[1]uintptr)(.dict[1]), x) (call parameter) at ./main.go:15:43
./main.go:15:22:     from Id[go.shape.*uint8]((*[1]uintptr)(.dict[1]), Id[go.shape.*uint8]((*[1]uintptr)(.dict[1]), x)) (call parameter) at ./main.go:15:40
./main.go:15:22:     from return Id[go.shape.*uint8]((*[1]uintptr)(.dict[1]), Id[go.shape.*uint8]((*[1]uintptr)(.dict[1]), x)) (return) at ./main.go:15:31
./main.go:15:17: func literal does not escape
./main.go:20:2: x escapes to heap in main:
./main.go:20:2:   flow: {storage for []*int{...}} ← &x:
./main.go:20:2:     from &x (address-of) at ./main.go:21:20
./main.go:20:2:     from []*int{...} (slice-literal-element) at ./main.go:21:19
./main.go:20:2:   flow: {heap} ← {storage for []*int{...}}:
./main.go:20:2:     from []*int{...} (spill) at ./main.go:21:19
./main.go:20:2:     from Twice[go.shape.*uint8](&.dict.Twice[*int], []*int{...}) (call parameter) at ./main.go:21:12
./main.go:20:2: moved to heap: x
./main.go:19:18: []int{...} does not escape
./main.go:21:19: []*int{...} does not escape
./main.go:14:19: parameter xs leaks to {heap} for Twice[*int] with derefs=1:
./main.go:14:19:   flow: {heap} ← *xs:
./main.go:14:19:     from Twice[go.shape.*uint8](&.dict.Twice[*int], xs) (call parameter) at ./main.go:14:6
