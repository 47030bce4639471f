./main.go:13:9: &list{...} escapes to heap in build:
./main.go:13:9:   flow: ~r0 ← &{storage for &list{...}}:
./main.go:13:9:     from &list{...} (spill) at ./main.go:13:9
./main.go:13:9:     from return &list{...} (return) at ./main.go:13:2
./main.go:13:9: &list{...} escapes to heap
./main.go:16:13: l does not escape
