./main.go:19:20: make(map[string]func(string) string) escapes to heap in (*Registry).Register:
./main.go:19:20:   flow: {heap} ← &{storage for make(map[string]func(string) string)}:
./main.go:19:20:     from make(map[string]func(string) string) (spill) at ./main.go:19:20
./main.go:19:20:     from r.handlers = make(map[string]func(string) string) (assign) at ./main.go:19:14
./main.go:17:12: (*Registry).Register capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:15:7: parameter r leaks to {heap} for (*Registry).Register with derefs=0:
./main.go:15:7:   flow: {heap} ← r:
./main.go:15:7:     from r.mu (dot of pointer) at ./main.go:16:3
./main.go:15:7:     from r.mu (address-of) at ./main.go:16:6
./main.go:15:7:     from (*sync.RWMutex).Lock(r.mu) (call parameter) at ./main.go:16:11
./main.go:15:29: parameter name leaks to {heap} for (*Registry).Register with derefs=0:
./main.go:15:29:   flow: {heap} ← name:
./main.go:15:29:     from r.handlers[name] (key of map put) at ./main.go:21:12
./main.go:15:42: parameter h leaks to {heap} for (*Registry).Register with derefs=0:
./main.go:15:42:   flow: {heap} ← h:
./main.go:15:42:     from r.handlers[name] = h (assign) at ./main.go:21:19
./main.go:15:7: leaking param: r
./main.go:15:29: leaking param: name
./main.go:15:42: leaking param: h
./main.go:19:20: make(map[string]func(string) string) escapes to heap
./main.go:24:7: parameter r leaks to {heap} for (*Registry).Call with derefs=0:
./main.go:24:7:   flow: {heap} ← r:
./main.go:24:7:     from r.mu (dot of pointer) at ./main.go:25:3
./main.go:24:7:     from r.mu (address-of) at ./main.go:25:6
./main.go:24:7:     from (*sync.RWMutex).RLock(r.mu) (call parameter) at ./main.go:25:12
./main.go:24:31: parameter arg leaks to {heap} for (*Registry).Call with derefs=0:
./main.go:24:31:   flow: {heap} ← arg:
./main.go:24:31:     from h(arg) (call parameter) at ./main.go:31:10
./main.go:24:7: leaking param: r
./main.go:24:25: name does not escape
./main.go:24:31: leaking param: arg
./main.go:35:6: reg escapes to heap in main:
./main.go:35:6:   flow: {heap} ← &reg:
./main.go:35:6:     from reg (address-of) at ./main.go:36:5
./main.go:35:6:     from (*Registry).Register(reg, "upper", strings.ToUpper) (call parameter) at ./main.go:36:14
./main.go:35:6: reg escapes to heap in main:
./main.go:35:6:   flow: {heap} ← &reg:
./main.go:35:6:     from reg (address-of) at ./main.go:38:5
./main.go:35:6:     from (*Registry).Register(reg, "shout", func literal) (call parameter) at ./main.go:38:14
./main.go:38:24: func literal escapes to heap in main:
./main.go:38:24:   flow: {heap} ← &{storage for func literal}:
./main.go:38:24:     from func literal (spill) at ./main.go:38:24
./main.go:38:24:     from (*Registry).Register(reg, "shout", func literal) (call parameter) at ./main.go:38:14
./main.go:39:6: wg escapes to heap in main:
./main.go:39:6:   flow: {heap} ← &wg:
./main.go:39:6:     from wg (address-of) at ./main.go:42:5
./main.go:39:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:42:9
./main.go:43:6: func literal escapes to heap in main:
./main.go:43:6:   flow: {heap} ← &{storage for func literal}:
./main.go:43:6:     from func literal (spill) at ./main.go:43:6
./main.go:35:6: reg escapes to heap in main:
./main.go:35:6:   flow: {heap} ← &reg:
./main.go:35:6:     from reg (address-of) at ./main.go:45:15
./main.go:35:6:     from (*Registry).Call(reg, []string{...}[i % 2], fmt.Sprint(... argument...)) (call parameter) at ./main.go:45:20
./main.go:39:6: wg escapes to heap in main:
./main.go:39:6:   flow: {heap} ← &wg:
./main.go:39:6:     from wg (address-of) at ./main.go:49:4
./main.go:39:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:49:9
./main.go:37:2: main capturing by value: suffix (addr=false assign=false width=16)
./main.go:39:6: main capturing by ref: wg (addr=true assign=false width=16)
./main.go:39:6: wg escapes to heap in main:
./main.go:39:6:   flow: {storage for func literal} ← &wg:
./main.go:39:6:     from wg (captured by a closure) at ./main.go:44:10
./main.go:39:6:     from wg (reference) at ./main.go:44:10
./main.go:35:6: main capturing by ref: reg (addr=true assign=false width=32)
./main.go:35:6: reg escapes to heap in main:
./main.go:35:6:   flow: {storage for func literal} ← &reg:
./main.go:35:6:     from reg (captured by a closure) at ./main.go:45:12
./main.go:35:6:     from reg (reference) at ./main.go:45:12
./main.go:41:6: main capturing by value: i (addr=false assign=false width=8)
./main.go:40:2: main capturing by value: results (addr=false assign=false width=24)
./main.go:44:12: main.func2 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./main.go:45:65: "msg" escapes to heap in main.func2:
./main.go:45:65:   flow: {storage for ... argument} ← &{storage for "msg"}:
./main.go:45:65:     from "msg" (spill) at ./main.go:45:65
./main.go:45:65:     from ... argument (slice-literal-element) at ./main.go:45:64
./main.go:45:65:   flow: {heap} ← {storage for ... argument}:
./main.go:45:65:     from ... argument (spill) at ./main.go:45:64
./main.go:45:65:     from fmt.Sprint(... argument...) (call parameter) at ./main.go:45:64
./main.go:45:72: i escapes to heap in main.func2:
./main.go:45:72:   flow: {storage for ... argument} ← &{storage for i}:
./main.go:45:72:     from i (spill) at ./main.go:45:72
./main.go:45:72:     from ... argument (slice-literal-element) at ./main.go:45:64
./main.go:45:72:   flow: {heap} ← {storage for ... argument}:
./main.go:45:72:     from ... argument (spill) at ./main.go:45:64
./main.go:45:72:     from fmt.Sprint(... argument...) (call parameter) at ./main.go:45:64
./main.go:50:14: results escapes to heap in main:
./main.go:50:14:   flow: {storage for ... argument} ← &{storage for results}:
./main.go:50:14:     from results (spill) at ./main.go:50:14
./main.go:50:14:     from ... argument (slice-literal-element) at ./main.go:50:13
./main.go:50:14:   flow: {heap} ← {storage for ... argument}:
./main.go:50:14:     from ... argument (spill) at ./main.go:50:13
./main.go:50:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:50:13
./main.go:40:17: make([]string, 4) escapes to heap in main:
./main.go:40:17:   flow: results ← &{storage for make([]string, 4)}:
./main.go:40:17:     from make([]string, 4) (spill) at ./main.go:40:17
./main.go:40:17:     from results := make([]string, 4) (assign) at ./main.go:40:10
./main.go:40:17:   flow: {storage for results} ← results:
./main.go:40:17:     from results (interface-converted) at ./main.go:50:14
./main.go:38:74: strings.ToUpper(s) + suffix escapes to heap in main.func1:
./main.go:38:74:   flow: ~r0 ← &{storage for strings.ToUpper(s) + suffix}:
./main.go:38:74:     from strings.ToUpper(s) + suffix (spill) at ./main.go:38:74
./main.go:38:74:     from return strings.ToUpper(s) + suffix (return) at ./main.go:38:48
./main.go:38:29: s does not escape
./main.go:35:6: moved to heap: reg
./main.go:39:6: moved to heap: wg
./main.go:38:24: func literal escapes to heap
./main.go:38:74: strings.ToUpper(s) + suffix escapes to heap
./main.go:40:17: make([]string, 4) escapes to heap
./main.go:43:6: func literal escapes to heap
./main.go:45:29: []string{...} does not escape
./main.go:45:64: ... argument does not escape
./main.go:45:65: "msg" escapes to heap
./main.go:45:72: i escapes to heap
./main.go:50:13: ... argument does not escape
./main.go:50:14: results escapes to heap
