./main.go:17:23: name + ": " + .autotmp_6.Error() escapes to heap in poll:
./main.go:17:23:   flow: {heap} ← &{storage for name + ": " + .autotmp_6.Error()}:
./main.go:17:23:     from name + ": " + .autotmp_6.Error() (spill) at ./main.go:17:23
./main.go:17:23:     from out <- (name + ": " + .autotmp_6.Error()) (send) at ./main.go:17:8
./main.go:13:2: poll capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:11:11: parameter ctx leaks to {heap} for poll with derefs=0:
./main.go:11:11:   flow: {heap} ← ctx:
./main.go:11:11:     from ctx.Done() (call parameter) at ./main.go:16:18
./main.go:11:11: leaking param: ctx
./main.go:11:32: name does not escape
./main.go:11:66: out does not escape
./main.go:17:23: name + ": " + .autotmp_6.Error() escapes to heap
./main.go:30:6: wg escapes to heap in main:
./main.go:30:6:   flow: {heap} ← &wg:
./main.go:30:6:     from wg (address-of) at ./main.go:35:5
./main.go:30:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:35:9
./main.go:36:6: func literal escapes to heap in main:
./main.go:36:6:   flow: {heap} ← &{storage for func literal}:
./main.go:36:6:     from func literal (spill) at ./main.go:36:6
./main.go:30:6: wg escapes to heap in main:
./main.go:30:6:   flow: {heap} ← &wg:
./main.go:30:6:     from wg (address-of) at ./main.go:43:4
./main.go:30:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:43:9
./main.go:30:6: main capturing by ref: wg (addr=true assign=false width=16)
./main.go:30:6: wg escapes to heap in main:
./main.go:30:6:   flow: {storage for func literal} ← &wg:
./main.go:30:6:     from wg (captured by a closure) at ./main.go:37:10
./main.go:30:6:     from wg (reference) at ./main.go:37:10
./main.go:31:9: main capturing by value: c (addr=false assign=false width=32)
./main.go:29:2: main capturing by value: out (addr=false assign=false width=8)
./main.go:37:12: main.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./main.go:46:15: s escapes to heap in main:
./main.go:46:15:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:46:15:     from s (spill) at ./main.go:46:15
./main.go:46:15:     from ... argument (slice-literal-element) at ./main.go:46:14
./main.go:46:15:   flow: {heap} ← {storage for ... argument}:
./main.go:46:15:     from ... argument (spill) at ./main.go:46:14
./main.go:46:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:14
./main.go:30:6: moved to heap: wg
./main.go:34:3: []struct { name string; ctx context.Context }{...} does not escape
./main.go:36:6: func literal escapes to heap
./main.go:46:14: ... argument does not escape
./main.go:46:15: s escapes to heap
