./main.go:14:9: &T{...} escapes to heap in f:
./main.go:14:9:   flow: {heap} ← &{storage for &T{...}}:
./main.go:14:9:     from &T{...} (spill) at ./main.go:14:9
./main.go:14:9:     from sink = &T{...} (assign) at ./main.go:14:7
./main.go:11:11: &T{...} escapes to heap in f:
./main.go:11:11:   flow: ~r0 ← &{storage for &T{...}}:
./main.go:11:11:     from &T{...} (spill) at ./main.go:11:11
./main.go:11:11:     from return &T{...} (return) at ./main.go:11:4
./main.go:11:11: &T{...} escapes to heap
./main.go:14:9: &T{...} escapes to heap
./main.go:23:9: "no" escapes to heap in g:
./main.go:23:9:   flow: {heap} ← &{storage for "no"}:
./main.go:23:9:     from "no" (spill) at ./main.go:23:9
./main.go:23:9:     from panic("no") (call parameter) at ./main.go:23:8
./main.go:25:9: &T{...} escapes to heap in g:
./main.go:25:9:   flow: {heap} ← &{storage for &T{...}}:
./main.go:25:9:     from &T{...} (spill) at ./main.go:25:9
./main.go:25:9:     from sink = &T{...} (assign) at ./main.go:25:7
./main.go:23:9: "no" escapes to heap
./main.go:25:9: &T{...} escapes to heap
./main.go:35:9: "k" escapes to heap in h:
./main.go:35:9:   flow: {heap} ← &{storage for "k"}:
./main.go:35:9:     from "k" (spill) at ./main.go:35:9
./main.go:35:9:     from panic("k") (call parameter) at ./main.go:35:8
./main.go:37:9: &T{...} escapes to heap in h:
./main.go:37:9:   flow: {heap} ← &{storage for &T{...}}:
./main.go:37:9:     from &T{...} (spill) at ./main.go:37:9
./main.go:37:9:     from sink = &T{...} (assign) at ./main.go:37:7
./main.go:35:9: "k" escapes to heap
./main.go:37:9: &T{...} escapes to heap
