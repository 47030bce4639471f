./main.go:11:5: func literal escapes to heap in generate:
./main.go:11:5:   flow: {heap} ← &{storage for func literal}:
./main.go:11:5:     from func literal (spill) at ./main.go:11:5
./main.go:9:15: generate capturing by value: nums (addr=false assign=false width=24)
./main.go:10:2: generate capturing by value: out (addr=false assign=false width=8)
./main.go:9:15: parameter nums leaks to {storage for func literal} for generate with derefs=0:
./main.go:9:15:   flow: {storage for func literal} ← nums:
./main.go:9:15:     from nums (captured by a closure) at ./main.go:12:21
./main.go:9:15: leaking param: nums
./main.go:11:5: func literal escapes to heap
./main.go:22:5: func literal escapes to heap in square:
./main.go:22:5:   flow: {heap} ← &{storage for func literal}:
./main.go:22:5:     from func literal (spill) at ./main.go:22:5
./main.go:20:13: square capturing by value: in (addr=false assign=false width=8)
./main.go:21:2: square capturing by value: out (addr=false assign=false width=8)
./main.go:20:13: parameter in leaks to {storage for func literal} for square with derefs=0:
./main.go:20:13:   flow: {storage for func literal} ← in:
./main.go:20:13:     from in (captured by a closure) at ./main.go:23:18
./main.go:20:13: leaking param: in
./main.go:22:5: func literal escapes to heap
./main.go:32:6: wg escapes to heap in merge:
./main.go:32:6:   flow: {heap} ← &wg:
./main.go:32:6:     from wg (address-of) at ./main.go:38:5
./main.go:32:6:     from (*sync.WaitGroup).Done(wg) (call parameter) at ./main.go:38:10
./main.go:32:6: wg escapes to heap in merge:
./main.go:32:6:   flow: {heap} ← &wg:
./main.go:32:6:     from wg (address-of) at ./main.go:40:4
./main.go:32:6:     from (*sync.WaitGroup).Add(wg, len(cs)) (call parameter) at ./main.go:40:8
./main.go:42:3: func literal escapes to heap in merge:
./main.go:42:3:   flow: {heap} ← &{storage for func literal}:
./main.go:42:3:     from func literal (spill) at ./main.go:42:3
./main.go:44:5: func literal escapes to heap in merge:
./main.go:44:5:   flow: {heap} ← &{storage for func literal}:
./main.go:44:5:     from func literal (spill) at ./main.go:44:5
./main.go:32:6: wg escapes to heap in merge:
./main.go:32:6:   flow: {heap} ← &wg:
./main.go:32:6:     from wg (address-of) at ./main.go:45:5
./main.go:32:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:45:10
./main.go:33:2: merge capturing by value: out (addr=false assign=false width=8)
./main.go:32:6: merge capturing by ref: wg (addr=true assign=false width=16)
./main.go:42:3: merge capturing by value: .autotmp_6 (addr=false assign=false width=8)
./main.go:42:3: merge capturing by value: .autotmp_7 (addr=false assign=false width=8)
./main.go:32:6: merge capturing by ref: wg (addr=true assign=false width=16)
./main.go:32:6: wg escapes to heap in merge:
./main.go:32:6:   flow: {storage for func literal} ← &wg:
./main.go:32:6:     from wg (captured by a closure) at ./main.go:45:3
./main.go:32:6:     from wg (reference) at ./main.go:45:3
./main.go:33:2: merge capturing by value: out (addr=false assign=false width=8)
./main.go:34:12: func literal escapes to heap in merge:
./main.go:34:12:   flow: output ← &{storage for func literal}:
./main.go:34:12:     from func literal (spill) at ./main.go:34:12
./main.go:34:12:     from output := func literal (assign) at ./main.go:34:9
./main.go:34:12:   flow: .autotmp_6 ← output:
./main.go:34:12:     from .autotmp_6, .autotmp_7 = output, c (assign-pair) at ./main.go:42:3
./main.go:34:12:   flow: {storage for func literal} ← .autotmp_6:
./main.go:34:12:     from .autotmp_6 (captured by a closure) at ./main.go:42:3
./main.go:31:12: parameter cs leaks to {storage for func literal} for merge with derefs=1:
./main.go:31:12:   flow: {temp} ← cs:
./main.go:31:12:   flow: c ← *{temp}:
./main.go:31:12:     from for loop (range-deref) at ./main.go:41:14
./main.go:31:12:   flow: .autotmp_7 ← c:
./main.go:31:12:     from .autotmp_6, .autotmp_7 = output, c (assign-pair) at ./main.go:42:3
./main.go:31:12:   flow: {storage for func literal} ← .autotmp_7:
./main.go:31:12:     from .autotmp_7 (captured by a closure) at ./main.go:42:3
./main.go:31:12: leaking param content: cs
./main.go:34:17: c does not escape
./main.go:32:6: moved to heap: wg
./main.go:34:12: func literal escapes to heap
./main.go:44:5: func literal escapes to heap
./main.go:52:16: ... argument escapes to heap in main:
./main.go:52:16:   flow: {heap} ← &{storage for ... argument}:
./main.go:52:16:     from ... argument (spill) at ./main.go:52:16
./main.go:52:16:     from generate(... argument...) (call parameter) at ./main.go:52:16
./main.go:59:14: sum escapes to heap in main:
./main.go:59:14:   flow: {storage for ... argument} ← &{storage for sum}:
./main.go:59:14:     from sum (spill) at ./main.go:59:14
./main.go:59:14:     from ... argument (slice-literal-element) at ./main.go:59:13
./main.go:59:14:   flow: {heap} ← {storage for ... argument}:
./main.go:59:14:     from ... argument (spill) at ./main.go:59:13
./main.go:59:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:59:13
./main.go:52:16: ... argument escapes to heap
./main.go:56:22: ... argument does not escape
./main.go:59:13: ... argument does not escape
./main.go:59:14: sum escapes to heap
