./main.go:24:32: ([]byte)(body) escapes to heap in writeTar:
./main.go:24:32:   flow: {heap} ← &{storage for ([]byte)(body)}:
./main.go:24:32:     from ([]byte)(body) (spill) at ./main.go:24:32
./main.go:24:32:     from (*tar.Writer).Write(tw, ([]byte)(body)) (call parameter) at ./main.go:24:24
./main.go:12:15: parameter w leaks to {heap} for writeTar with derefs=0:
./main.go:12:15:   flow: {heap} ← w:
./main.go:12:15:     from tar.NewWriter(w) (call parameter) at ./main.go:13:21
./main.go:12:15: leaking param: w
./main.go:12:28: files does not escape
./main.go:15:10: &tar.Header{...} does not escape
./main.go:24:32: ([]byte)(body) escapes to heap
./main.go:32:6: buf escapes to heap in main:
./main.go:32:6:   flow: {heap} ← &buf:
./main.go:32:6:     from &buf (address-of) at ./main.go:33:21
./main.go:32:6:     from &buf (interface-converted) at ./main.go:33:21
./main.go:32:6:     from writeTar(&buf, map[string]string{...}) (call parameter) at ./main.go:33:20
./main.go:32:6: buf escapes to heap in main:
./main.go:32:6:   flow: {heap} ← &buf:
./main.go:32:6:     from &buf (address-of) at ./main.go:36:22
./main.go:32:6:     from &buf (interface-converted) at ./main.go:36:22
./main.go:32:6:     from tar.NewReader(&buf) (call parameter) at ./main.go:36:21
./main.go:48:14: "bytes:" escapes to heap in main:
./main.go:48:14:   flow: {storage for ... argument} ← &{storage for "bytes:"}:
./main.go:48:14:     from "bytes:" (spill) at ./main.go:48:14
./main.go:48:14:     from ... argument (slice-literal-element) at ./main.go:48:13
./main.go:48:14:   flow: {heap} ← {storage for ... argument}:
./main.go:48:14:     from ... argument (spill) at ./main.go:48:13
./main.go:48:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:48:13
./main.go:48:24: total escapes to heap in main:
./main.go:48:24:   flow: {storage for ... argument} ← &{storage for total}:
./main.go:48:24:     from total (spill) at ./main.go:48:24
./main.go:48:24:     from ... argument (slice-literal-element) at ./main.go:48:13
./main.go:48:24:   flow: {heap} ← {storage for ... argument}:
./main.go:48:24:     from ... argument (spill) at ./main.go:48:13
./main.go:48:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:48:13
./main.go:32:6: moved to heap: buf
./main.go:33:44: map[string]string{...} does not escape
./main.go:48:13: ... argument does not escape
./main.go:48:14: "bytes:" escapes to heap
./main.go:48:24: total escapes to heap
