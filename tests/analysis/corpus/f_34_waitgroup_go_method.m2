./main.go:10:6: wg escapes to heap in main:
./main.go:10:6:   flow: {heap} ← &wg:
./main.go:10:6:     from wg (address-of) at ./main.go:14:5
./main.go:10:6:     from (*sync.WaitGroup).Go(wg, func literal) (call parameter) at ./main.go:14:8
./main.go:14:9: func literal escapes to heap in main:
./main.go:14:9:   flow: {heap} ← &{storage for func literal}:
./main.go:14:9:     from func literal (spill) at ./main.go:14:9
./main.go:14:9:     from (*sync.WaitGroup).Go(wg, func literal) (call parameter) at ./main.go:14:8
./main.go:11:6: mu escapes to heap in main:
./main.go:11:6:   flow: {heap} ← &mu:
./main.go:11:6:     from mu (address-of) at ./main.go:15:6
./main.go:11:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./main.go:15:11
./main.go:11:6: mu escapes to heap in main:
./main.go:11:6:   flow: {heap} ← &mu:
./main.go:11:6:     from mu (address-of) at ./main.go:17:6
./main.go:11:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./main.go:17:13
./main.go:10:6: wg escapes to heap in main:
./main.go:10:6:   flow: {heap} ← &wg:
./main.go:10:6:     from wg (address-of) at ./main.go:20:4
./main.go:10:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./main.go:20:9
./main.go:11:6: main capturing by ref: mu (addr=true assign=false width=8)
./main.go:11:6: mu escapes to heap in main:
./main.go:11:6:   flow: {storage for func literal} ← &mu:
./main.go:11:6:     from mu (captured by a closure) at ./main.go:15:4
./main.go:11:6:     from mu (reference) at ./main.go:15:4
./main.go:12:2: main capturing by ref: total (addr=false assign=true width=8)
./main.go:12:2: total escapes to heap in main:
./main.go:12:2:   flow: {storage for func literal} ← &total:
./main.go:12:2:     from total (captured by a closure) at ./main.go:16:4
./main.go:12:2:     from total (reference) at ./main.go:16:4
./main.go:13:6: main capturing by value: i (addr=false assign=false width=8)
./main.go:21:14: "total:" escapes to heap in main:
./main.go:21:14:   flow: {storage for ... argument} ← &{storage for "total:"}:
./main.go:21:14:     from "total:" (spill) at ./main.go:21:14
./main.go:21:14:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:14:   flow: {heap} ← {storage for ... argument}:
./main.go:21:14:     from ... argument (spill) at ./main.go:21:13
./main.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:21:24: total escapes to heap in main:
./main.go:21:24:   flow: {storage for ... argument} ← &{storage for total}:
./main.go:21:24:     from total (spill) at ./main.go:21:24
./main.go:21:24:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:24:   flow: {heap} ← {storage for ... argument}:
./main.go:21:24:     from ... argument (spill) at ./main.go:21:13
./main.go:21:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:10:6: moved to heap: wg
./main.go:11:6: moved to heap: mu
./main.go:12:2: moved to heap: total
./main.go:14:9: func literal escapes to heap
./main.go:21:13: ... argument does not escape
./main.go:21:14: "total:" escapes to heap
./main.go:21:24: total escapes to heap
