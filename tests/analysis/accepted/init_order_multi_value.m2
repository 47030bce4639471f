./main.go:13:25: map[string]*int{...} escapes to heap in init:
./main.go:13:25:   flow: {heap} ← &{storage for map[string]*int{...}}:
./main.go:13:25:     from map[string]*int{...} (spill) at ./main.go:13:25
./main.go:13:25:     from mm = map[string]*int{...} (assign) at ./main.go:13:5
./main.go:13:25: map[string]*int{...} escapes to heap
