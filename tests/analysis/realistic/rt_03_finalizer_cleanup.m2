$GOROOT/src/internal/abi/escape.go:28:20: parameter abi.x leaks to {heap} for Escape[go.shape.*uint8] with derefs=0:
$GOROOT/src/internal/abi/escape.go:28:20:   flow: {heap} ← abi.x:
$GOROOT/src/internal/abi/escape.go:28:20:     from abi.x (interface-converted) at $GOROOT/src/internal/abi/escape.go:30:16
$GOROOT/src/internal/abi/escape.go:28:20:     from abi.escapeSink = abi.x (assign) at $GOROOT/src/internal/abi/escape.go:30:14
$GOROOT/src/internal/abi/escape.go:28:20: parameter abi.x leaks to abi.~r0 for Escape[go.shape.*uint8] with derefs=0:
$GOROOT/src/internal/abi/escape.go:28:20:   flow: abi.~r0 ← abi.x:
$GOROOT/src/internal/abi/escape.go:28:20:     from return abi.x (return) at $GOROOT/src/internal/abi/escape.go:32:2
$GOROOT/src/internal/abi/escape.go:28:20: parameter abi.x leaks to {heap} for Escape[go.shape.func(go.shape.string)] with derefs=0:
$GOROOT/src/internal/abi/escape.go:28:20:   flow: {heap} ← abi.x:
$GOROOT/src/internal/abi/escape.go:28:20:     from abi.x (interface-converted) at $GOROOT/src/internal/abi/escape.go:30:16
$GOROOT/src/internal/abi/escape.go:28:20:     from abi.escapeSink = abi.x (assign) at $GOROOT/src/internal/abi/escape.go:30:14
$GOROOT/src/internal/abi/escape.go:28:20: parameter abi.x leaks to abi.~r0 for Escape[go.shape.func(go.shape.string)] with derefs=0:
$GOROOT/src/internal/abi/escape.go:28:20:   flow: abi.~r0 ← abi.x:
$GOROOT/src/internal/abi/escape.go:28:20:     from return abi.x (return) at $GOROOT/src/internal/abi/escape.go:32:2
$GOROOT/src/runtime/mcleanup.go:202:38: parameter runtime.arg leaks to {heap} for callCleanup[go.shape.string] with derefs=1:
$GOROOT/src/runtime/mcleanup.go:202:38:   flow: {heap} ← *runtime.arg:
$GOROOT/src/runtime/mcleanup.go:202:38:     from *(*go.shape.string)(runtime.arg) (indirection) at $GOROOT/src/runtime/mcleanup.go:204:10
$GOROOT/src/runtime/mcleanup.go:202:38:     from runtime.cleanup(*(*go.shape.string)(runtime.arg)) (call parameter) at $GOROOT/src/runtime/mcleanup.go:204:9
$GOROOT/src/runtime/mcleanup.go:88:9: "runtime.AddCleanup: ptr is nil" escapes to heap in AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string]:
$GOROOT/src/runtime/mcleanup.go:88:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is nil"}:
$GOROOT/src/runtime/mcleanup.go:88:9:     from "runtime.AddCleanup: ptr is nil" (spill) at $GOROOT/src/runtime/mcleanup.go:88:9
$GOROOT/src/runtime/mcleanup.go:88:9:     from panic("runtime.AddCleanup: ptr is nil") (call parameter) at $GOROOT/src/runtime/mcleanup.go:88:8
$GOROOT/src/runtime/mcleanup.go:97:10: "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" escapes to heap in AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string]:
$GOROOT/src/runtime/mcleanup.go:97:10:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is equal to arg, cleanup will never run"}:
$GOROOT/src/runtime/mcleanup.go:97:10:     from "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" (spill) at $GOROOT/src/runtime/mcleanup.go:97:10
$GOROOT/src/runtime/mcleanup.go:97:10:     from panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run") (call parameter) at $GOROOT/src/runtime/mcleanup.go:97:9
$GOROOT/src/runtime/mcleanup.go:102:9: "runtime.AddCleanup: ptr is arena-allocated" escapes to heap in AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string]:
$GOROOT/src/runtime/mcleanup.go:102:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is arena-allocated"}:
$GOROOT/src/runtime/mcleanup.go:102:9:     from "runtime.AddCleanup: ptr is arena-allocated" (spill) at $GOROOT/src/runtime/mcleanup.go:102:9
$GOROOT/src/runtime/mcleanup.go:102:9:     from panic("runtime.AddCleanup: ptr is arena-allocated") (call parameter) at $GOROOT/src/runtime/mcleanup.go:102:8
$GOROOT/src/runtime/mcleanup.go:136:9: "runtime.AddCleanup: ptr not in allocated block" escapes to heap in AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string]:
$GOROOT/src/runtime/mcleanup.go:136:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr not in allocated block"}:
$GOROOT/src/runtime/mcleanup.go:136:9:     from "runtime.AddCleanup: ptr not in allocated block" (spill) at $GOROOT/src/runtime/mcleanup.go:136:9
$GOROOT/src/runtime/mcleanup.go:136:9:     from panic("runtime.AddCleanup: ptr not in allocated block") (call parameter) at $GOROOT/src/runtime/mcleanup.go:136:8
$GOROOT/src/runtime/mcleanup.go:150:11: "runtime.AddCleanup: ptr is within arg, cleanup will never run" escapes to heap in AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string]:
$GOROOT/src/runtime/mcleanup.go:150:11:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is within arg, cleanup will never run"}:
$GOROOT/src/runtime/mcleanup.go:150:11:     from "runtime.AddCleanup: ptr is within arg, cleanup will never run" (spill) at $GOROOT/src/runtime/mcleanup.go:150:11
$GOROOT/src/runtime/mcleanup.go:150:11:     from panic("runtime.AddCleanup: ptr is within arg, cleanup will never run") (call parameter) at $GOROOT/src/runtime/mcleanup.go:150:10
$GOROOT/src/runtime/mcleanup.go:167:11: "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... escapes to heap in AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string]:
$GOROOT/src/runtime/mcleanup.go:167:11:   flow: {heap} ← &{storage for "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n...}:
$GOROOT/src/runtime/mcleanup.go:167:11:     from "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... (spill) at $GOROOT/src/runtime/mcleanup.go:167:11
$GOROOT/src/runtime/mcleanup.go:167:11:     from panic("runtime.AddCleanup: cleanup function closes over ptr, cleanup will n...) (call parameter) at $GOROOT/src/runtime/mcleanup.go:167:10
$GOROOT/src/runtime/mcleanup.go:183:20: func literal escapes to heap in AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string]:
$GOROOT/src/runtime/mcleanup.go:183:20:   flow: {heap} ← &{storage for func literal}:
$GOROOT/src/runtime/mcleanup.go:183:20:     from func literal (spill) at $GOROOT/src/runtime/mcleanup.go:183:20
$GOROOT/src/runtime/mcleanup.go:183:20:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:183:20:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:183:20: runtime.AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string] capturing by value: .autotmp_29 (addr=false assign=false width=8)
$GOROOT/src/runtime/mcleanup.go:76:27: parameter runtime.ptr leaks to {heap} for AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:27:   flow: {heap} ← runtime.ptr:
$GOROOT/src/runtime/mcleanup.go:76:27:     from abi.Escape[go.shape.*uint8]((*[2]uintptr)(runtime..dict[0]), runtime.ptr) (call parameter) at $GOROOT/src/runtime/mcleanup.go:83:18
$GOROOT/src/runtime/mcleanup.go:76:35: parameter runtime.cleanup leaks to {heap} for AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:35:   flow: {heap} ← runtime.cleanup:
$GOROOT/src/runtime/mcleanup.go:76:35:     from abi.Escape[go.shape.func(go.shape.string)]((*[2]uintptr)(runtime..dict[1]), runtime.cleanup) (call parameter) at $GOROOT/src/runtime/mcleanup.go:84:22
$GOROOT/src/runtime/mcleanup.go:76:52: parameter runtime.arg leaks to {heap} for AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:52:   flow: {heap} ← runtime.arg:
$GOROOT/src/runtime/mcleanup.go:76:52:     from *runtime.argv = runtime.arg (assign) at $GOROOT/src/runtime/mcleanup.go:127:8
<autogenerated>:1: parameter runtime.arg leaks to {heap} for AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string].func1 with derefs=1:
<autogenerated>:1:   flow: {heap} ← *runtime.arg:
<autogenerated>:1:     from runtime.callCleanup[go.shape.string](.autotmp_29, runtime.fn, runtime.arg) (call parameter) at $GOROOT/src/runtime/mcleanup.go:183:20
$GOROOT/src/runtime/mcleanup.go:125:13: new(<node DYNAMICTYPE>) escapes to heap in AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string]:
$GOROOT/src/runtime/mcleanup.go:125:13:   flow: runtime.argv ← &{storage for new(<node DYNAMICTYPE>)}:
$GOROOT/src/runtime/mcleanup.go:125:13:     from new(<node DYNAMICTYPE>) (spill) at $GOROOT/src/runtime/mcleanup.go:125:13
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.argv = new(<node DYNAMICTYPE>) (assign) at $GOROOT/src/runtime/mcleanup.go:125:8
$GOROOT/src/runtime/mcleanup.go:125:13:   flow: {heap} ← runtime.argv:
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:125:13:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:122:13: new([2]uintptr) escapes to heap in AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string]:
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: runtime.box ← &{storage for new([2]uintptr)}:
$GOROOT/src/runtime/mcleanup.go:122:13:     from new([2]uintptr) (spill) at $GOROOT/src/runtime/mcleanup.go:122:13
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.box := new([2]uintptr) (assign) at $GOROOT/src/runtime/mcleanup.go:122:7
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: runtime.argv ← runtime.box:
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.argv = (*go.shape.string)(unsafe.Pointer(runtime.box)) (assign) at $GOROOT/src/runtime/mcleanup.go:123:8
$GOROOT/src/runtime/mcleanup.go:122:13:   flow: {heap} ← runtime.argv:
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.cleanupFn{...} (struct literal element) at $GOROOT/src/runtime/mcleanup.go:177:49
$GOROOT/src/runtime/mcleanup.go:122:13:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at $GOROOT/src/runtime/mcleanup.go:177:18
$GOROOT/src/runtime/mcleanup.go:88:9: "runtime.AddCleanup: ptr is nil" escapes to heap
$GOROOT/src/runtime/mcleanup.go:93:24: runtime.arg does not escape
$GOROOT/src/runtime/mcleanup.go:97:10: "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" escapes to heap
$GOROOT/src/runtime/mcleanup.go:102:9: "runtime.AddCleanup: ptr is arena-allocated" escapes to heap
$GOROOT/src/runtime/mcleanup.go:122:13: new([2]uintptr) escapes to heap
$GOROOT/src/runtime/mcleanup.go:125:13: new(<node DYNAMICTYPE>) escapes to heap
$GOROOT/src/runtime/mcleanup.go:136:9: "runtime.AddCleanup: ptr not in allocated block" escapes to heap
$GOROOT/src/runtime/mcleanup.go:150:11: "runtime.AddCleanup: ptr is within arg, cleanup will never run" escapes to heap
$GOROOT/src/runtime/mcleanup.go:167:11: "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... escapes to heap
./main.go:21:29: parameter name leaks to {heap} for NewTempFile.func1 with derefs=0:
./main.go:21:29:   flow: {heap} ← name:
./main.go:21:29:     from os.Remove(name) (call parameter) at ./main.go:21:53
./main.go:21:29: leaking param: name
./main.go:21:24: func literal escapes to heap in NewTempFile:
./main.go:21:24:   flow: {heap} ← &{storage for func literal}:
./main.go:21:24:     from func literal (spill) at ./main.go:21:24
./main.go:21:24:     from runtime.AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string](&runtime..dict.AddCleanup[main.TempFile,string], t, func literal, t.name) (call parameter) at ./main.go:21:20
./main.go:20:7: &TempFile{...} escapes to heap in NewTempFile:
./main.go:20:7:   flow: t ← &{storage for &TempFile{...}}:
./main.go:20:7:     from &TempFile{...} (spill) at ./main.go:20:7
./main.go:20:7:     from t := &TempFile{...} (assign) at ./main.go:20:4
./main.go:20:7:   flow: {heap} ← t:
./main.go:20:7:     from runtime.AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string](&runtime..dict.AddCleanup[main.TempFile,string], t, func literal, t.name) (call parameter) at ./main.go:21:20
./main.go:20:7: &TempFile{...} escapes to heap
./main.go:21:24: func literal escapes to heap
./main.go:25:7: parameter t leaks to {heap} for (*TempFile).Write with derefs=2:
./main.go:25:7:   flow: {heap} ← **t:
./main.go:25:7:     from t.f (dot of pointer) at ./main.go:26:13
./main.go:25:7:     from (*os.File).WriteString(t.f, s) (call parameter) at ./main.go:26:27
./main.go:25:7: leaking param content: t
./main.go:25:26: s does not escape
./main.go:38:23: info.Size() escapes to heap in main:
./main.go:38:23:   flow: {storage for ... argument} ← &{storage for info.Size()}:
./main.go:38:23:     from info.Size() (spill) at ./main.go:38:23
./main.go:38:23:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:23:   flow: {heap} ← {storage for ... argument}:
./main.go:38:23:     from ... argument (spill) at ./main.go:38:13
./main.go:38:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:38:13: ... argument does not escape
./main.go:38:23: info.Size() escapes to heap
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:570:10
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:570:12
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:562:10
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:562:12
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:546:3
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:546:5
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from (*atomic.UnsafePointer).Store(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:546:11
$GOROOT/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:     from (*atomic.UnsafePointer).Store(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:546:11
$GOROOT/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:539:3
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:539:5
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from (*atomic.UnsafePointer).StoreNoWB(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:539:15
$GOROOT/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:     from (*atomic.UnsafePointer).StoreNoWB(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:539:15
$GOROOT/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Load with derefs=1:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:526:15
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:526:17
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from (*atomic.UnsafePointer).Load(atomic.p.u) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:526:22
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from return (*go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] })((*atomic.UnsafePointer).Load(atomic.p.u)) (return) at $GOROOT/src/internal/runtime/atomic/types.go:526:2
$GOROOT/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:570:10
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:570:12
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:     from (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:570:27
$GOROOT/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:562:10
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:562:12
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:     from (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:562:31
$GOROOT/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:546:3
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:546:5
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from (*atomic.UnsafePointer).Store(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:546:11
$GOROOT/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:     from (*atomic.UnsafePointer).Store(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:546:11
$GOROOT/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:539:3
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:539:5
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from (*atomic.UnsafePointer).StoreNoWB(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:539:15
$GOROOT/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:     from (*atomic.UnsafePointer).StoreNoWB(atomic.p.u, unsafe.Pointer(atomic.value)) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:539:15
$GOROOT/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Load with derefs=1:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (dot of pointer) at $GOROOT/src/internal/runtime/atomic/types.go:526:15
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (address-of) at $GOROOT/src/internal/runtime/atomic/types.go:526:17
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from (*atomic.UnsafePointer).Load(atomic.p.u) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:526:22
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from return (*go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0)((*atomic.UnsafePointer).Load(atomic.p.u)) (return) at $GOROOT/src/internal/runtime/atomic/types.go:526:2
$GOROOT/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Store(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:545:6
$GOROOT/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[runtime.m]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Store(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:545:6
$GOROOT/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).StoreNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:538:6
$GOROOT/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[runtime.m]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).StoreNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:538:6
$GOROOT/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[runtime.m]).Load with derefs=1:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Load(atomic.p, &atomic..dict.Pointer[runtime.m]) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:525:6
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from return (*atomic.Pointer[go.shape.68e328d70a0c9f4d3399877636a721ae667f6eaeaeaaf0bcdd72110f766d41f0]).Load(atomic.p, &atomic..dict.Pointer[runtime.m]) (return) at $GOROOT/src/internal/runtime/atomic/types.go:525:6
$GOROOT/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:569:7:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:569:37:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwap with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:569:42:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:569:6
$GOROOT/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:561:7:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
$GOROOT/src/internal/runtime/atomic/types.go:561:41:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwapNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
$GOROOT/src/internal/runtime/atomic/types.go:561:46:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:561:6
$GOROOT/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:545:7:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:545:6
$GOROOT/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[runtime._defer]).Store with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:545:28:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:545:6
$GOROOT/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:538:7:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:538:6
$GOROOT/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[runtime._defer]).StoreNoWB with derefs=0:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
$GOROOT/src/internal/runtime/atomic/types.go:538:32:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:538:6
$GOROOT/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[runtime._defer]).Load with derefs=1:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.p:
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Load(atomic.p, &atomic..dict.Pointer[runtime._defer]) (call parameter) at $GOROOT/src/internal/runtime/atomic/types.go:525:6
$GOROOT/src/internal/runtime/atomic/types.go:525:7:     from return (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Load(atomic.p, &atomic..dict.Pointer[runtime._defer]) (return) at $GOROOT/src/internal/runtime/atomic/types.go:525:6
$GOROOT/src/runtime/mcleanup.go:76:27: parameter runtime.ptr leaks to {heap} for AddCleanup[main.TempFile,string] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:27:   flow: {heap} ← runtime.ptr:
$GOROOT/src/runtime/mcleanup.go:76:27:     from runtime.AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string](&runtime..dict.AddCleanup[main.TempFile,string], runtime.ptr, runtime.cleanup, runtime.arg) (call parameter) at $GOROOT/src/runtime/mcleanup.go:76:6
$GOROOT/src/runtime/mcleanup.go:76:35: parameter runtime.cleanup leaks to {heap} for AddCleanup[main.TempFile,string] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:35:   flow: {heap} ← runtime.cleanup:
$GOROOT/src/runtime/mcleanup.go:76:35:     from runtime.AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string](&runtime..dict.AddCleanup[main.TempFile,string], runtime.ptr, runtime.cleanup, runtime.arg) (call parameter) at $GOROOT/src/runtime/mcleanup.go:76:6
$GOROOT/src/runtime/mcleanup.go:76:52: parameter runtime.arg leaks to {heap} for AddCleanup[main.TempFile,string] with derefs=0:
$GOROOT/src/runtime/mcleanup.go:76:52:   flow: {heap} ← runtime.arg:
$GOROOT/src/runtime/mcleanup.go:76:52:     from runtime.AddCleanup[go.shape.struct { main.f *os.File; main.name string },go.shape.string](&runtime..dict.AddCleanup[main.TempFile,string], runtime.ptr, runtime.cleanup, runtime.arg) (call parameter) at $GOROOT/src/runtime/mcleanup.go:76:6
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[os.dirInfo]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[os.dirInfo]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[os.dirInfo]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[os.dirInfo]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Load(atomic.x, &atomic..dict.Pointer[os.dirInfo]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
