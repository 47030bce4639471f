./main.go:12:6: wg escapes to heap in main:
./main.go:12:6:   flow: {heap} ← &wg:
./main.go:12:6:     from wg (address-of) at ./main.go:14:5
./main.go:12:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:14:9
./main.go:15:6: func literal escapes to heap in main:
./main.go:15:6:   flow: {heap} ← &{storage for func literal}:
./main.go:15:6:     from func literal (spill) at ./main.go:15:6
./main.go:12:6: wg escapes to heap in main:
./main.go:12:6:   flow: {heap} ← &wg:
./main.go:12:6:     from wg (address-of) at ./main.go:17:6
./main.go:12:6:     from (*sync.WaitGroup).Done(wg) (call parameter) at ./main.go:17:11
./main.go:12:6: wg escapes to heap in main:
./main.go:12:6:   flow: {heap} ← &wg:
./main.go:12:6:     from wg (address-of) at ./main.go:20:4
./main.go:12:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:20:9
./main.go:11:6: main capturing by ref: ops (addr=true assign=false width=8)
./main.go:11:6: ops escapes to heap in main:
./main.go:11:6:   flow: {storage for func literal} ← &ops:
./main.go:11:6:     from ops (captured by a closure) at ./main.go:16:21
./main.go:11:6:     from ops (reference) at ./main.go:16:21
./main.go:12:6: main capturing by ref: wg (addr=true assign=false width=16)
./main.go:12:6: wg escapes to heap in main:
./main.go:12:6:   flow: {storage for func literal} ← &wg:
./main.go:12:6:     from wg (captured by a closure) at ./main.go:17:4
./main.go:12:6:     from wg (reference) at ./main.go:17:4
./main.go:21:14: "ops:" escapes to heap in main:
./main.go:21:14:   flow: {storage for ... argument} ← &{storage for "ops:"}:
./main.go:21:14:     from "ops:" (spill) at ./main.go:21:14
./main.go:21:14:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:14:   flow: {heap} ← {storage for ... argument}:
./main.go:21:14:     from ... argument (spill) at ./main.go:21:13
./main.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:21:38: atomic.LoadInt64(&ops) escapes to heap in main:
./main.go:21:38:   flow: {storage for ... argument} ← &{storage for atomic.LoadInt64(&ops)}:
./main.go:21:38:     from atomic.LoadInt64(&ops) (spill) at ./main.go:21:38
./main.go:21:38:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:38:   flow: {heap} ← {storage for ... argument}:
./main.go:21:38:     from ... argument (spill) at ./main.go:21:13
./main.go:21:38:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:24:40: atomic.CompareAndSwapInt32(&flag, int32(1), int32(2)) escapes to heap in main:
./main.go:24:40:   flow: {storage for ... argument} ← &{storage for atomic.CompareAndSwapInt32(&flag, int32(1), int32(2))}:
./main.go:24:40:     from atomic.CompareAndSwapInt32(&flag, int32(1), int32(2)) (spill) at ./main.go:24:40
./main.go:24:40:     from ... argument (slice-literal-element) at ./main.go:24:13
./main.go:24:40:   flow: {heap} ← {storage for ... argument}:
./main.go:24:40:     from ... argument (spill) at ./main.go:24:13
./main.go:24:40:     from fmt.Println(... argument...) (call parameter) at ./main.go:24:13
./main.go:11:6: moved to heap: ops
./main.go:12:6: moved to heap: wg
./main.go:15:6: func literal escapes to heap
./main.go:21:13: ... argument does not escape
./main.go:21:14: "ops:" escapes to heap
./main.go:21:38: atomic.LoadInt64(&ops) escapes to heap
./main.go:24:13: ... argument does not escape
./main.go:24:40: atomic.CompareAndSwapInt32(&flag, int32(1), int32(2)) escapes to heap
