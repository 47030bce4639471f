./main.go:21:7: l does not escape
./main.go:32:33: inv escapes to heap in main:
./main.go:32:33:   flow: {heap} ← &{storage for inv}:
./main.go:32:33:     from inv (spill) at ./main.go:32:33
./main.go:32:33:     from (*template.Template).Execute(t, os.Stdout, inv) (call parameter) at ./main.go:32:21
./main.go:31:48: []Line{...} escapes to heap in main:
./main.go:31:48:   flow: inv ← &{storage for []Line{...}}:
./main.go:31:48:     from []Line{...} (spill) at ./main.go:31:48
./main.go:31:48:     from Invoice{...} (struct literal element) at ./main.go:31:16
./main.go:31:48:     from inv := Invoice{...} (assign) at ./main.go:31:6
./main.go:31:48:   flow: {storage for inv} ← inv:
./main.go:31:48:     from inv (interface-converted) at ./main.go:32:33
./main.go:29:27: template.FuncMap{...} does not escape
./main.go:31:48: []Line{...} escapes to heap
./main.go:32:33: inv escapes to heap
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
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Align with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Align() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.AssignableTo with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.AssignableTo(reflect.u) (call parameter) at <autogenerated>:1
$GOROOT/src/reflect/type.go:122:15: parameter reflect.u leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.AssignableTo with derefs=0:
$GOROOT/src/reflect/type.go:122:15:   flow: {heap} ← reflect.u:
$GOROOT/src/reflect/type.go:122:15:     from go.shape.~p0.AssignableTo(reflect.u) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Bits with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Bits() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.CanSeq with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.CanSeq() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.CanSeq2 with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.CanSeq2() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.ChanDir with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.ChanDir() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Comparable with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Comparable() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.ConvertibleTo with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.ConvertibleTo(reflect.u) (call parameter) at <autogenerated>:1
$GOROOT/src/reflect/type.go:128:16: parameter reflect.u leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.ConvertibleTo with derefs=0:
$GOROOT/src/reflect/type.go:128:16:   flow: {heap} ← reflect.u:
$GOROOT/src/reflect/type.go:128:16:     from go.shape.~p0.ConvertibleTo(reflect.u) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Elem with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Elem() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Field with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Field(reflect.i) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.FieldAlign with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.FieldAlign() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.FieldByIndex with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.FieldByIndex(reflect.index) (call parameter) at <autogenerated>:1
$GOROOT/src/reflect/type.go:189:15: parameter reflect.index leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.FieldByIndex with derefs=0:
$GOROOT/src/reflect/type.go:189:15:   flow: {heap} ← reflect.index:
$GOROOT/src/reflect/type.go:189:15:     from go.shape.~p0.FieldByIndex(reflect.index) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.FieldByName with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.FieldByName(reflect.name) (call parameter) at <autogenerated>:1
$GOROOT/src/reflect/type.go:196:14: parameter reflect.name leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.FieldByName with derefs=0:
$GOROOT/src/reflect/type.go:196:14:   flow: {heap} ← reflect.name:
$GOROOT/src/reflect/type.go:196:14:     from go.shape.~p0.FieldByName(reflect.name) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.FieldByNameFunc with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.FieldByNameFunc(reflect.match) (call parameter) at <autogenerated>:1
$GOROOT/src/reflect/type.go:214:18: parameter reflect.match leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.FieldByNameFunc with derefs=0:
$GOROOT/src/reflect/type.go:214:18:   flow: {heap} ← reflect.match:
$GOROOT/src/reflect/type.go:214:18:     from go.shape.~p0.FieldByNameFunc(reflect.match) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Fields with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Fields() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Implements with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Implements(reflect.u) (call parameter) at <autogenerated>:1
$GOROOT/src/reflect/type.go:119:13: parameter reflect.u leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Implements with derefs=0:
$GOROOT/src/reflect/type.go:119:13:   flow: {heap} ← reflect.u:
$GOROOT/src/reflect/type.go:119:13:     from go.shape.~p0.Implements(reflect.u) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.In with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.In(reflect.i) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Ins with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Ins() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.IsVariadic with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.IsVariadic() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Key with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Key() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Kind with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Kind() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Len with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Len() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Method with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Method(go.shape.~p1) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.MethodByName with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.MethodByName(go.shape.~p1) (call parameter) at <autogenerated>:1
$GOROOT/src/reflect/type.go:84:15: parameter go.shape.~p1 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.MethodByName with derefs=0:
$GOROOT/src/reflect/type.go:84:15:   flow: {heap} ← go.shape.~p1:
$GOROOT/src/reflect/type.go:84:15:     from go.shape.~p0.MethodByName(go.shape.~p1) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Methods with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Methods() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Name with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Name() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.NumField with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.NumField() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.NumIn with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.NumIn() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.NumMethod with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.NumMethod() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.NumOut with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.NumOut() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Out with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Out(reflect.i) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Outs with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Outs() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.OverflowComplex with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.OverflowComplex(reflect.x) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.OverflowFloat with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.OverflowFloat(reflect.x) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.OverflowInt with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.OverflowInt(reflect.x) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.OverflowUint with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.OverflowUint(reflect.x) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.PkgPath with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.PkgPath() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.Size with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Size() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.String with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.String() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.reflect.common with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.common() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for 5614d73739c4cb953979c5b476501cda147b86386834ff88f636587787e0f1e9.reflect.uncommon with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.uncommon() (call parameter) at <autogenerated>:1
