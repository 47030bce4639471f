./main.go:16:7: s does not escape
./main.go:32:6: wg escapes to heap in main:
./main.go:32:6:   flow: {heap} ← &wg:
./main.go:32:6:     from wg (address-of) at ./main.go:34:5
./main.go:32:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:34:9
./main.go:35:6: func literal escapes to heap in main:
./main.go:35:6:   flow: {heap} ← &{storage for func literal}:
./main.go:35:6:     from func literal (spill) at ./main.go:35:6
./main.go:32:6: wg escapes to heap in main:
./main.go:32:6:   flow: {heap} ← &wg:
./main.go:32:6:     from wg (address-of) at ./main.go:40:4
./main.go:32:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:40:9
./main.go:32:6: main capturing by ref: wg (addr=true assign=false width=16)
./main.go:32:6: wg escapes to heap in main:
./main.go:32:6:   flow: {storage for func literal} ← &wg:
./main.go:32:6:     from wg (captured by a closure) at ./main.go:36:10
./main.go:32:6:     from wg (reference) at ./main.go:36:10
./main.go:31:6: main capturing by ref: s (addr=true assign=false width=24)
./main.go:31:6: s escapes to heap in main:
./main.go:31:6:   flow: {storage for func literal} ← &s:
./main.go:31:6:     from s (captured by a closure) at ./main.go:37:4
./main.go:31:6:     from s (reference) at ./main.go:37:4
./main.go:33:6: main capturing by value: i (addr=false assign=false width=4)
./main.go:36:12: main.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./main.go:43:25: (*atomic.Int64).Load(s.hits) escapes to heap in main:
./main.go:43:25:   flow: {storage for ... argument} ← &{storage for (*atomic.Int64).Load(s.hits)}:
./main.go:43:25:     from (*atomic.Int64).Load(s.hits) (spill) at ./main.go:43:25
./main.go:43:25:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:25:   flow: {heap} ← {storage for ... argument}:
./main.go:43:25:     from ... argument (spill) at ./main.go:43:13
./main.go:43:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:42: (*atomic.Int64).Load(s.misses) escapes to heap in main:
./main.go:43:42:   flow: {storage for ... argument} ← &{storage for (*atomic.Int64).Load(s.misses)}:
./main.go:43:42:     from (*atomic.Int64).Load(s.misses) (spill) at ./main.go:43:42
./main.go:43:42:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:42:   flow: {heap} ← {storage for ... argument}:
./main.go:43:42:     from ... argument (spill) at ./main.go:43:13
./main.go:43:42:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:56: (*atomic.Int32).Load(s.max) escapes to heap in main:
./main.go:43:56:   flow: {storage for ... argument} ← &{storage for (*atomic.Int32).Load(s.max)}:
./main.go:43:56:     from (*atomic.Int32).Load(s.max) (spill) at ./main.go:43:56
./main.go:43:56:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:56:   flow: {heap} ← {storage for ... argument}:
./main.go:43:56:     from ... argument (spill) at ./main.go:43:13
./main.go:43:56:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:76: atomic.LoadInt64(&legacy) escapes to heap in main:
./main.go:43:76:   flow: {storage for ... argument} ← &{storage for atomic.LoadInt64(&legacy)}:
./main.go:43:76:     from atomic.LoadInt64(&legacy) (spill) at ./main.go:43:76
./main.go:43:76:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:76:   flow: {heap} ← {storage for ... argument}:
./main.go:43:76:     from ... argument (spill) at ./main.go:43:13
./main.go:43:76:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:31:6: moved to heap: s
./main.go:32:6: moved to heap: wg
./main.go:35:6: func literal escapes to heap
./main.go:43:13: ... argument does not escape
./main.go:43:25: (*atomic.Int64).Load(s.hits) escapes to heap
./main.go:43:42: (*atomic.Int64).Load(s.misses) escapes to heap
./main.go:43:56: (*atomic.Int32).Load(s.max) escapes to heap
./main.go:43:76: atomic.LoadInt64(&legacy) escapes to heap
