./main.go:9:9: &T{...} escapes to heap in a:
./main.go:9:9:   flow: ~r0 ← &{storage for &T{...}}:
./main.go:9:9:     from &T{...} (spill) at ./main.go:9:9
./main.go:9:9:     from return &T{...} (return) at ./main.go:9:2
./main.go:9:9: &T{...} escapes to heap
./main.go:16:9: "boom" escapes to heap in b:
./main.go:16:9:   flow: {heap} ← &{storage for "boom"}:
./main.go:16:9:     from "boom" (spill) at ./main.go:16:9
./main.go:16:9:     from panic("boom") (call parameter) at ./main.go:16:8
./main.go:19:10: "again" escapes to heap in b:
./main.go:19:10:   flow: {heap} ← &{storage for "again"}:
./main.go:19:10:     from "again" (spill) at ./main.go:19:10
./main.go:19:10:     from panic("again") (call parameter) at ./main.go:19:9
./main.go:16:9: "boom" escapes to heap
./main.go:19:10: "again" escapes to heap
./main.go:27:9: &T{...} escapes to heap in c:
./main.go:27:9:   flow: {heap} ← &{storage for &T{...}}:
./main.go:27:9:     from &T{...} (spill) at ./main.go:27:9
./main.go:27:9:     from sink = &T{...} (assign) at ./main.go:27:7
./main.go:29:9: &T{...} escapes to heap in c:
./main.go:29:9:   flow: {heap} ← &{storage for &T{...}}:
./main.go:29:9:     from &T{...} (spill) at ./main.go:29:9
./main.go:29:9:     from sink = &T{...} (assign) at ./main.go:29:7
./main.go:31:9: &T{...} escapes to heap in c:
./main.go:31:9:   flow: {heap} ← &{storage for &T{...}}:
./main.go:31:9:     from &T{...} (spill) at ./main.go:31:9
./main.go:31:9:     from sink = &T{...} (assign) at ./main.go:31:7
./main.go:25:10: &T{...} escapes to heap in c:
./main.go:25:10:   flow: ~r0 ← &{storage for &T{...}}:
./main.go:25:10:     from &T{...} (spill) at ./main.go:25:10
./main.go:25:10:     from return &T{...} (return) at ./main.go:25:3
./main.go:25:10: &T{...} escapes to heap
./main.go:27:9: &T{...} escapes to heap
./main.go:29:9: &T{...} escapes to heap
./main.go:31:9: &T{...} escapes to heap
