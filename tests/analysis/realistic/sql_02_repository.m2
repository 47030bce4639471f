./main.go:22:7: parameter r leaks to {heap} for (*Repo).Find with derefs=1:
./main.go:22:7:   flow: {heap} ← *r:
./main.go:22:7:     from r.db (dot of pointer) at ./main.go:26:10
./main.go:22:7:     from (*sql.DB).QueryRowContext(r.db, ctx, "SELECT id, name FROM customers WHERE id = ?", ... argument...) (call parameter) at ./main.go:26:29
./main.go:22:21: parameter ctx leaks to {heap} for (*Repo).Find with derefs=0:
./main.go:22:21:   flow: {heap} ← ctx:
./main.go:22:21:     from (*sql.DB).QueryRowContext(r.db, ctx, "SELECT id, name FROM customers WHERE id = ?", ... argument...) (call parameter) at ./main.go:26:29
./main.go:32:41: id escapes to heap in (*Repo).Find:
./main.go:32:41:   flow: {storage for ... argument} ← &{storage for id}:
./main.go:32:41:     from id (spill) at ./main.go:32:41
./main.go:32:41:     from ... argument (slice-literal-element) at ./main.go:32:25
./main.go:32:41:   flow: {heap} ← {storage for ... argument}:
./main.go:32:41:     from ... argument (spill) at ./main.go:32:25
./main.go:32:41:     from fmt.Errorf("find %d: %w", ... argument...) (call parameter) at ./main.go:32:25
./main.go:26:82: id escapes to heap in (*Repo).Find:
./main.go:26:82:   flow: {storage for ... argument} ← &{storage for id}:
./main.go:26:82:     from id (spill) at ./main.go:26:82
./main.go:26:82:     from ... argument (slice-literal-element) at ./main.go:26:29
./main.go:26:82:   flow: {temp} ← &{storage for ... argument}:
./main.go:26:82:     from ... argument (spill) at ./main.go:26:29
./main.go:26:82:     from (*sql.DB).QueryRowContext(r.db, ctx, "SELECT id, name FROM customers WHERE id = ?", ... argument...) (call parameter) at ./main.go:26:29
./main.go:26:82:   flow: {heap} ← *{temp}:
./main.go:27:7: &Customer{} escapes to heap in (*Repo).Find:
./main.go:27:7:   flow: c ← &{storage for &Customer{}}:
./main.go:27:7:     from &Customer{} (spill) at ./main.go:27:7
./main.go:27:7:     from c := &Customer{} (assign) at ./main.go:27:4
./main.go:27:7:   flow: {storage for ... argument} ← c:
./main.go:27:7:     from c.ID (dot of pointer) at ./main.go:28:23
./main.go:27:7:     from &c.ID (address-of) at ./main.go:28:21
./main.go:27:7:     from &c.ID (interface-converted) at ./main.go:28:21
./main.go:27:7:     from ... argument (slice-literal-element) at ./main.go:28:20
./main.go:27:7:   flow: {heap} ← {storage for ... argument}:
./main.go:27:7:     from ... argument (spill) at ./main.go:28:20
./main.go:27:7:     from (*sql.Row).Scan(row, ... argument...) (call parameter) at ./main.go:28:20
./main.go:22:7: leaking param content: r
./main.go:22:21: leaking param: ctx
./main.go:26:29: ... argument does not escape
./main.go:26:82: id escapes to heap
./main.go:27:7: &Customer{} escapes to heap
./main.go:28:20: ... argument does not escape
./main.go:32:25: ... argument does not escape
./main.go:32:41: id escapes to heap
./main.go:45:2: (*Repo).Rename capturing by value: .autotmp_9 (addr=false assign=false width=8)
./main.go:37:7: parameter r leaks to {heap} for (*Repo).Rename with derefs=1:
./main.go:37:7:   flow: {heap} ← *r:
./main.go:37:7:     from r.db (dot of pointer) at ./main.go:41:14
./main.go:37:7:     from (*sql.DB).BeginTx(r.db, ctx, &sql.TxOptions{...}) (call parameter) at ./main.go:41:25
./main.go:37:23: parameter ctx leaks to {heap} for (*Repo).Rename with derefs=0:
./main.go:37:23:   flow: {heap} ← ctx:
./main.go:37:23:     from (*sql.DB).BeginTx(r.db, ctx, &sql.TxOptions{...}) (call parameter) at ./main.go:41:25
./main.go:46:80: name escapes to heap in (*Repo).Rename:
./main.go:46:80:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:46:80:     from name (spill) at ./main.go:46:80
./main.go:46:80:     from ... argument (slice-literal-element) at ./main.go:46:28
./main.go:46:80:   flow: {heap} ← {storage for ... argument}:
./main.go:46:80:     from ... argument (spill) at ./main.go:46:28
./main.go:46:80:     from (*sql.Tx).ExecContext(tx, ctx, "UPDATE customers SET name = ? WHERE id = ?", ... argument...) (call parameter) at ./main.go:46:28
./main.go:46:86: id escapes to heap in (*Repo).Rename:
./main.go:46:86:   flow: {storage for ... argument} ← &{storage for id}:
./main.go:46:86:     from id (spill) at ./main.go:46:86
./main.go:46:86:     from ... argument (slice-literal-element) at ./main.go:46:28
./main.go:46:86:   flow: {heap} ← {storage for ... argument}:
./main.go:46:86:     from ... argument (spill) at ./main.go:46:28
./main.go:46:86:     from (*sql.Tx).ExecContext(tx, ctx, "UPDATE customers SET name = ? WHERE id = ?", ... argument...) (call parameter) at ./main.go:46:28
./main.go:37:54: parameter name leaks to {storage for name} for (*Repo).Rename with derefs=0:
./main.go:37:54:   flow: {storage for name} ← name:
./main.go:37:54:     from name (interface-converted) at ./main.go:46:80
./main.go:37:7: leaking param content: r
./main.go:37:23: leaking param: ctx
./main.go:37:54: leaking param: name
./main.go:41:31: &sql.TxOptions{...} does not escape
./main.go:46:28: ... argument does not escape
./main.go:46:80: name escapes to heap
./main.go:46:86: id escapes to heap
./main.go:60:25: sql.Drivers() escapes to heap in main:
./main.go:60:25:   flow: {storage for ... argument} ← &{storage for sql.Drivers()}:
./main.go:60:25:     from sql.Drivers() (spill) at ./main.go:60:25
./main.go:60:25:     from ... argument (slice-literal-element) at ./main.go:60:13
./main.go:60:25:   flow: {heap} ← {storage for ... argument}:
./main.go:60:25:     from ... argument (spill) at ./main.go:60:13
./main.go:60:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:60:13
./main.go:57:7: &Repo{} does not escape
./main.go:59:13: ... argument does not escape
./main.go:60:13: ... argument does not escape
./main.go:60:25: sql.Drivers() escapes to heap
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.interface { Error() string }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:68:33
$GOROOT/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:68:31
$GOROOT/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.interface { Error() string }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.interface { Error() string }]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:68:30
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.interface { Error() string }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:64:72
$GOROOT/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:64:70
$GOROOT/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.interface { Error() string }]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:69
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.interface { Error() string }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:61:53
$GOROOT/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:61:51
$GOROOT/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.interface { Error() string }]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:50
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.interface { Error() string }]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at $GOROOT/src/sync/atomic/type.go:58:60
$GOROOT/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at $GOROOT/src/sync/atomic/type.go:58:58
$GOROOT/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:57
$GOROOT/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[error]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:67:7:     from (*atomic.Pointer[go.shape.interface { Error() string }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[error], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[error]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
$GOROOT/src/sync/atomic/type.go:67:37:     from (*atomic.Pointer[go.shape.interface { Error() string }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[error], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[error]).CompareAndSwap with derefs=0:
$GOROOT/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:67:42:     from (*atomic.Pointer[go.shape.interface { Error() string }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[error], atomic.old, atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:67:6
$GOROOT/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[error]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:64:7:     from (*atomic.Pointer[go.shape.interface { Error() string }]).Swap(atomic.x, &atomic..dict.Pointer[error], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[error]).Swap with derefs=0:
$GOROOT/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
$GOROOT/src/sync/atomic/type.go:64:27:     from (*atomic.Pointer[go.shape.interface { Error() string }]).Swap(atomic.x, &atomic..dict.Pointer[error], atomic.new) (call parameter) at $GOROOT/src/sync/atomic/type.go:64:6
$GOROOT/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[error]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:61:7:     from (*atomic.Pointer[go.shape.interface { Error() string }]).Store(atomic.x, &atomic..dict.Pointer[error], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[error]).Store with derefs=0:
$GOROOT/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
$GOROOT/src/sync/atomic/type.go:61:28:     from (*atomic.Pointer[go.shape.interface { Error() string }]).Store(atomic.x, &atomic..dict.Pointer[error], atomic.val) (call parameter) at $GOROOT/src/sync/atomic/type.go:61:6
$GOROOT/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[error]).Load with derefs=0:
$GOROOT/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
$GOROOT/src/sync/atomic/type.go:58:7:     from (*atomic.Pointer[go.shape.interface { Error() string }]).Load(atomic.x, &atomic..dict.Pointer[error]) (call parameter) at $GOROOT/src/sync/atomic/type.go:58:6
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
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for interface { Error() string }.Error with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Error() (call parameter) at <autogenerated>:1
