./main.go:21:9: &Config{...} escapes to heap in get.func1:
./main.go:21:9:   flow: {heap} ← &{storage for &Config{...}}:
./main.go:21:9:     from &Config{...} (spill) at ./main.go:21:9
./main.go:21:9:     from cfg = &Config{...} (assign) at ./main.go:21:7
./main.go:21:9: &Config{...} escapes to heap
./main.go:20:10: func literal does not escape
./main.go:29:32: "once" escapes to heap in main.func1:
./main.go:29:32:   flow: {storage for ... argument} ← &{storage for "once"}:
./main.go:29:32:     from "once" (spill) at ./main.go:29:32
./main.go:29:32:     from ... argument (slice-literal-element) at ./main.go:29:31
./main.go:29:32:   flow: {heap} ← {storage for ... argument}:
./main.go:29:32:     from ... argument (spill) at ./main.go:29:31
./main.go:29:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:31
./main.go:29:31: ... argument does not escape
./main.go:29:32: "once" escapes to heap
./main.go:28:6: local escapes to heap in main:
./main.go:28:6:   flow: {heap} ← &local:
./main.go:28:6:     from local (address-of) at ./main.go:29:7
./main.go:28:6:     from (*sync.Once).Do(local, func literal) (call parameter) at ./main.go:29:10
./main.go:27:19: get().Port escapes to heap in main:
./main.go:27:19:   flow: {storage for ... argument} ← &{storage for get().Port}:
./main.go:27:19:     from get().Port (spill) at ./main.go:27:19
./main.go:27:19:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:19:   flow: {heap} ← {storage for ... argument}:
./main.go:27:19:     from ... argument (spill) at ./main.go:27:13
./main.go:27:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:31: get().Host escapes to heap in main:
./main.go:27:31:   flow: {storage for ... argument} ← &{storage for get().Host}:
./main.go:27:31:     from get().Host (spill) at ./main.go:27:31
./main.go:27:31:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:31:   flow: {heap} ← {storage for ... argument}:
./main.go:27:31:     from ... argument (spill) at ./main.go:27:13
./main.go:27:31:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:28:6: moved to heap: local
./main.go:27:13: ... argument does not escape
./main.go:27:19: get().Port escapes to heap
./main.go:27:31: get().Host escapes to heap
./main.go:29:11: func literal does not escape
