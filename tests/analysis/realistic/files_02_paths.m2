./main.go:16:47: userPath escapes to heap in safeJoin:
./main.go:16:47:   flow: {storage for ... argument} ← &{storage for userPath}:
./main.go:16:47:     from userPath (spill) at ./main.go:16:47
./main.go:16:47:     from ... argument (slice-literal-element) at ./main.go:16:24
./main.go:16:47:   flow: {heap} ← {storage for ... argument}:
./main.go:16:47:     from ... argument (spill) at ./main.go:16:24
./main.go:16:47:     from fmt.Errorf("path %q escapes %q", ... argument...) (call parameter) at ./main.go:16:24
./main.go:16:57: base escapes to heap in safeJoin:
./main.go:16:57:   flow: {storage for ... argument} ← &{storage for base}:
./main.go:16:57:     from base (spill) at ./main.go:16:57
./main.go:16:57:     from ... argument (slice-literal-element) at ./main.go:16:24
./main.go:16:57:   flow: {heap} ← {storage for ... argument}:
./main.go:16:57:     from ... argument (spill) at ./main.go:16:24
./main.go:16:57:     from fmt.Errorf("path %q escapes %q", ... argument...) (call parameter) at ./main.go:16:24
./main.go:11:15: parameter base leaks to {storage for base} for safeJoin with derefs=0:
./main.go:11:15:   flow: {storage for base} ← base:
./main.go:11:15:     from base (interface-converted) at ./main.go:16:57
./main.go:11:21: parameter userPath leaks to {storage for userPath} for safeJoin with derefs=0:
./main.go:11:21:   flow: {storage for userPath} ← userPath:
./main.go:11:21:     from userPath (interface-converted) at ./main.go:16:47
./main.go:11:15: parameter base leaks to ~r0 for safeJoin with derefs=0:
./main.go:11:15:   flow: {storage for ... argument} ← base:
./main.go:11:15:     from ... argument (slice-literal-element) at ./main.go:13:23
./main.go:11:15:   flow: {temp} ← &{storage for ... argument}:
./main.go:11:15:     from ... argument (spill) at ./main.go:13:23
./main.go:11:15:     from filepath.Join(... argument...) (call parameter) at ./main.go:13:23
./main.go:11:15:   flow: full ← *{temp}:
./main.go:11:15:     from full := filepath.Join(... argument...) (assign) at ./main.go:13:7
./main.go:11:15:   flow: ~r0 ← full:
./main.go:11:15:     from return full, nil (return) at ./main.go:18:2
./main.go:12:32: "/" + userPath escapes to heap in safeJoin:
./main.go:12:32:   flow: {temp} ← &{storage for "/" + userPath}:
./main.go:12:32:     from "/" + userPath (spill) at ./main.go:12:32
./main.go:12:32:     from filepath.Clean("/" + userPath) (call parameter) at ./main.go:12:27
./main.go:12:32:   flow: cleaned ← {temp}:
./main.go:12:32:     from cleaned := filepath.Clean("/" + userPath) (assign) at ./main.go:12:10
./main.go:12:32:   flow: {storage for ... argument} ← cleaned:
./main.go:12:32:     from ... argument (slice-literal-element) at ./main.go:13:23
./main.go:12:32:   flow: {temp} ← &{storage for ... argument}:
./main.go:12:32:     from ... argument (spill) at ./main.go:13:23
./main.go:12:32:     from filepath.Join(... argument...) (call parameter) at ./main.go:13:23
./main.go:12:32:   flow: full ← *{temp}:
./main.go:12:32:     from full := filepath.Join(... argument...) (assign) at ./main.go:13:7
./main.go:12:32:   flow: ~r0 ← full:
./main.go:12:32:     from return full, nil (return) at ./main.go:18:2
./main.go:11:15: leaking param: base
./main.go:11:21: leaking param: userPath
./main.go:12:32: "/" + userPath escapes to heap
./main.go:13:23: ... argument does not escape
./main.go:16:24: ... argument does not escape
./main.go:16:47: userPath escapes to heap
./main.go:16:57: base escapes to heap
./main.go:24:15: full escapes to heap in main:
./main.go:24:15:   flow: {storage for ... argument} ← &{storage for full}:
./main.go:24:15:     from full (spill) at ./main.go:24:15
./main.go:24:15:     from ... argument (slice-literal-element) at ./main.go:24:14
./main.go:24:15:   flow: {heap} ← {storage for ... argument}:
./main.go:24:15:     from ... argument (spill) at ./main.go:24:14
./main.go:24:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:24:14
./main.go:27:14: dir escapes to heap in main:
./main.go:27:14:   flow: {storage for ... argument} ← &{storage for dir}:
./main.go:27:14:     from dir (spill) at ./main.go:27:14
./main.go:27:14:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:14:   flow: {heap} ← {storage for ... argument}:
./main.go:27:14:     from ... argument (spill) at ./main.go:27:13
./main.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:19: file escapes to heap in main:
./main.go:27:19:   flow: {storage for ... argument} ← &{storage for file}:
./main.go:27:19:     from file (spill) at ./main.go:27:19
./main.go:27:19:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:19:   flow: {heap} ← {storage for ... argument}:
./main.go:27:19:     from ... argument (spill) at ./main.go:27:13
./main.go:27:19:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:38: filepath.Base(dir) escapes to heap in main:
./main.go:27:38:   flow: {storage for ... argument} ← &{storage for filepath.Base(dir)}:
./main.go:27:38:     from filepath.Base(dir) (spill) at ./main.go:27:38
./main.go:27:38:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:38:   flow: {heap} ← {storage for ... argument}:
./main.go:27:38:     from ... argument (spill) at ./main.go:27:13
./main.go:27:38:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:57: filepath.Ext(file) escapes to heap in main:
./main.go:27:57:   flow: {storage for ... argument} ← &{storage for filepath.Ext(file)}:
./main.go:27:57:     from filepath.Ext(file) (spill) at ./main.go:27:57
./main.go:27:57:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:57:   flow: {heap} ← {storage for ... argument}:
./main.go:27:57:     from ... argument (spill) at ./main.go:27:13
./main.go:27:57:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:29:14: matched escapes to heap in main:
./main.go:29:14:   flow: {storage for ... argument} ← &{storage for matched}:
./main.go:29:14:     from matched (spill) at ./main.go:29:14
./main.go:29:14:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:14:   flow: {heap} ← {storage for ... argument}:
./main.go:29:14:     from ... argument (spill) at ./main.go:29:13
./main.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:29:32: path.Join(... argument...) escapes to heap in main:
./main.go:29:32:   flow: {storage for ... argument} ← &{storage for path.Join(... argument...)}:
./main.go:29:32:     from path.Join(... argument...) (spill) at ./main.go:29:32
./main.go:29:32:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:32:   flow: {heap} ← {storage for ... argument}:
./main.go:29:32:     from ... argument (spill) at ./main.go:29:13
./main.go:29:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:29:59: path.IsAbs("/x") escapes to heap in main:
./main.go:29:59:   flow: {storage for ... argument} ← &{storage for path.IsAbs("/x")}:
./main.go:29:59:     from path.IsAbs("/x") (spill) at ./main.go:29:59
./main.go:29:59:     from ... argument (slice-literal-element) at ./main.go:29:13
./main.go:29:59:   flow: {heap} ← {storage for ... argument}:
./main.go:29:59:     from ... argument (spill) at ./main.go:29:13
./main.go:29:59:     from fmt.Println(... argument...) (call parameter) at ./main.go:29:13
./main.go:30:26: strings.Join(filepath.SplitList("/bin:/usr/bin"), " ") escapes to heap in main:
./main.go:30:26:   flow: {storage for ... argument} ← &{storage for strings.Join(filepath.SplitList("/bin:/usr/bin"), " ")}:
./main.go:30:26:     from strings.Join(filepath.SplitList("/bin:/usr/bin"), " ") (spill) at ./main.go:30:26
./main.go:30:26:     from ... argument (slice-literal-element) at ./main.go:30:13
./main.go:30:26:   flow: {heap} ← {storage for ... argument}:
./main.go:30:26:     from ... argument (spill) at ./main.go:30:13
./main.go:30:26:     from fmt.Println(... argument...) (call parameter) at ./main.go:30:13
./main.go:22:28: []string{...} does not escape
./main.go:24:14: ... argument does not escape
./main.go:24:15: full escapes to heap
./main.go:27:13: ... argument does not escape
./main.go:27:14: dir escapes to heap
./main.go:27:19: file escapes to heap
./main.go:27:38: filepath.Base(dir) escapes to heap
./main.go:27:57: filepath.Ext(file) escapes to heap
./main.go:29:13: ... argument does not escape
./main.go:29:14: matched escapes to heap
./main.go:29:32: path.Join(... argument...) escapes to heap
./main.go:29:32: ... argument does not escape
./main.go:29:59: path.IsAbs("/x") escapes to heap
./main.go:30:13: ... argument does not escape
./main.go:30:26: strings.Join(filepath.SplitList("/bin:/usr/bin"), " ") escapes to heap
