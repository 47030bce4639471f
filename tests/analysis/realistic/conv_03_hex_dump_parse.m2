./main.go:20:46: s escapes to heap in ParseHexColor:
./main.go:20:46:   flow: {storage for ... argument} ← &{storage for s}:
./main.go:20:46:     from s (spill) at ./main.go:20:46
./main.go:20:46:     from ... argument (slice-literal-element) at ./main.go:20:29
./main.go:20:46:   flow: {heap} ← {storage for ... argument}:
./main.go:20:46:     from ... argument (spill) at ./main.go:20:29
./main.go:20:46:     from fmt.Errorf("bad color %q", ... argument...) (call parameter) at ./main.go:20:29
./main.go:14:20: parameter s leaks to {storage for s} for ParseHexColor with derefs=0:
./main.go:14:20:   flow: {storage for s} ← s:
./main.go:14:20:     from s (interface-converted) at ./main.go:20:46
./main.go:17:20: string([]byte{...}) escapes to heap in ParseHexColor:
./main.go:17:20:   flow: s ← &{storage for string([]byte{...})}:
./main.go:17:20:     from string([]byte{...}) (spill) at ./main.go:17:20
./main.go:17:20:     from s = string([]byte{...}) (assign) at ./main.go:17:5
./main.go:17:20:   flow: {storage for s} ← s:
./main.go:17:20:     from s (interface-converted) at ./main.go:20:46
./main.go:14:20: leaking param: s
./main.go:17:20: string([]byte{...}) escapes to heap
./main.go:17:20: []byte{...} does not escape
./main.go:20:29: ... argument does not escape
./main.go:20:46: s escapes to heap
./main.go:30:39: c.R escapes to heap in Color.Hex:
./main.go:30:39:   flow: {storage for ... argument} ← &{storage for c.R}:
./main.go:30:39:     from c.R (spill) at ./main.go:30:39
./main.go:30:39:     from ... argument (slice-literal-element) at ./main.go:30:20
./main.go:30:39:   flow: {heap} ← {storage for ... argument}:
./main.go:30:39:     from ... argument (spill) at ./main.go:30:20
./main.go:30:39:     from fmt.Sprintf("#%02x%02x%02x", ... argument...) (call parameter) at ./main.go:30:20
./main.go:30:44: c.G escapes to heap in Color.Hex:
./main.go:30:44:   flow: {storage for ... argument} ← &{storage for c.G}:
./main.go:30:44:     from c.G (spill) at ./main.go:30:44
./main.go:30:44:     from ... argument (slice-literal-element) at ./main.go:30:20
./main.go:30:44:   flow: {heap} ← {storage for ... argument}:
./main.go:30:44:     from ... argument (spill) at ./main.go:30:20
./main.go:30:44:     from fmt.Sprintf("#%02x%02x%02x", ... argument...) (call parameter) at ./main.go:30:20
./main.go:30:49: c.B escapes to heap in Color.Hex:
./main.go:30:49:   flow: {storage for ... argument} ← &{storage for c.B}:
./main.go:30:49:     from c.B (spill) at ./main.go:30:49
./main.go:30:49:     from ... argument (slice-literal-element) at ./main.go:30:20
./main.go:30:49:   flow: {heap} ← {storage for ... argument}:
./main.go:30:49:     from ... argument (spill) at ./main.go:30:20
./main.go:30:49:     from fmt.Sprintf("#%02x%02x%02x", ... argument...) (call parameter) at ./main.go:30:20
./main.go:30:20: ... argument does not escape
./main.go:30:39: c.R escapes to heap
./main.go:30:44: c.G escapes to heap
./main.go:30:49: c.B escapes to heap
./main.go:40:15: c escapes to heap in main:
./main.go:40:15:   flow: {storage for ... argument} ← &{storage for c}:
./main.go:40:15:     from c (spill) at ./main.go:40:15
./main.go:40:15:     from ... argument (slice-literal-element) at ./main.go:40:14
./main.go:40:15:   flow: {heap} ← {storage for ... argument}:
./main.go:40:15:     from ... argument (spill) at ./main.go:40:14
./main.go:40:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:14
./main.go:40:23: Color.Hex(c) escapes to heap in main:
./main.go:40:23:   flow: {storage for ... argument} ← &{storage for Color.Hex(c)}:
./main.go:40:23:     from Color.Hex(c) (spill) at ./main.go:40:23
./main.go:40:23:     from ... argument (slice-literal-element) at ./main.go:40:14
./main.go:40:23:   flow: {heap} ← {storage for ... argument}:
./main.go:40:23:     from ... argument (spill) at ./main.go:40:14
./main.go:40:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:14
./main.go:34:28: []string{...} does not escape
./main.go:37:15: ... argument does not escape
./main.go:40:14: ... argument does not escape
./main.go:40:15: c escapes to heap
./main.go:40:23: Color.Hex(c) escapes to heap
