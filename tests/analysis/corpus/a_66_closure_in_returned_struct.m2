./main.go:7:2: newHandler capturing by ref: base (addr=false assign=true width=8)
./main.go:8:21: func literal escapes to heap in newHandler:
./main.go:8:21:   flow: ~r0 ← &{storage for func literal}:
./main.go:8:21:     from func literal (spill) at ./main.go:8:21
./main.go:8:21:     from Handler{...} (struct literal element) at ./main.go:8:16
./main.go:8:21:     from return Handler{...} (return) at ./main.go:8:2
./main.go:7:2: base escapes to heap in newHandler:
./main.go:7:2:   flow: {storage for func literal} ← &base:
./main.go:7:2:     from base (captured by a closure) at ./main.go:8:34
./main.go:7:2:     from base (reference) at ./main.go:8:34
./main.go:7:2: moved to heap: base
./main.go:8:21: func literal escapes to heap
