./main.go:20:2: worker capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:19:61: parameter wg leaks to {heap} for worker with derefs=0:
./main.go:19:61:   flow: .autotmp_4 ← wg:
./main.go:19:61:     from .autotmp_4 = wg (assign-pair) at ./main.go:20:2
./main.go:19:61:   flow: {heap} ← .autotmp_4:
./main.go:19:61:     from (*sync.WaitGroup).Done(.autotmp_4) (call parameter) at ./main.go:20:15
./main.go:19:21: jobs does not escape
./main.go:19:38: results does not escape
./main.go:19:61: leaking param: wg
./main.go:29:6: wg escapes to heap in main:
./main.go:29:6:   flow: {heap} ← &wg:
./main.go:29:6:     from wg (address-of) at ./main.go:31:5
./main.go:29:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:31:9
./main.go:32:3: func literal escapes to heap in main:
./main.go:32:3:   flow: {heap} ← &{storage for func literal}:
./main.go:32:3:     from func literal (spill) at ./main.go:32:3
./main.go:39:5: func literal escapes to heap in main:
./main.go:39:5:   flow: {heap} ← &{storage for func literal}:
./main.go:39:5:     from func literal (spill) at ./main.go:39:5
./main.go:29:6: wg escapes to heap in main:
./main.go:29:6:   flow: {heap} ← &wg:
./main.go:29:6:     from wg (address-of) at ./main.go:40:5
./main.go:29:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:40:10
./main.go:32:3: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:32:16: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./main.go:32:22: main capturing by value: .autotmp_6 (addr=false assign=false width=8)
./main.go:32:31: main capturing by value: .autotmp_7 (addr=false assign=false width=8)
./main.go:29:6: main capturing by ref: wg (addr=true assign=false width=16)
./main.go:29:6: wg escapes to heap in main:
./main.go:29:6:   flow: {storage for func literal} ← &wg:
./main.go:29:6:     from wg (captured by a closure) at ./main.go:40:3
./main.go:29:6:     from wg (reference) at ./main.go:40:3
./main.go:28:2: main capturing by value: results (addr=false assign=false width=8)
./main.go:47:14: "total length:" escapes to heap in main:
./main.go:47:14:   flow: {storage for ... argument} ← &{storage for "total length:"}:
./main.go:47:14:     from "total length:" (spill) at ./main.go:47:14
./main.go:47:14:     from ... argument (slice-literal-element) at ./main.go:47:13
./main.go:47:14:   flow: {heap} ← {storage for ... argument}:
./main.go:47:14:     from ... argument (spill) at ./main.go:47:13
./main.go:47:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:47:13
./main.go:47:31: total escapes to heap in main:
./main.go:47:31:   flow: {storage for ... argument} ← &{storage for total}:
./main.go:47:31:     from total (spill) at ./main.go:47:31
./main.go:47:31:     from ... argument (slice-literal-element) at ./main.go:47:13
./main.go:47:31:   flow: {heap} ← {storage for ... argument}:
./main.go:47:31:     from ... argument (spill) at ./main.go:47:13
./main.go:47:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:47:13
./main.go:29:6: moved to heap: wg
./main.go:34:20: []string{...} does not escape
./main.go:39:5: func literal escapes to heap
./main.go:47:13: ... argument does not escape
./main.go:47:14: "total length:" escapes to heap
./main.go:47:31: total escapes to heap
