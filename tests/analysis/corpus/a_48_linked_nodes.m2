./main.go:23:9: &Node{...} escapes to heap in listReturned:
./main.go:23:9:   flow: ~r0 ← &{storage for &Node{...}}:
./main.go:23:9:     from &Node{...} (spill) at ./main.go:23:9
./main.go:23:9:     from return &Node{...} (return) at ./main.go:23:2
./main.go:22:7: &Node{...} escapes to heap in listReturned:
./main.go:22:7:   flow: b ← &{storage for &Node{...}}:
./main.go:22:7:     from &Node{...} (spill) at ./main.go:22:7
./main.go:22:7:     from b := &Node{...} (assign) at ./main.go:22:4
./main.go:22:7:   flow: {storage for &Node{...}} ← b:
./main.go:22:7:     from Node{...} (struct literal element) at ./main.go:23:14
./main.go:21:7: &Node{...} escapes to heap in listReturned:
./main.go:21:7:   flow: c ← &{storage for &Node{...}}:
./main.go:21:7:     from &Node{...} (spill) at ./main.go:21:7
./main.go:21:7:     from c := &Node{...} (assign) at ./main.go:21:4
./main.go:21:7:   flow: {storage for &Node{...}} ← c:
./main.go:21:7:     from Node{...} (struct literal element) at ./main.go:22:12
./main.go:21:7: &Node{...} escapes to heap
./main.go:22:7: &Node{...} escapes to heap
./main.go:23:9: &Node{...} escapes to heap
