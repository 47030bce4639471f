./main.go:17:12: new(bytes.Buffer) escapes to heap in makeZip:
./main.go:17:12:   flow: buf ← &{storage for new(bytes.Buffer)}:
./main.go:17:12:     from new(bytes.Buffer) (spill) at ./main.go:17:12
./main.go:17:12:     from buf := new(bytes.Buffer) (assign) at ./main.go:17:6
./main.go:17:12:   flow: {heap} ← buf:
./main.go:17:12:     from buf (interface-converted) at ./main.go:18:21
./main.go:17:12:     from zip.NewWriter(buf) (call parameter) at ./main.go:18:20
./main.go:16:14: parameter files leaks to {heap} for makeZip with derefs=1:
./main.go:16:14:   flow: {temp} ← files:
./main.go:16:14:   flow: f ← *{temp}:
./main.go:16:14:     from for loop (range-deref) at ./main.go:19:14
./main.go:16:14:   flow: {heap} ← f:
./main.go:16:14:     from f.Name (dot) at ./main.go:20:24
./main.go:16:14:     from (*zip.Writer).Create(w, f.Name) (call parameter) at ./main.go:20:22
./main.go:16:14: leaking param content: files
./main.go:17:12: new(bytes.Buffer) escapes to heap
./main.go:34:14: parameter data leaks to {heap} for listZip with derefs=0:
./main.go:34:14:   flow: {heap} ← data:
./main.go:34:14:     from bytes.NewReader(data) (call parameter) at ./main.go:35:41
./main.go:46:16: f.FileHeader.Name escapes to heap in listZip:
./main.go:46:16:   flow: {storage for ... argument} ← &{storage for f.FileHeader.Name}:
./main.go:46:16:     from f.FileHeader.Name (spill) at ./main.go:46:16
./main.go:46:16:     from ... argument (slice-literal-element) at ./main.go:46:14
./main.go:46:16:   flow: {heap} ← {storage for ... argument}:
./main.go:46:16:     from ... argument (spill) at ./main.go:46:14
./main.go:46:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:14
./main.go:46:24: f.FileHeader.UncompressedSize64 escapes to heap in listZip:
./main.go:46:24:   flow: {storage for ... argument} ← &{storage for f.FileHeader.UncompressedSize64}:
./main.go:46:24:     from f.FileHeader.UncompressedSize64 (spill) at ./main.go:46:24
./main.go:46:24:     from ... argument (slice-literal-element) at ./main.go:46:14
./main.go:46:24:   flow: {heap} ← {storage for ... argument}:
./main.go:46:24:     from ... argument (spill) at ./main.go:46:14
./main.go:46:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:14
./main.go:46:51: string(b) escapes to heap in listZip:
./main.go:46:51:   flow: {storage for ... argument} ← &{storage for string(b)}:
./main.go:46:51:     from string(b) (spill) at ./main.go:46:51
./main.go:46:51:     from ... argument (slice-literal-element) at ./main.go:46:14
./main.go:46:51:   flow: {heap} ← {storage for ... argument}:
./main.go:46:51:     from ... argument (spill) at ./main.go:46:14
./main.go:46:51:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:14
./main.go:46:52: string(b) escapes to heap in listZip:
./main.go:46:52:   flow: {storage for string(b)} ← &{storage for string(b)}:
./main.go:46:52:     from string(b) (spill) at ./main.go:46:52
./main.go:46:52:     from string(b) (interface-converted) at ./main.go:46:51
./main.go:34:14: leaking param: data
./main.go:46:14: ... argument does not escape
./main.go:46:16: f.FileHeader.Name escapes to heap
./main.go:46:24: f.FileHeader.UncompressedSize64 escapes to heap
./main.go:46:51: string(b) escapes to heap
./main.go:46:52: string(b) escapes to heap
./main.go:52:29: []File{...} does not escape
./main.go:56:13: ... argument does not escape
