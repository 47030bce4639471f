./main.go:23:46: "package demo\n\nfunc Add(a, b int) int { return a + b }\n\nfunc (s *... escapes to heap in main:
./main.go:23:46:   flow: {heap} ← &{storage for "package demo\n\nfunc Add(a, b int) int { return a + b }\n\nfunc (s *...}:
./main.go:23:46:     from "package demo\n\nfunc Add(a, b int) int { return a + b }\n\nfunc (s *... (spill) at ./main.go:23:46
./main.go:23:46:     from parser.ParseFile(fset, "demo.go", "package demo\n\nfunc Add(a, b int) int { return a + b }\n\nfunc (s *..., parser.Mode(4)) (call parameter) at ./main.go:23:28
./main.go:28:17: func literal escapes to heap in main:
./main.go:28:17:   flow: {heap} ← &{storage for func literal}:
./main.go:28:17:     from func literal (spill) at ./main.go:28:17
./main.go:28:17:     from ast.Inspect(f, func literal) (call parameter) at ./main.go:28:13
./main.go:22:2: main capturing by value: fset (addr=false assign=false width=8)
./main.go:27:6: main capturing by ref: names (addr=false assign=true width=24)
./main.go:27:6: names escapes to heap in main:
./main.go:27:6:   flow: {storage for func literal} ← &names:
./main.go:27:6:     from names (captured by a closure) at ./main.go:38:3
./main.go:27:6:     from names (reference) at ./main.go:38:3
./main.go:38:46: name escapes to heap in main.func1:
./main.go:38:46:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:38:46:     from name (spill) at ./main.go:38:46
./main.go:38:46:     from ... argument (slice-literal-element) at ./main.go:38:36
./main.go:38:46:   flow: {heap} ← {storage for ... argument}:
./main.go:38:46:     from ... argument (spill) at ./main.go:38:36
./main.go:38:46:     from fmt.Sprintf("%s@%d", ... argument...) (call parameter) at ./main.go:38:36
./main.go:38:55: pos.Line escapes to heap in main.func1:
./main.go:38:55:   flow: {storage for ... argument} ← &{storage for pos.Line}:
./main.go:38:55:     from pos.Line (spill) at ./main.go:38:55
./main.go:38:55:     from ... argument (slice-literal-element) at ./main.go:38:36
./main.go:38:55:   flow: {heap} ← {storage for ... argument}:
./main.go:38:55:     from ... argument (spill) at ./main.go:38:36
./main.go:38:55:     from fmt.Sprintf("%s@%d", ... argument...) (call parameter) at ./main.go:38:36
./main.go:42:14: names escapes to heap in main:
./main.go:42:14:   flow: {storage for ... argument} ← &{storage for names}:
./main.go:42:14:     from names (spill) at ./main.go:42:14
./main.go:42:14:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:14:   flow: {heap} ← {storage for ... argument}:
./main.go:42:14:     from ... argument (spill) at ./main.go:42:13
./main.go:42:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:42:35: ast.IsExported("helper") escapes to heap in main:
./main.go:42:35:   flow: {storage for ... argument} ← &{storage for ast.IsExported("helper")}:
./main.go:42:35:     from ast.IsExported("helper") (spill) at ./main.go:42:35
./main.go:42:35:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:35:   flow: {heap} ← {storage for ... argument}:
./main.go:42:35:     from ... argument (spill) at ./main.go:42:13
./main.go:42:35:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:28:22: parameter n leaks to {heap} for main.func1 with derefs=5:
./main.go:28:22:   flow: .autotmp_4 ← n:
./main.go:28:22:     from n.(*ast.FuncDecl) (dot) at ./main.go:29:14
./main.go:28:22:     from .autotmp_4, .autotmp_5 := n.(*ast.FuncDecl) (assign-pair-dot-type) at ./main.go:29:10
./main.go:28:22:   flow: fd ← .autotmp_4:
./main.go:28:22:     from fd, ok := (*ast.FuncDecl)(.autotmp_4), .autotmp_5 (assign-pair) at ./main.go:29:10
./main.go:28:22:   flow: {heap} ← *****fd:
./main.go:28:22:     from (*ast.FuncDecl).Pos(fd) (call parameter) at ./main.go:37:30
./main.go:35:21: "method " + name escapes to heap in main.func1:
./main.go:35:21:   flow: name ← &{storage for "method " + name}:
./main.go:35:21:     from "method " + name (spill) at ./main.go:35:21
./main.go:35:21:     from name = "method " + name (assign) at ./main.go:35:9
./main.go:35:21:   flow: {storage for name} ← name:
./main.go:35:21:     from name (interface-converted) at ./main.go:38:46
./main.go:28:22: parameter n leaks to {storage for name} for main.func1 with derefs=2:
./main.go:28:22:   flow: .autotmp_4 ← n:
./main.go:28:22:     from n.(*ast.FuncDecl) (dot) at ./main.go:29:14
./main.go:28:22:     from .autotmp_4, .autotmp_5 := n.(*ast.FuncDecl) (assign-pair-dot-type) at ./main.go:29:10
./main.go:28:22:   flow: fd ← .autotmp_4:
./main.go:28:22:     from fd, ok := (*ast.FuncDecl)(.autotmp_4), .autotmp_5 (assign-pair) at ./main.go:29:10
./main.go:28:22:   flow: name ← **fd:
./main.go:28:22:     from fd.Name (dot of pointer) at ./main.go:33:13
./main.go:28:22:     from fd.Name.Name (dot of pointer) at ./main.go:33:18
./main.go:28:22:     from name := fd.Name.Name (assign) at ./main.go:33:8
./main.go:28:22:   flow: {storage for name} ← name:
./main.go:28:22:     from name (interface-converted) at ./main.go:38:46
./main.go:38:17: append(names, fmt.Sprintf("%s@%d", ... argument...)) escapes to heap in main.func1:
./main.go:38:17:   flow: names ← &{storage for append(names, fmt.Sprintf("%s@%d", ... argument...))}:
./main.go:38:17:     from append(names, fmt.Sprintf("%s@%d", ... argument...)) (spill) at ./main.go:38:17
./main.go:38:17:     from names = append(names, fmt.Sprintf("%s@%d", ... argument...)) (assign) at ./main.go:38:9
./main.go:28:22: leaking param content: n
./main.go:27:6: moved to heap: names
./main.go:23:46: "package demo\n\nfunc Add(a, b int) int { return a + b }\n\nfunc (s *... escapes to heap
./main.go:28:17: func literal escapes to heap
./main.go:35:21: "method " + name escapes to heap
./main.go:38:36: ... argument does not escape
./main.go:38:46: name escapes to heap
./main.go:38:55: pos.Line escapes to heap
./main.go:38:17: append escapes to heap
./main.go:42:13: ... argument does not escape
./main.go:42:14: names escapes to heap
./main.go:42:35: ast.IsExported("helper") escapes to heap
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go/token.File]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go/token.File]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go/token.File]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go/token.File]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go/token.File]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go/token.File]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go/token.File]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go/token.File]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Load(atomic.x, &atomic..dict.Pointer[go/token.File]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
