./main.go:22:31: binary.BigEndian escapes to heap in writeHeader:
./main.go:22:31:   flow: {heap} ← &{storage for binary.BigEndian}:
./main.go:22:31:     from binary.BigEndian (spill) at ./main.go:22:31
./main.go:22:31:     from binary.Write(w, binary.BigEndian, h) (call parameter) at ./main.go:22:21
./main.go:21:18: parameter w leaks to {heap} for writeHeader with derefs=0:
./main.go:21:18:   flow: {heap} ← w:
./main.go:21:18:     from binary.Write(w, binary.BigEndian, h) (call parameter) at ./main.go:22:21
./main.go:21:18: leaking param: w
./main.go:22:31: binary.BigEndian escapes to heap
./main.go:22:43: h does not escape
./main.go:27:33: binary.BigEndian escapes to heap in readHeader:
./main.go:27:33:   flow: {heap} ← &{storage for binary.BigEndian}:
./main.go:27:33:     from binary.BigEndian (spill) at ./main.go:27:33
./main.go:27:33:     from binary.Read(r, binary.BigEndian, &h) (call parameter) at ./main.go:27:23
./main.go:25:17: parameter r leaks to {heap} for readHeader with derefs=0:
./main.go:25:17:   flow: {heap} ← r:
./main.go:25:17:     from binary.Read(r, binary.BigEndian, &h) (call parameter) at ./main.go:27:23
./main.go:25:17: leaking param: r
./main.go:27:33: binary.BigEndian escapes to heap
./main.go:37:6: buf escapes to heap in main:
./main.go:37:6:   flow: {heap} ← &buf:
./main.go:37:6:     from &buf (address-of) at ./main.go:38:24
./main.go:37:6:     from &buf (interface-converted) at ./main.go:38:24
./main.go:37:6:     from writeHeader(&buf, Header{...}) (call parameter) at ./main.go:38:23
./main.go:37:6: buf escapes to heap in main:
./main.go:37:6:   flow: {heap} ← &buf:
./main.go:37:6:     from &buf (address-of) at ./main.go:42:23
./main.go:37:6:     from &buf (interface-converted) at ./main.go:42:23
./main.go:37:6:     from readHeader(&buf) (call parameter) at ./main.go:42:22
./main.go:41:31: (*bytes.Buffer).Bytes(buf) escapes to heap in main:
./main.go:41:31:   flow: {storage for ... argument} ← &{storage for (*bytes.Buffer).Bytes(buf)}:
./main.go:41:31:     from (*bytes.Buffer).Bytes(buf) (spill) at ./main.go:41:31
./main.go:41:31:     from ... argument (slice-literal-element) at ./main.go:41:12
./main.go:41:31:   flow: {heap} ← {storage for ... argument}:
./main.go:41:31:     from ... argument (spill) at ./main.go:41:12
./main.go:41:31:     from fmt.Printf("% x\n", ... argument...) (call parameter) at ./main.go:41:12
./main.go:43:15: h.Version escapes to heap in main:
./main.go:43:15:   flow: {storage for ... argument} ← &{storage for h.Version}:
./main.go:43:15:     from h.Version (spill) at ./main.go:43:15
./main.go:43:15:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:15:   flow: {heap} ← {storage for ... argument}:
./main.go:43:15:     from ... argument (spill) at ./main.go:43:13
./main.go:43:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:43:26: h.Length escapes to heap in main:
./main.go:43:26:   flow: {storage for ... argument} ← &{storage for h.Length}:
./main.go:43:26:     from h.Length (spill) at ./main.go:43:26
./main.go:43:26:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:26:   flow: {heap} ← {storage for ... argument}:
./main.go:43:26:     from ... argument (spill) at ./main.go:43:13
./main.go:43:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:49:40: binary.littleEndian.Uint32(binary.LittleEndian, b) escapes to heap in main:
./main.go:49:40:   flow: {storage for ... argument} ← &{storage for binary.littleEndian.Uint32(binary.LittleEndian, b)}:
./main.go:49:40:     from binary.littleEndian.Uint32(binary.LittleEndian, b) (spill) at ./main.go:49:40
./main.go:49:40:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:40:   flow: {heap} ← {storage for ... argument}:
./main.go:49:40:     from ... argument (spill) at ./main.go:49:13
./main.go:49:40:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:49:45: v escapes to heap in main:
./main.go:49:45:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:49:45:     from v (spill) at ./main.go:49:45
./main.go:49:45:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:45:   flow: {heap} ← {storage for ... argument}:
./main.go:49:45:     from ... argument (spill) at ./main.go:49:13
./main.go:49:45:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:49:48: n escapes to heap in main:
./main.go:49:48:   flow: {storage for ... argument} ← &{storage for n}:
./main.go:49:48:     from n (spill) at ./main.go:49:48
./main.go:49:48:     from ... argument (slice-literal-element) at ./main.go:49:13
./main.go:49:48:   flow: {heap} ← {storage for ... argument}:
./main.go:49:48:     from ... argument (spill) at ./main.go:49:13
./main.go:49:48:     from fmt.Println(... argument...) (call parameter) at ./main.go:49:13
./main.go:37:6: moved to heap: buf
./main.go:41:12: ... argument does not escape
./main.go:41:31: (*bytes.Buffer).Bytes(buf) escapes to heap
./main.go:43:13: ... argument does not escape
./main.go:43:15: h.Version escapes to heap
./main.go:43:26: h.Length escapes to heap
./main.go:45:11: make([]byte, 0, 16) does not escape
./main.go:49:13: ... argument does not escape
./main.go:49:40: binary.littleEndian.Uint32(binary.LittleEndian, b) escapes to heap
./main.go:49:45: v escapes to heap
./main.go:49:48: n escapes to heap
