./main.go:30:5: func literal escapes to heap in (*Server).Handle:
./main.go:30:5:   flow: {heap} ← &{storage for func literal}:
./main.go:30:5:     from func literal (spill) at ./main.go:30:5
./main.go:21:7: (*Server).Handle capturing by value: s (addr=false assign=false width=8)
./main.go:21:25: (*Server).Handle capturing by value: id (addr=false assign=false width=8)
./main.go:31:13: (*Server).Handle.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./main.go:21:7: parameter s leaks to {heap} for (*Server).Handle with derefs=0:
./main.go:21:7:   flow: {heap} ← s:
./main.go:21:7:     from s.mu (dot of pointer) at ./main.go:22:3
./main.go:21:7:     from s.mu (address-of) at ./main.go:22:6
./main.go:21:7:     from (*sync.Mutex).Lock(s.mu) (call parameter) at ./main.go:22:11
./main.go:21:7: parameter s leaks to {storage for func literal} for (*Server).Handle with derefs=0:
./main.go:21:7:   flow: {storage for func literal} ← s:
./main.go:21:7:     from s (captured by a closure) at ./main.go:31:9
./main.go:21:25: parameter id leaks to {storage for func literal} for (*Server).Handle with derefs=0:
./main.go:21:25:   flow: {storage for func literal} ← id:
./main.go:21:25:     from id (captured by a closure) at ./main.go:32:28
./main.go:21:7: leaking param: s
./main.go:30:5: func literal escapes to heap
./main.go:44:5: func literal escapes to heap in (*Server).Shutdown:
./main.go:44:5:   flow: {heap} ← &{storage for func literal}:
./main.go:44:5:     from func literal (spill) at ./main.go:44:5
./main.go:39:7: (*Server).Shutdown capturing by value: s (addr=false assign=false width=8)
./main.go:43:2: (*Server).Shutdown capturing by value: done (addr=false assign=false width=8)
./main.go:39:7: parameter s leaks to {heap} for (*Server).Shutdown with derefs=0:
./main.go:39:7:   flow: {heap} ← s:
./main.go:39:7:     from s.mu (dot of pointer) at ./main.go:40:3
./main.go:39:7:     from s.mu (address-of) at ./main.go:40:6
./main.go:39:7:     from (*sync.Mutex).Lock(s.mu) (call parameter) at ./main.go:40:11
./main.go:39:27: parameter ctx leaks to {heap} for (*Server).Shutdown with derefs=0:
./main.go:39:27:   flow: {heap} ← ctx:
./main.go:39:27:     from ctx.Done() (call parameter) at ./main.go:48:17
./main.go:39:7: parameter s leaks to {storage for func literal} for (*Server).Shutdown with derefs=0:
./main.go:39:7:   flow: {storage for func literal} ← s:
./main.go:39:7:     from s (captured by a closure) at ./main.go:44:14
./main.go:39:7: leaking param: s
./main.go:39:27: leaking param: ctx
./main.go:44:5: func literal escapes to heap
./main.go:54:35: ... argument escapes to heap in main:
./main.go:54:35:   flow: {heap} ← &{storage for ... argument}:
./main.go:54:35:     from ... argument (spill) at ./main.go:54:35
./main.go:54:35:     from signal.NotifyContext(context.Background(), ... argument...) (call parameter) at ./main.go:54:35
./main.go:54:79: syscall.Signal(15) escapes to heap in main:
./main.go:54:79:   flow: {storage for ... argument} ← &{storage for syscall.Signal(15)}:
./main.go:54:79:     from syscall.Signal(15) (spill) at ./main.go:54:79
./main.go:54:79:     from ... argument (slice-literal-element) at ./main.go:54:35
./main.go:56:7: &Server{} escapes to heap in main:
./main.go:56:7:   flow: s ← &{storage for &Server{}}:
./main.go:56:7:     from &Server{} (spill) at ./main.go:56:7
./main.go:56:7:     from s := &Server{} (assign) at ./main.go:56:4
./main.go:56:7:   flow: {heap} ← s:
./main.go:56:7:     from (*Server).Handle(s, i) (call parameter) at ./main.go:58:11
./main.go:62:33: s.active escapes to heap in main:
./main.go:62:33:   flow: {storage for ... argument} ← &{storage for s.active}:
./main.go:62:33:     from s.active (spill) at ./main.go:62:33
./main.go:62:33:     from ... argument (slice-literal-element) at ./main.go:62:13
./main.go:62:33:   flow: {heap} ← {storage for ... argument}:
./main.go:62:33:     from ... argument (spill) at ./main.go:62:13
./main.go:62:33:     from fmt.Println(... argument...) (call parameter) at ./main.go:62:13
./main.go:54:35: ... argument escapes to heap
./main.go:54:79: syscall.Signal(15) escapes to heap
./main.go:56:7: &Server{} escapes to heap
./main.go:62:13: ... argument does not escape
./main.go:62:33: s.active escapes to heap
