./main.go:16:13: path does not escape
./main.go:26:21: Routes{...} escapes to heap in main:
./main.go:26:21:   flow: {heap} ← &{storage for Routes{...}}:
./main.go:26:21:     from Routes{...} (spill) at ./main.go:26:21
./main.go:26:21:     from Routes{...} (interface-converted) at ./main.go:26:21
./main.go:26:21:     from (*atomic.Value).Store(routes, Routes{...}) (call parameter) at ./main.go:26:14
./main.go:27:6: wg escapes to heap in main:
./main.go:27:6:   flow: {heap} ← &wg:
./main.go:27:6:     from wg (address-of) at ./main.go:30:5
./main.go:27:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:30:9
./main.go:31:6: func literal escapes to heap in main:
./main.go:31:6:   flow: {heap} ← &{storage for func literal}:
./main.go:31:6:     from func literal (spill) at ./main.go:31:6
./main.go:27:6: wg escapes to heap in main:
./main.go:27:6:   flow: {heap} ← &wg:
./main.go:27:6:     from wg (address-of) at ./main.go:38:4
./main.go:27:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:38:9
./main.go:27:6: main capturing by ref: wg (addr=true assign=false width=16)
./main.go:27:6: wg escapes to heap in main:
./main.go:27:6:   flow: {storage for func literal} ← &wg:
./main.go:27:6:     from wg (captured by a closure) at ./main.go:32:10
./main.go:27:6:     from wg (reference) at ./main.go:32:10
./main.go:29:9: main capturing by value: p (addr=false assign=false width=16)
./main.go:28:6: main capturing by ref: found (addr=true assign=false width=4)
./main.go:28:6: found escapes to heap in main:
./main.go:28:6:   flow: {storage for func literal} ← &found:
./main.go:28:6:     from found (captured by a closure) at ./main.go:34:5
./main.go:28:6:     from found (reference) at ./main.go:34:5
./main.go:32:12: main.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./main.go:41:24: (*atomic.Uint32).Load(found) escapes to heap in main:
./main.go:41:24:   flow: {storage for ... argument} ← &{storage for (*atomic.Uint32).Load(found)}:
./main.go:41:24:     from (*atomic.Uint32).Load(found) (spill) at ./main.go:41:24
./main.go:41:24:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:24:   flow: {heap} ← {storage for ... argument}:
./main.go:41:24:     from ... argument (spill) at ./main.go:41:13
./main.go:41:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:41:28: ok escapes to heap in main:
./main.go:41:28:   flow: {storage for ... argument} ← &{storage for ok}:
./main.go:41:28:     from ok (spill) at ./main.go:41:28
./main.go:41:28:     from ... argument (slice-literal-element) at ./main.go:41:13
./main.go:41:28:   flow: {heap} ← {storage for ... argument}:
./main.go:41:28:     from ... argument (spill) at ./main.go:41:13
./main.go:41:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:41:13
./main.go:27:6: moved to heap: wg
./main.go:28:6: moved to heap: found
./main.go:26:21: Routes{...} escapes to heap
./main.go:29:28: []string{...} does not escape
./main.go:31:6: func literal escapes to heap
./main.go:41:13: ... argument does not escape
./main.go:41:24: (*atomic.Uint32).Load(found) escapes to heap
./main.go:41:28: ok escapes to heap
