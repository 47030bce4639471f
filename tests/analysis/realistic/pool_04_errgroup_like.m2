./main.go:18:18: parameter ctx leaks to {heap} for WithContext with derefs=0:
./main.go:18:18:   flow: {heap} ← ctx:
./main.go:18:18:     from context.WithCancel(ctx) (call parameter) at ./main.go:19:35
./main.go:18:18: parameter ctx leaks to ~r1 for WithContext with derefs=0:
./main.go:18:18:   flow: ~r1 ← ctx:
./main.go:18:18:     from return &Group{...}, ctx (return) at ./main.go:20:2
./main.go:20:9: &Group{...} escapes to heap in WithContext:
./main.go:20:9:   flow: ~r0 ← &{storage for &Group{...}}:
./main.go:20:9:     from &Group{...} (spill) at ./main.go:20:9
./main.go:20:9:     from return &Group{...}, ctx (return) at ./main.go:20:2
./main.go:18:18: leaking param: ctx
./main.go:20:9: &Group{...} escapes to heap
./main.go:25:5: func literal escapes to heap in (*Group).Go:
./main.go:25:5:   flow: {heap} ← &{storage for func literal}:
./main.go:25:5:     from func literal (spill) at ./main.go:25:5
./main.go:23:7: (*Group).Go capturing by value: g (addr=false assign=false width=8)
./main.go:23:20: (*Group).Go capturing by value: f (addr=false assign=false width=8)
./main.go:26:13: (*Group).Go.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./main.go:23:7: (*Group).Go capturing by value: g (addr=false assign=false width=8)
./main.go:27:6: (*Group).Go.func1 capturing by value: err (addr=false assign=false width=16)
./main.go:23:7: parameter g leaks to {heap} for (*Group).Go with derefs=0:
./main.go:23:7:   flow: {heap} ← g:
./main.go:23:7:     from g.wg (dot of pointer) at ./main.go:24:3
./main.go:23:7:     from g.wg (address-of) at ./main.go:24:6
./main.go:23:7:     from (*sync.WaitGroup).Add(g.wg, 1) (call parameter) at ./main.go:24:10
./main.go:23:7: parameter g leaks to {storage for func literal} for (*Group).Go with derefs=0:
./main.go:23:7:   flow: {storage for func literal} ← g:
./main.go:23:7:     from g (captured by a closure) at ./main.go:26:9
./main.go:23:20: parameter f leaks to {storage for func literal} for (*Group).Go with derefs=0:
./main.go:23:20:   flow: {storage for func literal} ← f:
./main.go:23:20:     from f (captured by a closure) at ./main.go:27:13
./main.go:23:7: leaking param: g
./main.go:23:20: leaking param: f
./main.go:25:5: func literal escapes to heap
./main.go:28:17: func literal does not escape
./main.go:38:7: parameter g leaks to {heap} for (*Group).Wait with derefs=0:
./main.go:38:7:   flow: {heap} ← g:
./main.go:38:7:     from g.wg (dot of pointer) at ./main.go:39:3
./main.go:38:7:     from g.wg (address-of) at ./main.go:39:6
./main.go:38:7:     from (*sync.WaitGroup).Wait(g.wg) (call parameter) at ./main.go:39:11
./main.go:38:7: parameter g leaks to ~r0 for (*Group).Wait with derefs=1:
./main.go:38:7:   flow: ~r0 ← *g:
./main.go:38:7:     from g.err (dot of pointer) at ./main.go:43:10
./main.go:38:7:     from return g.err (return) at ./main.go:43:2
./main.go:38:7: leaking param: g
./main.go:46:12: parameter ctx leaks to {heap} for fetch with derefs=0:
./main.go:46:12:   flow: {heap} ← ctx:
./main.go:46:12:     from ctx.Done() (call parameter) at ./main.go:48:17
./main.go:46:12: leaking param: ctx
./main.go:61:8: func literal escapes to heap in main:
./main.go:61:8:   flow: {heap} ← &{storage for func literal}:
./main.go:61:8:     from func literal (spill) at ./main.go:61:8
./main.go:61:8:     from (*Group).Go(g, func literal) (call parameter) at ./main.go:61:7
./main.go:59:5: main capturing by value: ctx (addr=false assign=false width=16)
./main.go:60:6: main capturing by value: i (addr=false assign=false width=8)
./main.go:61:8: func literal escapes to heap
./main.go:63:13: ... argument does not escape
