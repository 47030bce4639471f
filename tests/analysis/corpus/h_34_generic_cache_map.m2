./main.go:9:9: &Cache[go.shape.string,go.shape.*uint8]{...} escapes to heap in NewCache[go.shape.string,go.shape.*uint8]:
./main.go:9:9:   flow: ~r0 ← &{storage for &Cache[go.shape.string,go.shape.*uint8]{...}}:
./main.go:9:9:     from &Cache[go.shape.string,go.shape.*uint8]{...} (spill) at ./main.go:9:9
./main.go:9:9:     from return &Cache[go.shape.string,go.shape.*uint8]{...} (return) at ./main.go:9:2
./main.go:9:32: make(map[go.shape.string]go.shape.*uint8) escapes to heap in NewCache[go.shape.string,go.shape.*uint8]:
./main.go:9:32:   flow: {storage for &Cache[go.shape.string,go.shape.*uint8]{...}} ← &{storage for make(map[go.shape.string]go.shape.*uint8)}:
./main.go:9:32:     from make(map[go.shape.string]go.shape.*uint8) (spill) at ./main.go:9:32
./main.go:9:32:     from Cache[go.shape.string,go.shape.*uint8]{...} (struct literal element) at ./main.go:9:21
./main.go:9:9: &Cache[go.shape.string,go.shape.*uint8]{...} escapes to heap
./main.go:9:32: make(map[go.shape.string]go.shape.*uint8) escapes to heap
./main.go:12:27: parameter k leaks to {heap} for (*Cache[go.shape.string,go.shape.*uint8]).Put with derefs=0:
./main.go:12:27:   flow: {heap} ← k:
./main.go:12:27:     from c.data[k] (key of map put) at ./main.go:12:45
./main.go:12:32: parameter v leaks to {heap} for (*Cache[go.shape.string,go.shape.*uint8]).Put with derefs=0:
./main.go:12:32:   flow: {heap} ← v:
./main.go:12:32:     from c.data[k] = v (assign) at ./main.go:12:49
./main.go:23:15: &user{...} escapes to heap in main:
./main.go:23:15:   flow: {heap} ← &{storage for &user{...}}:
./main.go:23:15:     from &user{...} (spill) at ./main.go:23:15
./main.go:23:15:     from (*Cache[go.shape.string,go.shape.*uint8]).Put(c, &.dict.Cache[string,*main.user], "bob", &user{...}) (call parameter) at ./main.go:23:7
./main.go:23:15: &user{...} escapes to heap
./main.go:25:44: map[int]int{} does not escape
./main.go:12:27: parameter k leaks to {heap} for (*Cache[string,*main.user]).Put with derefs=0:
./main.go:12:27:   flow: {heap} ← k:
./main.go:12:27:     from (*Cache[go.shape.string,go.shape.*uint8]).Put(c, &.dict.Cache[string,*main.user], k, v) (call parameter) at ./main.go:12:6
./main.go:12:32: parameter v leaks to {heap} for (*Cache[string,*main.user]).Put with derefs=0:
./main.go:12:32:   flow: {heap} ← v:
./main.go:12:32:     from (*Cache[go.shape.string,go.shape.*uint8]).Put(c, &.dict.Cache[string,*main.user], k, v) (call parameter) at ./main.go:12:6
