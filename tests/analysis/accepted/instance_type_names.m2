./main.go:16:7: &Box[main.User]{...} escapes to heap in main:
./main.go:16:7:   flow: b ← &{storage for &Box[main.User]{...}}:
./main.go:16:7:     from &Box[main.User]{...} (spill) at ./main.go:16:7
./main.go:16:7:     from b := &Box[main.User]{...} (assign) at ./main.go:16:4
./main.go:16:7:   flow: {storage for ... argument} ← b:
./main.go:16:7:     from b (interface-converted) at ./main.go:20:14
./main.go:16:7:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:16:7:   flow: {heap} ← {storage for ... argument}:
./main.go:16:7:     from ... argument (spill) at ./main.go:20:13
./main.go:16:7:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:17:7: &Box[[]uint8]{...} escapes to heap in main:
./main.go:17:7:   flow: c ← &{storage for &Box[[]uint8]{...}}:
./main.go:17:7:     from &Box[[]uint8]{...} (spill) at ./main.go:17:7
./main.go:17:7:     from c := &Box[[]uint8]{...} (assign) at ./main.go:17:4
./main.go:17:7:   flow: {storage for ... argument} ← c:
./main.go:17:7:     from c (interface-converted) at ./main.go:20:17
./main.go:17:7:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:17:7:   flow: {heap} ← {storage for ... argument}:
./main.go:17:7:     from ... argument (spill) at ./main.go:20:13
./main.go:17:7:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:18:7: &Pair[string,*main.User]{...} escapes to heap in main:
./main.go:18:7:   flow: p ← &{storage for &Pair[string,*main.User]{...}}:
./main.go:18:7:     from &Pair[string,*main.User]{...} (spill) at ./main.go:18:7
./main.go:18:7:     from p := &Pair[string,*main.User]{...} (assign) at ./main.go:18:4
./main.go:18:7:   flow: {storage for ... argument} ← p:
./main.go:18:7:     from p (interface-converted) at ./main.go:20:20
./main.go:18:7:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:18:7:   flow: {heap} ← {storage for ... argument}:
./main.go:18:7:     from ... argument (spill) at ./main.go:20:13
./main.go:18:7:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:19:27: map[string]Box[int32]{} escapes to heap in main:
./main.go:19:27:   flow: m ← &{storage for map[string]Box[int32]{}}:
./main.go:19:27:     from map[string]Box[int32]{} (spill) at ./main.go:19:27
./main.go:19:27:     from m := map[string]Box[int32]{} (assign) at ./main.go:19:4
./main.go:19:27:   flow: {storage for ... argument} ← m:
./main.go:19:27:     from m (interface-converted) at ./main.go:20:23
./main.go:19:27:     from ... argument (slice-literal-element) at ./main.go:20:13
./main.go:19:27:   flow: {heap} ← {storage for ... argument}:
./main.go:19:27:     from ... argument (spill) at ./main.go:20:13
./main.go:19:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:20:13
./main.go:16:7: &Box[main.User]{...} escapes to heap
./main.go:17:7: &Box[[]uint8]{...} escapes to heap
./main.go:18:7: &Pair[string,*main.User]{...} escapes to heap
./main.go:19:27: map[string]Box[int32]{} escapes to heap
./main.go:20:13: ... argument does not escape
