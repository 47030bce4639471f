./main.go:14:15: parameter src leaks to {heap} for quantize with derefs=0:
./main.go:14:15:   flow: {heap} ← src:
./main.go:14:15:     from src.Bounds() (call parameter) at ./main.go:15:17
./main.go:18:16: Histogram{} escapes to heap in quantize:
./main.go:18:16:   flow: h ← &{storage for Histogram{}}:
./main.go:18:16:     from Histogram{} (spill) at ./main.go:18:16
./main.go:18:16:     from h := Histogram{} (assign) at ./main.go:18:4
./main.go:18:16:   flow: ~r1 ← h:
./main.go:18:16:     from return dst, h (return) at ./main.go:24:2
./main.go:14:15: leaking param: src
./main.go:18:16: Histogram{} escapes to heap
./main.go:29:31: &image.Uniform{...} escapes to heap in main:
./main.go:29:31:   flow: {heap} ← &{storage for &image.Uniform{...}}:
./main.go:29:31:     from &image.Uniform{...} (spill) at ./main.go:29:31
./main.go:29:31:     from &image.Uniform{...} (interface-converted) at ./main.go:29:31
./main.go:29:31:     from draw.Draw(src, (*image.NRGBA).Bounds(src), &image.Uniform{...}, image.Point{}, draw.Op(1)) (call parameter) at ./main.go:29:11
./main.go:29:57: color.NRGBA{...} escapes to heap in main:
./main.go:29:57:   flow: {storage for &image.Uniform{...}} ← &{storage for color.NRGBA{...}}:
./main.go:29:57:     from color.NRGBA{...} (spill) at ./main.go:29:57
./main.go:29:57:     from image.Uniform{...} (struct literal element) at ./main.go:29:45
./main.go:31:17: len(h) escapes to heap in main:
./main.go:31:17:   flow: {storage for ... argument} ← &{storage for len(h)}:
./main.go:31:17:     from len(h) (spill) at ./main.go:31:17
./main.go:31:17:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:17:   flow: {heap} ← {storage for ... argument}:
./main.go:31:17:     from ... argument (spill) at ./main.go:31:13
./main.go:31:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:33:15: r >> uint(8) escapes to heap in main:
./main.go:33:15:   flow: {storage for ... argument} ← &{storage for r >> uint(8)}:
./main.go:33:15:     from r >> uint(8) (spill) at ./main.go:33:15
./main.go:33:15:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:15:   flow: {heap} ← {storage for ... argument}:
./main.go:33:15:     from ... argument (spill) at ./main.go:33:13
./main.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:33:21: g >> uint(8) escapes to heap in main:
./main.go:33:21:   flow: {storage for ... argument} ← &{storage for g >> uint(8)}:
./main.go:33:21:     from g >> uint(8) (spill) at ./main.go:33:21
./main.go:33:21:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:21:   flow: {heap} ← {storage for ... argument}:
./main.go:33:21:     from ... argument (spill) at ./main.go:33:13
./main.go:33:21:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:33:27: b >> uint(8) escapes to heap in main:
./main.go:33:27:   flow: {storage for ... argument} ← &{storage for b >> uint(8)}:
./main.go:33:27:     from b >> uint(8) (spill) at ./main.go:33:27
./main.go:33:27:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:27:   flow: {heap} ← {storage for ... argument}:
./main.go:33:27:     from ... argument (spill) at ./main.go:33:13
./main.go:33:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:33:33: a >> uint(8) escapes to heap in main:
./main.go:33:33:   flow: {storage for ... argument} ← &{storage for a >> uint(8)}:
./main.go:33:33:     from a >> uint(8) (spill) at ./main.go:33:33
./main.go:33:33:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:33:   flow: {heap} ← {storage for ... argument}:
./main.go:33:33:     from ... argument (spill) at ./main.go:33:13
./main.go:33:33:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:29:31: &image.Uniform{...} escapes to heap
./main.go:29:57: color.NRGBA{...} escapes to heap
./main.go:31:13: ... argument does not escape
./main.go:31:17: len(h) escapes to heap
./main.go:33:13: ... argument does not escape
./main.go:33:15: r >> uint(8) escapes to heap
./main.go:33:21: g >> uint(8) escapes to heap
./main.go:33:27: b >> uint(8) escapes to heap
./main.go:33:33: a >> uint(8) escapes to heap
