./main.go:7:33: id escapes to heap in fetch:
./main.go:7:33:   flow: {storage for ... argument} ← &{storage for id}:
./main.go:7:33:     from id (spill) at ./main.go:7:33
./main.go:7:33:     from ... argument (slice-literal-element) at ./main.go:7:19
./main.go:7:33:   flow: {heap} ← {storage for ... argument}:
./main.go:7:33:     from ... argument (spill) at ./main.go:7:19
./main.go:7:33:     from fmt.Sprintf("result %d", ... argument...) (call parameter) at ./main.go:7:19
./main.go:6:20: ch does not escape
./main.go:7:19: ... argument does not escape
./main.go:7:33: id escapes to heap
./main.go:13:3: func literal escapes to heap in main:
./main.go:13:3:   flow: {heap} ← &{storage for func literal}:
./main.go:13:3:     from func literal (spill) at ./main.go:13:3
./main.go:16:2: func literal escapes to heap in main:
./main.go:16:2:   flow: {heap} ← &{storage for func literal}:
./main.go:16:2:     from func literal (spill) at ./main.go:16:2
./main.go:13:3: main capturing by value: .autotmp_2 (addr=false assign=false width=8)
./main.go:13:15: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./main.go:16:17: main capturing by value: .autotmp_5 (addr=false assign=false width=16)
./main.go:16:28: main capturing by value: .autotmp_6 (addr=false assign=false width=16)
./main.go:18:15: <-ch escapes to heap in main:
./main.go:18:15:   flow: {storage for ... argument} ← &{storage for <-ch}:
./main.go:18:15:     from <-ch (spill) at ./main.go:18:15
./main.go:18:15:     from ... argument (slice-literal-element) at ./main.go:18:14
./main.go:18:15:   flow: {heap} ← {storage for ... argument}:
./main.go:18:15:     from ... argument (spill) at ./main.go:18:14
./main.go:18:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:14
./main.go:16:17: "spawned" escapes to heap in main:
./main.go:16:17:   flow: .autotmp_5 ← &{storage for "spawned"}:
./main.go:16:17:     from "spawned" (spill) at ./main.go:16:17
./main.go:16:17:     from .autotmp_5, .autotmp_6 = "spawned", n (assign-pair) at ./main.go:16:2
./main.go:16:17:   flow: {storage for ... argument} ← .autotmp_5:
./main.go:16:17:     from ... argument (slice-literal-element) at ./main.go:16:16
./main.go:16:17:   flow: {heap} ← {storage for ... argument}:
./main.go:16:17:     from ... argument (spill) at ./main.go:16:16
./main.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:16:16
./main.go:16:28: n escapes to heap in main:
./main.go:16:28:   flow: .autotmp_6 ← &{storage for n}:
./main.go:16:28:     from n (spill) at ./main.go:16:28
./main.go:16:28:     from .autotmp_5, .autotmp_6 = "spawned", n (assign-pair) at ./main.go:16:2
./main.go:16:28:   flow: {storage for ... argument} ← .autotmp_6:
./main.go:16:28:     from ... argument (slice-literal-element) at ./main.go:16:16
./main.go:16:28:   flow: {heap} ← {storage for ... argument}:
./main.go:16:28:     from ... argument (spill) at ./main.go:16:16
./main.go:16:28:     from fmt.Println(... argument...) (call parameter) at ./main.go:16:16
./main.go:16:17: "spawned" escapes to heap
./main.go:16:28: n escapes to heap
./main.go:16:16: ... argument does not escape
./main.go:18:14: ... argument does not escape
./main.go:18:15: <-ch escapes to heap
