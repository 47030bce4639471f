./main.go:22:19: string(b) escapes to heap in readConfigs:
./main.go:22:19:   flow: {heap} ← &{storage for string(b)}:
./main.go:22:19:     from string(b) (spill) at ./main.go:22:19
./main.go:22:19:     from out[n] = string(b) (assign) at ./main.go:22:10
./main.go:11:18: parameter fsys leaks to {heap} for readConfigs with derefs=0:
./main.go:11:18:   flow: {heap} ← fsys:
./main.go:11:18:     from fs.Glob(fsys, "conf/*.ini") (call parameter) at ./main.go:12:23
./main.go:16:13: make(map[string]string, len(names)) escapes to heap in readConfigs:
./main.go:16:13:   flow: out ← &{storage for make(map[string]string, len(names))}:
./main.go:16:13:     from make(map[string]string, len(names)) (spill) at ./main.go:16:13
./main.go:16:13:     from out := make(map[string]string, len(names)) (assign) at ./main.go:16:6
./main.go:16:13:   flow: ~r0 ← out:
./main.go:16:13:     from return out, nil (return) at ./main.go:24:2
./main.go:11:18: leaking param: fsys
./main.go:16:13: make(map[string]string, len(names)) escapes to heap
./main.go:22:19: string(b) escapes to heap
./main.go:29:20: &fstest.MapFile{...} escapes to heap in main:
./main.go:29:20:   flow: {heap} ← &{storage for &fstest.MapFile{...}}:
./main.go:29:20:     from &fstest.MapFile{...} (spill) at ./main.go:29:20
./main.go:29:20:     from fstest.MapFS{...} (map literal value) at ./main.go:28:22
./main.go:29:34: ([]byte)("port=80") escapes to heap in main:
./main.go:29:34:   flow: {storage for &fstest.MapFile{...}} ← &{storage for ([]byte)("port=80")}:
./main.go:29:34:     from ([]byte)("port=80") (spill) at ./main.go:29:34
./main.go:29:34:     from fstest.MapFile{...} (struct literal element) at ./main.go:29:20
./main.go:30:20: &fstest.MapFile{...} escapes to heap in main:
./main.go:30:20:   flow: {heap} ← &{storage for &fstest.MapFile{...}}:
./main.go:30:20:     from &fstest.MapFile{...} (spill) at ./main.go:30:20
./main.go:30:20:     from fstest.MapFS{...} (map literal value) at ./main.go:28:22
./main.go:30:34: ([]byte)("host=db") escapes to heap in main:
./main.go:30:34:   flow: {storage for &fstest.MapFile{...}} ← &{storage for ([]byte)("host=db")}:
./main.go:30:34:     from ([]byte)("host=db") (spill) at ./main.go:30:34
./main.go:30:34:     from fstest.MapFile{...} (struct literal element) at ./main.go:30:20
./main.go:31:20: &fstest.MapFile{...} escapes to heap in main:
./main.go:31:20:   flow: {heap} ← &{storage for &fstest.MapFile{...}}:
./main.go:31:20:     from &fstest.MapFile{...} (spill) at ./main.go:31:20
./main.go:31:20:     from fstest.MapFS{...} (map literal value) at ./main.go:28:22
./main.go:31:34: ([]byte)("# notes") escapes to heap in main:
./main.go:31:34:   flow: {storage for &fstest.MapFile{...}} ← &{storage for ([]byte)("# notes")}:
./main.go:31:34:     from ([]byte)("# notes") (spill) at ./main.go:31:34
./main.go:31:34:     from fstest.MapFile{...} (struct literal element) at ./main.go:31:20
./main.go:28:22: fstest.MapFS{...} escapes to heap in main:
./main.go:28:22:   flow: fsys ← &{storage for fstest.MapFS{...}}:
./main.go:28:22:     from fstest.MapFS{...} (spill) at ./main.go:28:22
./main.go:28:22:     from fsys := fstest.MapFS{...} (assign) at ./main.go:28:7
./main.go:28:22:   flow: {heap} ← fsys:
./main.go:28:22:     from fsys (interface-converted) at ./main.go:33:27
./main.go:28:22:     from readConfigs(fsys) (call parameter) at ./main.go:33:26
./main.go:43:15: k escapes to heap in main:
./main.go:43:15:   flow: {storage for ... argument} ← &{storage for k}:
./main.go:43:15:     from k (spill) at ./main.go:43:15
./main.go:43:15:     from ... argument (slice-literal-element) at ./main.go:43:14
./main.go:43:15:   flow: {heap} ← {storage for ... argument}:
./main.go:43:15:     from ... argument (spill) at ./main.go:43:14
./main.go:43:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:14
./main.go:43:22: cfgs[k] escapes to heap in main:
./main.go:43:22:   flow: {storage for ... argument} ← &{storage for cfgs[k]}:
./main.go:43:22:     from cfgs[k] (spill) at ./main.go:43:22
./main.go:43:22:     from ... argument (slice-literal-element) at ./main.go:43:14
./main.go:43:22:   flow: {heap} ← {storage for ... argument}:
./main.go:43:22:     from ... argument (spill) at ./main.go:43:14
./main.go:43:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:14
./main.go:46:17: len(entries) escapes to heap in main:
./main.go:46:17:   flow: {storage for ... argument} ← &{storage for len(entries)}:
./main.go:46:17:     from len(entries) (spill) at ./main.go:46:17
./main.go:46:17:     from ... argument (slice-literal-element) at ./main.go:46:13
./main.go:46:17:   flow: {heap} ← {storage for ... argument}:
./main.go:46:17:     from ... argument (spill) at ./main.go:46:13
./main.go:46:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:46:13
./main.go:28:22: fstest.MapFS{...} escapes to heap
./main.go:29:20: &fstest.MapFile{...} escapes to heap
./main.go:29:34: ([]byte)("port=80") escapes to heap
./main.go:30:20: &fstest.MapFile{...} escapes to heap
./main.go:30:34: ([]byte)("host=db") escapes to heap
./main.go:31:20: &fstest.MapFile{...} escapes to heap
./main.go:31:34: ([]byte)("# notes") escapes to heap
./main.go:37:14: make([]string, 0, len(cfgs)) does not escape
./main.go:39:16: append does not escape
./main.go:43:14: ... argument does not escape
./main.go:43:15: k escapes to heap
./main.go:43:22: cfgs[k] escapes to heap
./main.go:46:13: ... argument does not escape
./main.go:46:17: len(entries) escapes to heap
