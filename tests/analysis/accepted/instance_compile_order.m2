./main.go:19:41: &Ring[go.shape.string]{} escapes to heap in newRing[go.shape.string]:
./main.go:19:41:   flow: ~r0 ← &{storage for &Ring[go.shape.string]{}}:
./main.go:19:41:     from &Ring[go.shape.string]{} (spill) at ./main.go:19:41
./main.go:19:41:     from return &Ring[go.shape.string]{} (return) at ./main.go:19:34
./main.go:19:41: &Ring[go.shape.string]{} escapes to heap
./main.go:15:23: parameter v leaks to {heap} for (*Ring[go.shape.string]).Put with derefs=0:
./main.go:15:23:   flow: {heap} ← v:
./main.go:15:23:     from r.buf[r.pos & uint(7)] = v (assign) at ./main.go:15:46
./main.go:16:7: parameter r leaks to ~r0 for (*Ring[go.shape.string]).Last with derefs=1:
./main.go:16:7:   flow: ~r0 ← *r:
./main.go:16:7:     from r.buf (dot of pointer) at ./main.go:16:39
./main.go:16:7:     from r.buf[(r.pos - uint(1)) & uint(7)] (fixed-array-index-of) at ./main.go:16:43
./main.go:16:7:     from return r.buf[(r.pos - uint(1)) & uint(7)] (return) at ./main.go:16:31
./main.go:21:18: parameter v leaks to {heap} for fill[go.shape.string] with derefs=0:
./main.go:21:18:   flow: {heap} ← v:
./main.go:21:18:     from (*Ring[go.shape.string]).Put(r, (*[5]uintptr)(.dict[1]), v) (call parameter) at ./main.go:23:7
./main.go:19:41: &Ring[go.shape.int]{} escapes to heap in newRing[go.shape.int]:
./main.go:19:41:   flow: ~r0 ← &{storage for &Ring[go.shape.int]{}}:
./main.go:19:41:     from &Ring[go.shape.int]{} (spill) at ./main.go:19:41
./main.go:19:41:     from return &Ring[go.shape.int]{} (return) at ./main.go:19:34
./main.go:19:41: &Ring[go.shape.int]{} escapes to heap
./main.go:16:7: parameter r leaks to ~r0 for (*Ring[string]).Last with derefs=1:
./main.go:16:7:   flow: ~r0 ← *r:
./main.go:16:7:     from (*Ring[go.shape.string]).Last(r, &.dict.Ring[string]) (call parameter) at ./main.go:16:6
./main.go:16:7:     from return (*Ring[go.shape.string]).Last(r, &.dict.Ring[string]) (return) at ./main.go:16:6
./main.go:15:23: parameter v leaks to {heap} for (*Ring[string]).Put with derefs=0:
./main.go:15:23:   flow: {heap} ← v:
./main.go:15:23:     from (*Ring[go.shape.string]).Put(r, &.dict.Ring[string], v) (call parameter) at ./main.go:15:6
./main.go:21:18: parameter v leaks to {heap} for fill[string] with derefs=0:
./main.go:21:18:   flow: {heap} ← v:
./main.go:21:18:     from fill[go.shape.string](&.dict.fill[string], v) (call parameter) at ./main.go:21:6
./main.go:16:43: index bounds check elided
./main.go:15:36: index bounds check elided
./main.go:16:43: index bounds check elided
./main.go:15:36: index bounds check elided
./main.go:8:43: index bounds check elided
./main.go:7:43: index bounds check elided
./main.go:16:43: index bounds check elided
./main.go:15:36: index bounds check elided
./main.go:6:43: index bounds check elided
