./main.go:30:19: Vec.Len(v) escapes to heap in main:
./main.go:30:19:   flow: {storage for ... argument} ← &{storage for Vec.Len(v)}:
./main.go:30:19:     from Vec.Len(v) (spill) at ./main.go:30:19
./main.go:30:19:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:19:   flow: {heap} ← {storage for ... argument}:
./main.go:30:19:     from ... argument (spill) at ./main.go:30:13
./main.go:30:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:30:30: Vec.Angle(v) escapes to heap in main:
./main.go:30:30:   flow: {storage for ... argument} ← &{storage for Vec.Angle(v)}:
./main.go:30:30:     from Vec.Angle(v) (spill) at ./main.go:30:30
./main.go:30:30:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:30:   flow: {heap} ← {storage for ... argument}:
./main.go:30:30:     from ... argument (spill) at ./main.go:30:13
./main.go:30:30:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:30:42: Vec.Rotate(v, 90) escapes to heap in main:
./main.go:30:42:   flow: {storage for ... argument} ← &{storage for Vec.Rotate(v, 90)}:
./main.go:30:42:     from Vec.Rotate(v, 90) (spill) at ./main.go:30:42
./main.go:30:42:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:42:   flow: {heap} ← {storage for ... argument}:
./main.go:30:42:     from ... argument (spill) at ./main.go:30:13
./main.go:30:42:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:31:22: nextPow2(uint32(1000)) escapes to heap in main:
./main.go:31:22:   flow: {storage for ... argument} ← &{storage for nextPow2(uint32(1000))}:
./main.go:31:22:     from nextPow2(uint32(1000)) (spill) at ./main.go:31:22
./main.go:31:22:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:22:   flow: {heap} ← {storage for ... argument}:
./main.go:31:22:     from ... argument (spill) at ./main.go:31:13
./main.go:31:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:46: bits.OnesCount64(uint64(16711935)) escapes to heap in main:
./main.go:31:46:   flow: {storage for ... argument} ← &{storage for bits.OnesCount64(uint64(16711935))}:
./main.go:31:46:     from bits.OnesCount64(uint64(16711935)) (spill) at ./main.go:31:46
./main.go:31:46:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:46:   flow: {heap} ← {storage for ... argument}:
./main.go:31:46:     from ... argument (spill) at ./main.go:31:13
./main.go:31:46:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:71: bits.Reverse8(uint8(1)) escapes to heap in main:
./main.go:31:71:   flow: {storage for ... argument} ← &{storage for bits.Reverse8(uint8(1))}:
./main.go:31:71:     from bits.Reverse8(uint8(1)) (spill) at ./main.go:31:71
./main.go:31:71:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:71:   flow: {heap} ← {storage for ... argument}:
./main.go:31:71:     from ... argument (spill) at ./main.go:31:13
./main.go:31:71:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:31:94: bits.TrailingZeros(uint(64)) escapes to heap in main:
./main.go:31:94:   flow: {storage for ... argument} ← &{storage for bits.TrailingZeros(uint(64))}:
./main.go:31:94:     from bits.TrailingZeros(uint(64)) (spill) at ./main.go:31:94
./main.go:31:94:     from ... argument (slice-literal-element) at ./main.go:31:13
./main.go:31:94:   flow: {heap} ← {storage for ... argument}:
./main.go:31:94:     from ... argument (spill) at ./main.go:31:13
./main.go:31:94:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:13
./main.go:33:14: hi escapes to heap in main:
./main.go:33:14:   flow: {storage for ... argument} ← &{storage for hi}:
./main.go:33:14:     from hi (spill) at ./main.go:33:14
./main.go:33:14:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:14:   flow: {heap} ← {storage for ... argument}:
./main.go:33:14:     from ... argument (spill) at ./main.go:33:13
./main.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:33:18: lo escapes to heap in main:
./main.go:33:18:   flow: {storage for ... argument} ← &{storage for lo}:
./main.go:33:18:     from lo (spill) at ./main.go:33:18
./main.go:33:18:     from ... argument (slice-literal-element) at ./main.go:33:13
./main.go:33:18:   flow: {heap} ← {storage for ... argument}:
./main.go:33:18:     from ... argument (spill) at ./main.go:33:13
./main.go:33:18:     from fmt.Println(... argument...) (call parameter) at ./main.go:33:13
./main.go:35:32: real(z) escapes to heap in main:
./main.go:35:32:   flow: {storage for ... argument} ← &{storage for real(z)}:
./main.go:35:32:     from real(z) (spill) at ./main.go:35:32
./main.go:35:32:     from ... argument (slice-literal-element) at ./main.go:35:12
./main.go:35:32:   flow: {heap} ← {storage for ... argument}:
./main.go:35:32:     from ... argument (spill) at ./main.go:35:12
./main.go:35:32:     from fmt.Printf("%.3f %.3f\n", ... argument...) (call parameter) at ./main.go:35:12
./main.go:35:46: cmplx.Abs(z) escapes to heap in main:
./main.go:35:46:   flow: {storage for ... argument} ← &{storage for cmplx.Abs(z)}:
./main.go:35:46:     from cmplx.Abs(z) (spill) at ./main.go:35:46
./main.go:35:46:     from ... argument (slice-literal-element) at ./main.go:35:12
./main.go:35:46:   flow: {heap} ← {storage for ... argument}:
./main.go:35:46:     from ... argument (spill) at ./main.go:35:12
./main.go:35:46:     from fmt.Printf("%.3f %.3f\n", ... argument...) (call parameter) at ./main.go:35:12
./main.go:30:13: ... argument does not escape
./main.go:30:19: Vec.Len(v) escapes to heap
./main.go:30:30: Vec.Angle(v) escapes to heap
./main.go:30:42: Vec.Rotate(v, 90) escapes to heap
./main.go:31:13: ... argument does not escape
./main.go:31:22: nextPow2(uint32(1000)) escapes to heap
./main.go:31:46: bits.OnesCount64(uint64(16711935)) escapes to heap
./main.go:31:71: bits.Reverse8(uint8(1)) escapes to heap
./main.go:31:94: bits.TrailingZeros(uint(64)) escapes to heap
./main.go:33:13: ... argument does not escape
./main.go:33:14: hi escapes to heap
./main.go:33:18: lo escapes to heap
./main.go:35:12: ... argument does not escape
./main.go:35:32: real(z) escapes to heap
./main.go:35:46: cmplx.Abs(z) escapes to heap
