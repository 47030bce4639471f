./main.go:14:6: buf escapes to heap in ratio:
./main.go:14:6:   flow: {heap} ← &buf:
./main.go:14:6:     from &buf (address-of) at ./main.go:15:26
./main.go:14:6:     from &buf (interface-converted) at ./main.go:15:26
./main.go:14:6:     from flate.NewWriter(&buf, level) (call parameter) at ./main.go:15:25
./main.go:13:23: parameter data leaks to {heap} for ratio with derefs=0:
./main.go:13:23:   flow: {heap} ← data:
./main.go:13:23:     from (*flate.Writer).Write(w, data) (call parameter) at ./main.go:16:9
./main.go:13:23: leaking param: data
./main.go:14:6: moved to heap: buf
./main.go:22:6: buf escapes to heap in zlibRoundTrip:
./main.go:22:6:   flow: {heap} ← &buf:
./main.go:22:6:     from &buf (address-of) at ./main.go:23:23
./main.go:22:6:     from &buf (interface-converted) at ./main.go:23:23
./main.go:22:6:     from zlib.NewWriter(&buf) (call parameter) at ./main.go:23:22
./main.go:22:6: buf escapes to heap in zlibRoundTrip:
./main.go:22:6:   flow: {heap} ← &buf:
./main.go:22:6:     from &buf (address-of) at ./main.go:26:28
./main.go:22:6:     from &buf (interface-converted) at ./main.go:26:28
./main.go:22:6:     from zlib.NewReader(&buf) (call parameter) at ./main.go:26:27
./main.go:30:6: out escapes to heap in zlibRoundTrip:
./main.go:30:6:   flow: {heap} ← &out:
./main.go:30:6:     from &out (address-of) at ./main.go:31:19
./main.go:30:6:     from &out (interface-converted) at ./main.go:31:19
./main.go:30:6:     from io.Copy(&out, zr) (call parameter) at ./main.go:31:18
./main.go:21:20: parameter s leaks to {heap} for zlibRoundTrip with derefs=0:
./main.go:21:20:   flow: {heap} ← s:
./main.go:21:20:     from strings.NewReader(s) (call parameter) at ./main.go:24:31
./main.go:21:20: leaking param: s
./main.go:22:6: moved to heap: buf
./main.go:30:6: moved to heap: out
./main.go:38:34: lvl escapes to heap in main:
./main.go:38:34:   flow: {storage for ... argument} ← &{storage for lvl}:
./main.go:38:34:     from lvl (spill) at ./main.go:38:34
./main.go:38:34:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:34:   flow: {heap} ← {storage for ... argument}:
./main.go:38:34:     from ... argument (spill) at ./main.go:38:13
./main.go:38:34:     from fmt.Printf("level %d: %.3f\n", ... argument...) (call parameter) at ./main.go:38:13
./main.go:38:44: ratio(lvl, data) escapes to heap in main:
./main.go:38:44:   flow: {storage for ... argument} ← &{storage for ratio(lvl, data)}:
./main.go:38:44:     from ratio(lvl, data) (spill) at ./main.go:38:44
./main.go:38:44:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:44:   flow: {heap} ← {storage for ... argument}:
./main.go:38:44:     from ... argument (spill) at ./main.go:38:13
./main.go:38:44:     from fmt.Printf("level %d: %.3f\n", ... argument...) (call parameter) at ./main.go:38:13
./main.go:36:31: ([]byte)(strings.Repeat("abcabcabd", 200)) escapes to heap in main:
./main.go:36:31:   flow: data ← &{storage for ([]byte)(strings.Repeat("abcabcabd", 200))}:
./main.go:36:31:     from ([]byte)(strings.Repeat("abcabcabd", 200)) (spill) at ./main.go:36:31
./main.go:36:31:     from data := ([]byte)(strings.Repeat("abcabcabd", 200)) (assign) at ./main.go:36:7
./main.go:36:31:   flow: {heap} ← data:
./main.go:36:31:     from ratio(lvl, data) (call parameter) at ./main.go:38:44
./main.go:40:13: .autotmp_2 escapes to heap in main:
./main.go:40:13:   flow: {storage for ... argument} ← &{storage for .autotmp_2}:
./main.go:40:13:     from .autotmp_2 (spill) at ./main.go:40:13
./main.go:40:13:     from ... argument (slice-literal-element) at ./main.go:40:13
./main.go:40:13:   flow: {heap} ← {storage for ... argument}:
./main.go:40:13:     from ... argument (spill) at ./main.go:40:13
./main.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./main.go:40:13
./main.go:36:31: ([]byte)(strings.Repeat("abcabcabd", 200)) escapes to heap
./main.go:37:27: []int{...} does not escape
./main.go:38:13: ... argument does not escape
./main.go:38:34: lvl escapes to heap
./main.go:38:44: ratio(lvl, data) escapes to heap
./main.go:40:13: ... argument does not escape
./main.go:40:13: .autotmp_2 escapes to heap
