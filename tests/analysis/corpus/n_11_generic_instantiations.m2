./main.go:30:7: parameter u leaks to ~r0 for (*user).Name with derefs=1:
./main.go:30:7:   flow: ~r0 ← *u:
./main.go:30:7:     from u.n (dot of pointer) at ./main.go:30:40
./main.go:30:7:     from return u.n (return) at ./main.go:30:32
./main.go:30:7: leaking param: u to result ~r0 level=1
./main.go:24:18: Keep[go.shape.*uint8] capturing by value: p (addr=false assign=false width=8)
./main.go:24:6: Keep[go.shape.*uint8] capturing by value: .dict (addr=false assign=false width=8)
./main.go:24:41: func literal escapes to heap in Keep[go.shape.*uint8]:
./main.go:24:41:   flow: ~r0 ← &{storage for func literal}:
./main.go:24:41:     from func literal (spill) at ./main.go:24:41
./main.go:24:41:     from return func literal (return) at ./main.go:24:34
./main.go:24:18: parameter p leaks to {storage for func literal} for Keep[go.shape.*uint8] with derefs=0:
./main.go:24:18:   flow: {storage for func literal} ← p:
./main.go:24:18:     from p (captured by a closure) at ./main.go:24:59
./main.go:24:6: parameter .dict leaks to {storage for func literal} for Keep[go.shape.*uint8] with derefs=0:
./main.go:24:6:   flow: {storage for func literal} ← .dict:
./main.go:24:6:     from .dict (captured by a closure) at ./main.go:24:6
./main.go:24:18: parameter p leaks to ~r0 for Keep[go.shape.*uint8] with derefs=0:
./main.go:24:18:   flow: ~r0 ← p:
./main.go:24:18:     from return p (return) at ./main.go:24:52
./main.go:24:41: func literal escapes to heap
./main.go:24:18: parameter p leaks to {heap} for Keep[*int] with derefs=0:
./main.go:24:18:   flow: {heap} ← p:
./main.go:24:18:     from Keep[go.shape.*uint8](&.dict.Keep[*int], p) (call parameter) at ./main.go:24:6
./main.go:33:2: x escapes to heap in helper:
./main.go:33:2:   flow: {heap} ← &x:
./main.go:33:2:     from &x (address-of) at ./main.go:35:11
./main.go:33:2:     from f(&x) (call parameter) at ./main.go:35:10
./main.go:33:2: moved to heap: x
./main.go:10:22: parameter v leaks to {heap} for (*Box[go.shape.string]).Set with derefs=0:
./main.go:10:22:   flow: {heap} ← v:
./main.go:10:22:     from b.v = v (assign) at ./main.go:10:34
./main.go:10:22: parameter v leaks to {heap} for (*Box[string]).Set with derefs=0:
./main.go:10:22:   flow: {heap} ← v:
./main.go:10:22:     from (*Box[go.shape.string]).Set(b, &.dict.Box[string], v) (call parameter) at ./main.go:10:6
./main.go:12:7: parameter b leaks to ~r0 for (*Box[go.shape.string]).Ptr with derefs=0:
./main.go:12:7:   flow: ~r0 ← b:
./main.go:12:7:     from b.v (dot of pointer) at ./main.go:12:38
./main.go:12:7:     from &b.v (address-of) at ./main.go:12:36
./main.go:12:7:     from return &b.v (return) at ./main.go:12:29
./main.go:11:7: parameter b leaks to ~r0 for Box[go.shape.string].Get with derefs=0:
./main.go:11:7:   flow: ~r0 ← b:
./main.go:11:7:     from b.v (dot) at ./main.go:11:38
./main.go:11:7:     from return b.v (return) at ./main.go:11:30
./main.go:11:7: parameter b leaks to ~r0 for Box[go.shape.*uint8].Get with derefs=0:
./main.go:11:7:   flow: ~r0 ← b:
./main.go:11:7:     from b.v (dot) at ./main.go:11:38
./main.go:11:7:     from return b.v (return) at ./main.go:11:30
./main.go:41:10: b.Set does not escape
./main.go:47:19: []int{...} does not escape
./main.go:47:41: []float64{...} does not escape
./main.go:48:23: []*user{...} does not escape
./main.go:48:24: &user{...} does not escape
./main.go:12:7: parameter b leaks to ~r0 for (*Box[go.shape.*uint8]).Ptr with derefs=0:
./main.go:12:7:   flow: ~r0 ← b:
./main.go:12:7:     from b.v (dot of pointer) at ./main.go:12:38
./main.go:12:7:     from &b.v (address-of) at ./main.go:12:36
./main.go:12:7:     from return &b.v (return) at ./main.go:12:29
./main.go:10:22: parameter v leaks to {heap} for (*Box[go.shape.*uint8]).Set with derefs=0:
./main.go:10:22:   flow: {heap} ← v:
./main.go:10:22:     from b.v = v (assign) at ./main.go:10:34
./main.go:12:7: parameter b leaks to ~r0 for (*Box[*int]).Ptr with derefs=0:
./main.go:12:7:   flow: ~r0 ← b:
./main.go:12:7:     from (*Box[go.shape.*uint8]).Ptr(b, &.dict.Box[*int]) (call parameter) at ./main.go:12:6
./main.go:12:7:     from return (*Box[go.shape.*uint8]).Ptr(b, &.dict.Box[*int]) (return) at ./main.go:12:6
./main.go:11:7: parameter b leaks to ~r0 for Box[*int].Get with derefs=0:
./main.go:11:7:   flow: ~r0 ← b:
./main.go:11:7:     from Box[go.shape.*uint8].Get(b, &.dict.Box[*int]) (call parameter) at ./main.go:11:6
./main.go:11:7:     from return Box[go.shape.*uint8].Get(b, &.dict.Box[*int]) (return) at ./main.go:11:6
./main.go:10:22: parameter v leaks to {heap} for (*Box[*int]).Set with derefs=0:
./main.go:10:22:   flow: {heap} ← v:
./main.go:10:22:     from (*Box[go.shape.*uint8]).Set(b, &.dict.Box[*int], v) (call parameter) at ./main.go:10:6
./main.go:12:7: parameter b leaks to ~r0 for (*Box[string]).Ptr with derefs=0:
./main.go:12:7:   flow: ~r0 ← b:
./main.go:12:7:     from (*Box[go.shape.string]).Ptr(b, &.dict.Box[string]) (call parameter) at ./main.go:12:6
./main.go:12:7:     from return (*Box[go.shape.string]).Ptr(b, &.dict.Box[string]) (return) at ./main.go:12:6
./main.go:11:7: parameter b leaks to ~r0 for Box[string].Get with derefs=0:
./main.go:11:7:   flow: ~r0 ← b:
./main.go:11:7:     from Box[go.shape.string].Get(b, &.dict.Box[string]) (call parameter) at ./main.go:11:6
./main.go:11:7:     from return Box[go.shape.string].Get(b, &.dict.Box[string]) (return) at ./main.go:11:6
<autogenerated>:1: parameter ~p0 leaks to {heap} for Named.Name with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Name() (call parameter) at <autogenerated>:1
./main.go:11:7: parameter b leaks to ~r0 for (*Box[string]).Get with derefs=1:
./main.go:11:7:   flow: ~r0 ← *b:
./main.go:11:7:     from b (indirection) at <autogenerated>:1
./main.go:11:7:     from Box[string].Get(b) (call parameter) at <autogenerated>:1
./main.go:11:7:     from return Box[string].Get(b) (return) at <autogenerated>:1
./main.go:11:7: parameter b leaks to ~r0 for (*Box[go.shape.string]).Get with derefs=1:
./main.go:11:7:   flow: ~r0 ← *b:
./main.go:11:7:     from b (indirection) at <autogenerated>:1
./main.go:11:7:     from Box[go.shape.string].Get(b, .dict) (call parameter) at <autogenerated>:1
./main.go:11:7:     from return Box[go.shape.string].Get(b, .dict) (return) at <autogenerated>:1
./main.go:11:7: parameter b leaks to ~r0 for (*Box[*int]).Get with derefs=1:
./main.go:11:7:   flow: ~r0 ← *b:
./main.go:11:7:     from b (indirection) at <autogenerated>:1
./main.go:11:7:     from Box[*int].Get(b) (call parameter) at <autogenerated>:1
./main.go:11:7:     from return Box[*int].Get(b) (return) at <autogenerated>:1
./main.go:11:7: parameter b leaks to ~r0 for (*Box[go.shape.*uint8]).Get with derefs=1:
./main.go:11:7:   flow: ~r0 ← *b:
./main.go:11:7:     from b (indirection) at <autogenerated>:1
./main.go:11:7:     from Box[go.shape.*uint8].Get(b, .dict) (call parameter) at <autogenerated>:1
./main.go:11:7:     from return Box[go.shape.*uint8].Get(b, .dict) (return) at <autogenerated>:1
./main.go:10:22: parameter v leaks to {heap} for (*Box[string]).Set-fm with derefs=0:
./main.go:10:22:   flow: {heap} ← v:
./main.go:10:22:     from (*Box[string]).Set(.this, v) (call parameter) at <autogenerated>:1
