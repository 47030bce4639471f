./main.go:18:11: scan capturing by value: root (addr=false assign=false width=16)
./main.go:19:2: scan capturing by value: st (addr=false assign=false width=8)
./main.go:18:11: parameter root leaks to {heap} for scan with derefs=0:
./main.go:18:11:   flow: {heap} ← root:
./main.go:18:11:     from filepath.WalkDir(root, func literal) (call parameter) at ./main.go:20:25
./main.go:20:50: parameter d leaks to {heap} for scan.func1 with derefs=0:
./main.go:20:50:   flow: {heap} ← d:
./main.go:20:50:     from d.IsDir() (call parameter) at ./main.go:24:13
./main.go:20:37: parameter path leaks to {heap} for scan.func1 with derefs=0:
./main.go:20:37:   flow: {heap} ← path:
./main.go:20:37:     from filepath.Ext(path) (call parameter) at ./main.go:32:40
./main.go:20:37:     from strings.ToLower(filepath.Ext(path)) (call parameter) at ./main.go:32:27
./main.go:20:37:     from st.ByExt[strings.ToLower(filepath.Ext(path))] (key of map put) at ./main.go:32:11
./main.go:20:65: parameter err leaks to ~r0 for scan.func1 with derefs=0:
./main.go:20:65:   flow: ~r0 ← err:
./main.go:20:65:     from return err (return) at ./main.go:22:4
./main.go:19:8: &Stats{...} escapes to heap in scan:
./main.go:19:8:   flow: st ← &{storage for &Stats{...}}:
./main.go:19:8:     from &Stats{...} (spill) at ./main.go:19:8
./main.go:19:8:     from st := &Stats{...} (assign) at ./main.go:19:5
./main.go:19:8:   flow: ~r0 ← st:
./main.go:19:8:     from return st, err (return) at ./main.go:35:2
./main.go:19:36: map[string]int{} escapes to heap in scan:
./main.go:19:36:   flow: {storage for &Stats{...}} ← &{storage for map[string]int{}}:
./main.go:19:36:     from map[string]int{} (spill) at ./main.go:19:36
./main.go:19:36:     from Stats{...} (struct literal element) at ./main.go:19:14
./main.go:18:11: leaking param: root
./main.go:20:37: leaking param: path
./main.go:20:50: leaking param: d
./main.go:20:65: leaking param: err to result ~r0 level=0
./main.go:19:8: &Stats{...} escapes to heap
./main.go:19:36: map[string]int{} escapes to heap
./main.go:20:32: func literal does not escape
./main.go:42:15: "scan:" escapes to heap in main:
./main.go:42:15:   flow: {storage for ... argument} ← &{storage for "scan:"}:
./main.go:42:15:     from "scan:" (spill) at ./main.go:42:15
./main.go:42:15:     from ... argument (slice-literal-element) at ./main.go:42:14
./main.go:42:15:   flow: {heap} ← {storage for ... argument}:
./main.go:42:15:     from ... argument (spill) at ./main.go:42:14
./main.go:42:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:14
./main.go:45:27: st.Files > 0 || st.Dirs > 0 escapes to heap in main:
./main.go:45:27:   flow: {storage for ... argument} ← &{storage for st.Files > 0 || st.Dirs > 0}:
./main.go:45:27:     from st.Files > 0 || st.Dirs > 0 (spill) at ./main.go:45:27
./main.go:45:27:     from ... argument (slice-literal-element) at ./main.go:45:13
./main.go:45:27:   flow: {heap} ← {storage for ... argument}:
./main.go:45:27:     from ... argument (spill) at ./main.go:45:13
./main.go:45:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:45:13
./main.go:42:14: ... argument does not escape
./main.go:42:15: "scan:" escapes to heap
./main.go:45:13: ... argument does not escape
./main.go:45:27: st.Files > 0 || st.Dirs > 0 escapes to heap
