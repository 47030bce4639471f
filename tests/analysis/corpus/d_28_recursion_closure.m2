./main.go:10:6: main capturing by ref: fib (addr=false assign=true width=8)
./main.go:17:6: main capturing by ref: build (addr=false assign=true width=8)
./main.go:24:6: main capturing by ref: walk (addr=false assign=true width=8)
./main.go:22:10: &Node{...} escapes to heap in main.func2:
./main.go:22:10:   flow: ~r0 ← &{storage for &Node{...}}:
./main.go:22:10:     from &Node{...} (spill) at ./main.go:22:10
./main.go:22:10:     from return &Node{...} (return) at ./main.go:22:3
./main.go:25:14: p does not escape
./main.go:11:8: func literal does not escape
./main.go:18:10: func literal does not escape
./main.go:22:10: &Node{...} escapes to heap
./main.go:25:9: func literal does not escape
