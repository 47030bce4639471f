./main.go:14:7: c does not escape
./main.go:15:7: c does not escape
./main.go:16:7: c does not escape
./main.go:21:42: name escapes to heap in invoke:
./main.go:21:42:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:21:42:     from name (spill) at ./main.go:21:42
./main.go:21:42:     from ... argument (slice-literal-element) at ./main.go:21:25
./main.go:21:42:   flow: {heap} ← {storage for ... argument}:
./main.go:21:42:     from ... argument (spill) at ./main.go:21:25
./main.go:21:42:     from fmt.Errorf("no method %s", ... argument...) (call parameter) at ./main.go:21:25
./main.go:18:13: parameter obj leaks to {heap} for invoke with derefs=0:
./main.go:18:13:   flow: m ← obj:
./main.go:18:13:     from reflect.ValueOf(obj) (call parameter) at ./main.go:19:22
./main.go:18:13:     from reflect.Value.MethodByName(reflect.ValueOf(obj), name) (call parameter) at ./main.go:19:40
./main.go:18:13:     from m := reflect.Value.MethodByName(reflect.ValueOf(obj), name) (assign) at ./main.go:19:4
./main.go:18:13:   flow: {heap} ← m:
./main.go:18:13:     from reflect.Value.Call(m, in) (call parameter) at ./main.go:28:26
./main.go:18:35: parameter args leaks to {heap} for invoke with derefs=1:
./main.go:18:35:   flow: {temp} ← args:
./main.go:18:35:   flow: a ← *{temp}:
./main.go:18:35:     from for loop (range-deref) at ./main.go:24:14
./main.go:18:35:   flow: {heap} ← a:
./main.go:18:35:     from reflect.ValueOf(a) (call parameter) at ./main.go:25:26
./main.go:18:35:     from in[i] = reflect.ValueOf(a) (assign) at ./main.go:25:9
./main.go:18:22: parameter name leaks to {storage for name} for invoke with derefs=0:
./main.go:18:22:   flow: {storage for name} ← name:
./main.go:18:22:     from name (interface-converted) at ./main.go:21:42
./main.go:29:15: append(out, reflect.Value.Interface(r)) escapes to heap in invoke:
./main.go:29:15:   flow: out ← &{storage for append(out, reflect.Value.Interface(r))}:
./main.go:29:15:     from append(out, reflect.Value.Interface(r)) (spill) at ./main.go:29:15
./main.go:29:15:     from out = append(out, reflect.Value.Interface(r)) (assign) at ./main.go:29:7
./main.go:29:15:   flow: ~r0 ← out:
./main.go:29:15:     from return out, nil (return) at ./main.go:31:2
./main.go:18:13: leaking param: obj
./main.go:18:22: leaking param: name
./main.go:18:35: leaking param content: args
./main.go:21:25: ... argument does not escape
./main.go:21:42: name escapes to heap
./main.go:23:12: make([]reflect.Value, len(args)) does not escape
./main.go:29:15: append escapes to heap
./main.go:42:14: names escapes to heap in main:
./main.go:42:14:   flow: {storage for ... argument} ← &{storage for names}:
./main.go:42:14:     from names (spill) at ./main.go:42:14
./main.go:42:14:     from ... argument (slice-literal-element) at ./main.go:42:13
./main.go:42:14:   flow: {heap} ← {storage for ... argument}:
./main.go:42:14:     from ... argument (spill) at ./main.go:42:13
./main.go:42:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:42:13
./main.go:43:13: .autotmp_4 escapes to heap in main:
./main.go:43:13:   flow: {storage for ... argument} ← &{storage for .autotmp_4}:
./main.go:43:13:     from .autotmp_4 (spill) at ./main.go:43:13
./main.go:43:13:     from ... argument (slice-literal-element) at ./main.go:43:13
./main.go:43:13:   flow: {heap} ← {storage for ... argument}:
./main.go:43:13:     from ... argument (spill) at ./main.go:43:13
./main.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./main.go:43:13
./main.go:35:7: &Calculator{} escapes to heap in main:
./main.go:35:7:   flow: c ← &{storage for &Calculator{}}:
./main.go:35:7:     from &Calculator{} (spill) at ./main.go:35:7
./main.go:35:7:     from c := &Calculator{} (assign) at ./main.go:35:4
./main.go:35:7:   flow: {heap} ← c:
./main.go:35:7:     from c (interface-converted) at ./main.go:43:21
./main.go:35:7:     from invoke(c, "Add", ... argument...) (call parameter) at ./main.go:43:20
./main.go:43:31: 2 escapes to heap in main:
./main.go:43:31:   flow: {storage for ... argument} ← &{storage for 2}:
./main.go:43:31:     from 2 (spill) at ./main.go:43:31
./main.go:43:31:     from ... argument (slice-literal-element) at ./main.go:43:20
./main.go:43:31:   flow: {heap} ← {storage for ... argument}:
./main.go:43:31:     from ... argument (spill) at ./main.go:43:20
./main.go:43:31:     from invoke(c, "Add", ... argument...) (call parameter) at ./main.go:43:20
./main.go:44:13: .autotmp_6 escapes to heap in main:
./main.go:44:13:   flow: {storage for ... argument} ← &{storage for .autotmp_6}:
./main.go:44:13:     from .autotmp_6 (spill) at ./main.go:44:13
./main.go:44:13:     from ... argument (slice-literal-element) at ./main.go:44:13
./main.go:44:13:   flow: {heap} ← {storage for ... argument}:
./main.go:44:13:     from ... argument (spill) at ./main.go:44:13
./main.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./main.go:44:13
./main.go:44:31: 10 escapes to heap in main:
./main.go:44:31:   flow: {storage for ... argument} ← &{storage for 10}:
./main.go:44:31:     from 10 (spill) at ./main.go:44:31
./main.go:44:31:     from ... argument (slice-literal-element) at ./main.go:44:20
./main.go:44:31:   flow: {heap} ← {storage for ... argument}:
./main.go:44:31:     from ... argument (spill) at ./main.go:44:20
./main.go:44:31:     from invoke(c, "Mul", ... argument...) (call parameter) at ./main.go:44:20
./main.go:45:13: .autotmp_8 escapes to heap in main:
./main.go:45:13:   flow: {storage for ... argument} ← &{storage for .autotmp_8}:
./main.go:45:13:     from .autotmp_8 (spill) at ./main.go:45:13
./main.go:45:13:     from ... argument (slice-literal-element) at ./main.go:45:13
./main.go:45:13:   flow: {heap} ← {storage for ... argument}:
./main.go:45:13:     from ... argument (spill) at ./main.go:45:13
./main.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./main.go:45:13
./main.go:45:31: 1 escapes to heap in main:
./main.go:45:31:   flow: {storage for ... argument} ← &{storage for 1}:
./main.go:45:31:     from 1 (spill) at ./main.go:45:31
./main.go:45:31:     from ... argument (slice-literal-element) at ./main.go:45:20
./main.go:45:31:   flow: {heap} ← {storage for ... argument}:
./main.go:45:31:     from ... argument (spill) at ./main.go:45:20
./main.go:45:31:     from invoke(c, "Div", ... argument...) (call parameter) at ./main.go:45:20
./main.go:39:17: append(names, t.Method(i).Name) escapes to heap in main:
./main.go:39:17:   flow: names ← &{storage for append(names, t.Method(i).Name)}:
./main.go:39:17:     from append(names, t.Method(i).Name) (spill) at ./main.go:39:17
./main.go:39:17:     from names = append(names, t.Method(i).Name) (assign) at ./main.go:39:9
./main.go:39:17:   flow: {storage for names} ← names:
./main.go:39:17:     from names (interface-converted) at ./main.go:42:14
./main.go:35:7: &Calculator{} escapes to heap
./main.go:39:17: append escapes to heap
./main.go:42:13: ... argument does not escape
./main.go:42:14: names escapes to heap
./main.go:43:13: ... argument does not escape
./main.go:43:20: ... argument does not escape
./main.go:43:31: 2 escapes to heap
./main.go:43:13: .autotmp_4 escapes to heap
./main.go:44:13: ... argument does not escape
./main.go:44:20: ... argument does not escape
./main.go:44:31: 10 escapes to heap
./main.go:44:13: .autotmp_6 escapes to heap
./main.go:45:13: ... argument does not escape
./main.go:45:20: ... argument does not escape
./main.go:45:31: 1 escapes to heap
./main.go:45:13: .autotmp_8 escapes to heap
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
