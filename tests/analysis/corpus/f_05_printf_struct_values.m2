./main.go:13:25: p escapes to heap in main:
./main.go:13:25:   flow: {storage for ... argument} ← &{storage for p}:
./main.go:13:25:     from p (spill) at ./main.go:13:25
./main.go:13:25:     from ... argument (slice-literal-element) at ./main.go:13:12
./main.go:13:25:   flow: {heap} ← {storage for ... argument}:
./main.go:13:25:     from ... argument (spill) at ./main.go:13:12
./main.go:13:25:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./main.go:13:12
./main.go:14:15: p.X escapes to heap in main:
./main.go:14:15:   flow: {storage for ... argument} ← &{storage for p.X}:
./main.go:14:15:     from p.X (spill) at ./main.go:14:15
./main.go:14:15:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:15:   flow: {heap} ← {storage for ... argument}:
./main.go:14:15:     from ... argument (spill) at ./main.go:14:13
./main.go:14:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:14:20: q.Y escapes to heap in main:
./main.go:14:20:   flow: {storage for ... argument} ← &{storage for q.Y}:
./main.go:14:20:     from q.Y (spill) at ./main.go:14:20
./main.go:14:20:     from ... argument (slice-literal-element) at ./main.go:14:13
./main.go:14:20:   flow: {heap} ← {storage for ... argument}:
./main.go:14:20:     from ... argument (spill) at ./main.go:14:13
./main.go:14:20:     from fmt.Println(... argument...) (call parameter) at ./main.go:14:13
./main.go:17:14: big escapes to heap in main:
./main.go:17:14:   flow: {storage for ... argument} ← &{storage for big}:
./main.go:17:14:     from big (spill) at ./main.go:17:14
./main.go:17:14:     from ... argument (slice-literal-element) at ./main.go:17:13
./main.go:17:14:   flow: {heap} ← {storage for ... argument}:
./main.go:17:14:     from ... argument (spill) at ./main.go:17:13
./main.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:17:13
./main.go:18:27: Point{} escapes to heap in main:
./main.go:18:27:   flow: {storage for ... argument} ← &{storage for Point{}}:
./main.go:18:27:     from Point{} (spill) at ./main.go:18:27
./main.go:18:27:     from ... argument (slice-literal-element) at ./main.go:18:12
./main.go:18:27:   flow: {heap} ← {storage for ... argument}:
./main.go:18:27:     from ... argument (spill) at ./main.go:18:12
./main.go:18:27:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./main.go:18:12
./main.go:12:7: &Point{...} escapes to heap in main:
./main.go:12:7:   flow: q ← &{storage for &Point{...}}:
./main.go:12:7:     from &Point{...} (spill) at ./main.go:12:7
./main.go:12:7:     from q := &Point{...} (assign) at ./main.go:12:4
./main.go:12:7:   flow: {storage for ... argument} ← q:
./main.go:12:7:     from q (interface-converted) at ./main.go:13:28
./main.go:12:7:     from ... argument (slice-literal-element) at ./main.go:13:12
./main.go:12:7:   flow: {heap} ← {storage for ... argument}:
./main.go:12:7:     from ... argument (spill) at ./main.go:13:12
./main.go:12:7:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./main.go:13:12
./main.go:12:7: &Point{...} escapes to heap
./main.go:13:12: ... argument does not escape
./main.go:13:25: p escapes to heap
./main.go:14:13: ... argument does not escape
./main.go:14:15: p.X escapes to heap
./main.go:14:20: q.Y escapes to heap
./main.go:17:13: ... argument does not escape
./main.go:17:14: big escapes to heap
./main.go:18:12: ... argument does not escape
./main.go:18:27: Point{} escapes to heap
