./main.go:10:6: wg escapes to heap in main:
./main.go:10:6:   flow: {heap} ← &wg:
./main.go:10:6:     from wg (address-of) at ./main.go:13:5
./main.go:10:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./main.go:13:9
./main.go:14:3: func literal escapes to heap in main:
./main.go:14:3:   flow: {heap} ← &{storage for func literal}:
./main.go:14:3:     from func literal (spill) at ./main.go:14:3
./main.go:10:6: wg escapes to heap in main:
./main.go:10:6:   flow: {heap} ← &wg:
./main.go:10:6:     from wg (address-of) at ./main.go:19:4
./main.go:10:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:19:9
./main.go:10:6: main capturing by ref: wg (addr=true assign=false width=16)
./main.go:11:2: main capturing by value: results (addr=false assign=false width=24)
./main.go:15:12: main.func1 capturing by value: .autotmp_1 (addr=false assign=false width=8)
./main.go:14:6: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:14:3: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./main.go:20:14: results escapes to heap in main:
./main.go:20:14:   flow: {storage for ... argument} ← &{storage for results}:
./main.go:20:14:     from results (spill) at ./main.go:20:14
./main.go:20:14:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:20:14:   flow: {heap} ← {storage for ... argument}:
./main.go:20:14:     from ... argument (spill) at ./main.go:20:13
./main.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:11:17: make([]int, 5) escapes to heap in main:
./main.go:11:17:   flow: results ← &{storage for make([]int, 5)}:
./main.go:11:17:     from make([]int, 5) (spill) at ./main.go:11:17
./main.go:11:17:     from results := make([]int, 5) (assign) at ./main.go:11:10
./main.go:11:17:   flow: {storage for results} ← results:
./main.go:11:17:     from results (interface-converted) at ./main.go:20:14
./main.go:14:6: func literal escapes to heap in main:
./main.go:14:6:   flow: .autotmp_3 ← &{storage for func literal}:
./main.go:14:6:     from func literal (spill) at ./main.go:14:6
./main.go:14:6:     from .autotmp_3, .autotmp_4 = func literal, i (assign-pair) at ./main.go:14:3
./main.go:14:6:   flow: {storage for func literal} ← .autotmp_3:
./main.go:14:6:     from .autotmp_3 (captured by a closure) at ./main.go:14:6
./main.go:10:6: moved to heap: wg
./main.go:11:17: make([]int, 5) escapes to heap
./main.go:14:6: func literal escapes to heap
./main.go:20:13: ... argument does not escape
./main.go:20:14: results escapes to heap
