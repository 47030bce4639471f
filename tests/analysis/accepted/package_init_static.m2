./main.go:27:27: map[string]*T{...} escapes to heap in init:
./main.go:27:27:   flow: {heap} ← &{storage for map[string]*T{...}}:
./main.go:27:27:     from map[string]*T{...} (spill) at ./main.go:27:27
./main.go:27:27:     from byName = map[string]*T{...} (assign) at ./main.go:27:5
./main.go:27:27: map[string]*T{...} escapes to heap
