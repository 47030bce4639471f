./main.go:10:14: parameter s leaks to ~r0 for process with derefs=0:
./main.go:10:14:   flow: ~r0 ← s:
./main.go:10:14:     from strings.ToUpper(s) (call parameter) at ./main.go:11:24
./main.go:10:14:     from return strings.ToUpper(s) (return) at ./main.go:11:2
./main.go:10:14: leaking param: s to result ~r0 level=0
./main.go:17:6: wg escapes to heap in parallelMap:
./main.go:17:6:   flow: {heap} ← &wg:
./main.go:17:6:     from wg (address-of) at ./main.go:19:5
./main.go:17:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:19:9
./main.go:21:6: func literal escapes to heap in parallelMap:
./main.go:21:6:   flow: {heap} ← &{storage for func literal}:
./main.go:21:6:     from func literal (spill) at ./main.go:21:6
./main.go:17:6: wg escapes to heap in parallelMap:
./main.go:17:6:   flow: {heap} ← &wg:
./main.go:17:6:     from wg (address-of) at ./main.go:27:4
./main.go:17:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:27:9
./main.go:17:6: parallelMap capturing by ref: wg (addr=true assign=false width=16)
./main.go:17:6: wg escapes to heap in parallelMap:
./main.go:17:6:   flow: {storage for func literal} ← &wg:
./main.go:17:6:     from wg (captured by a closure) at ./main.go:22:10
./main.go:17:6:     from wg (reference) at ./main.go:22:10
./main.go:16:2: parallelMap capturing by value: sem (addr=false assign=false width=8)
./main.go:15:2: parallelMap capturing by value: out (addr=false assign=false width=24)
./main.go:18:6: parallelMap capturing by value: i (addr=false assign=false width=8)
./main.go:18:9: parallelMap capturing by value: it (addr=false assign=false width=16)
./main.go:22:12: parallelMap.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./main.go:16:2: parallelMap capturing by value: sem (addr=false assign=false width=8)
./main.go:14:18: parameter items leaks to {heap} for parallelMap with derefs=1:
./main.go:14:18:   flow: {temp} ← items:
./main.go:14:18:   flow: .autotmp_9 ← *{temp}:
./main.go:14:18:     from for loop (range-deref) at ./main.go:18:15
./main.go:14:18:   flow: it ← .autotmp_9:
./main.go:14:18:     from it := .autotmp_9 (assign) at ./main.go:18:15
./main.go:14:18:   flow: {heap} ← it:
./main.go:14:18:     from process(it) (call parameter) at ./main.go:24:20
./main.go:14:18:     from out[i] = process(it) (assign) at ./main.go:24:11
./main.go:15:13: make([]string, len(items)) escapes to heap in parallelMap:
./main.go:15:13:   flow: out ← &{storage for make([]string, len(items))}:
./main.go:15:13:     from make([]string, len(items)) (spill) at ./main.go:15:13
./main.go:15:13:     from out := make([]string, len(items)) (assign) at ./main.go:15:6
./main.go:15:13:   flow: {storage for func literal} ← out:
./main.go:15:13:     from out (captured by a closure) at ./main.go:24:4
./main.go:14:18: parameter items leaks to {storage for func literal} for parallelMap with derefs=1:
./main.go:14:18:   flow: {temp} ← items:
./main.go:14:18:   flow: .autotmp_9 ← *{temp}:
./main.go:14:18:     from for loop (range-deref) at ./main.go:18:15
./main.go:14:18:   flow: it ← .autotmp_9:
./main.go:14:18:     from it := .autotmp_9 (assign) at ./main.go:18:15
./main.go:14:18:   flow: {storage for func literal} ← it:
./main.go:14:18:     from it (captured by a closure) at ./main.go:24:21
./main.go:14:18: leaking param content: items
./main.go:17:6: moved to heap: wg
./main.go:15:13: make([]string, len(items)) escapes to heap
./main.go:21:6: func literal escapes to heap
./main.go:23:10: func literal does not escape
./main.go:33:25: parallelMap(words, 2) escapes to heap in main:
./main.go:33:25:   flow: {storage for ... argument} ← &{storage for parallelMap(words, 2)}:
./main.go:33:25:     from parallelMap(words, 2) (spill) at ./main.go:33:25
./main.go:33:25:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:25:   flow: {heap} ← {storage for ... argument}:
./main.go:33:25:     from ... argument (spill) at ./main.go:33:13
./main.go:33:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:33:13: ... argument does not escape
./main.go:33:25: parallelMap(words, 2) escapes to heap
