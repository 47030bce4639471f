./main.go:24:40: reflect.Value.Kind(v) escapes to heap in describe:
./main.go:24:40:   flow: {storage for ... argument} ← &{storage for reflect.Value.Kind(v)}:
./main.go:24:40:     from reflect.Value.Kind(v) (spill) at ./main.go:24:40
./main.go:24:40:     from ... argument (slice-literal-element) at ./main.go:24:21
./main.go:24:40:   flow: {heap} ← {storage for ... argument}:
./main.go:24:40:     from ... argument (spill) at ./main.go:24:21
./main.go:24:40:     from fmt.Sprintf("%s of %d", ... argument...) (call parameter) at ./main.go:24:21
./main.go:24:49: reflect.Value.Len(v) escapes to heap in describe:
./main.go:24:49:   flow: {storage for ... argument} ← &{storage for reflect.Value.Len(v)}:
./main.go:24:49:     from reflect.Value.Len(v) (spill) at ./main.go:24:49
./main.go:24:49:     from ... argument (slice-literal-element) at ./main.go:24:21
./main.go:24:49:   flow: {heap} ← {storage for ... argument}:
./main.go:24:49:     from ... argument (spill) at ./main.go:24:21
./main.go:24:49:     from fmt.Sprintf("%s of %d", ... argument...) (call parameter) at ./main.go:24:21
./main.go:26:51: reflect.Value.MapKeys(v) escapes to heap in describe:
./main.go:26:51:   flow: {storage for ... argument} ← &{storage for reflect.Value.MapKeys(v)}:
./main.go:26:51:     from reflect.Value.MapKeys(v) (spill) at ./main.go:26:51
./main.go:26:51:     from ... argument (slice-literal-element) at ./main.go:26:21
./main.go:26:51:   flow: {heap} ← {storage for ... argument}:
./main.go:26:51:     from ... argument (spill) at ./main.go:26:21
./main.go:26:51:     from fmt.Sprintf("map with keys %v", ... argument...) (call parameter) at ./main.go:26:21
./main.go:28:63: .autotmp_3.Name() escapes to heap in describe:
./main.go:28:63:   flow: {storage for ... argument} ← &{storage for .autotmp_3.Name()}:
./main.go:28:63:     from .autotmp_3.Name() (spill) at ./main.go:28:63
./main.go:28:63:     from ... argument (slice-literal-element) at ./main.go:28:21
./main.go:28:63:   flow: {heap} ← {storage for ... argument}:
./main.go:28:63:     from ... argument (spill) at ./main.go:28:21
./main.go:28:63:     from fmt.Sprintf("struct %s with %d fields", ... argument...) (call parameter) at ./main.go:28:21
./main.go:28:77: reflect.Value.NumField(v) escapes to heap in describe:
./main.go:28:77:   flow: {storage for ... argument} ← &{storage for reflect.Value.NumField(v)}:
./main.go:28:77:     from reflect.Value.NumField(v) (spill) at ./main.go:28:77
./main.go:28:77:     from ... argument (slice-literal-element) at ./main.go:28:21
./main.go:28:77:   flow: {heap} ← {storage for ... argument}:
./main.go:28:77:     from ... argument (spill) at ./main.go:28:21
./main.go:28:77:     from fmt.Sprintf("struct %s with %d fields", ... argument...) (call parameter) at ./main.go:28:21
./main.go:22:24: "pointer to " + reflect.Kind.String(reflect.Value.Kind(reflect.Value.Elem(v))) escapes to heap in describe:
./main.go:22:24:   flow: ~r0 ← &{storage for "pointer to " + reflect.Kind.String(reflect.Value.Kind(reflect.Value.Elem(v)))}:
./main.go:22:24:     from "pointer to " + reflect.Kind.String(reflect.Value.Kind(reflect.Value.Elem(v))) (spill) at ./main.go:22:24
./main.go:22:24:     from return "pointer to " + reflect.Kind.String(reflect.Value.Kind(reflect.Value.Elem(v))) (return) at ./main.go:22:3
./main.go:15:15: x does not escape
./main.go:22:24: "pointer to " + reflect.Kind.String(reflect.Value.Kind(reflect.Value.Elem(v))) escapes to heap
./main.go:24:21: ... argument does not escape
./main.go:24:40: reflect.Value.Kind(v) escapes to heap
./main.go:24:49: reflect.Value.Len(v) escapes to heap
./main.go:26:21: ... argument does not escape
./main.go:26:51: reflect.Value.MapKeys(v) escapes to heap
./main.go:28:21: ... argument does not escape
./main.go:28:63: .autotmp_3.Name() escapes to heap
./main.go:28:77: reflect.Value.NumField(v) escapes to heap
./main.go:36:16: a == b escapes to heap in main:
./main.go:36:16:   flow: {storage for ... argument} ← &{storage for a == b}:
./main.go:36:16:     from a == b (spill) at ./main.go:36:16
./main.go:36:16:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:16:   flow: {heap} ← {storage for ... argument}:
./main.go:36:16:     from ... argument (spill) at ./main.go:36:13
./main.go:36:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:36:39: reflect.DeepEqual(a, b) escapes to heap in main:
./main.go:36:39:   flow: {storage for ... argument} ← &{storage for reflect.DeepEqual(a, b)}:
./main.go:36:39:     from reflect.DeepEqual(a, b) (spill) at ./main.go:36:39
./main.go:36:39:     from ... argument (slice-literal-element) at ./main.go:36:13
./main.go:36:39:   flow: {heap} ← {storage for ... argument}:
./main.go:36:39:     from ... argument (spill) at ./main.go:36:13
./main.go:36:39:     from fmt.Println(... argument...) (call parameter) at ./main.go:36:13
./main.go:34:7: &Node{...} escapes to heap in main:
./main.go:34:7:   flow: a ← &{storage for &Node{...}}:
./main.go:34:7:     from &Node{...} (spill) at ./main.go:34:7
./main.go:34:7:     from a := &Node{...} (assign) at ./main.go:34:4
./main.go:34:7:   flow: {heap} ← a:
./main.go:34:7:     from a (interface-converted) at ./main.go:36:40
./main.go:34:7:     from reflect.DeepEqual(a, b) (call parameter) at ./main.go:36:39
./main.go:35:7: &Node{...} escapes to heap in main:
./main.go:35:7:   flow: b ← &{storage for &Node{...}}:
./main.go:35:7:     from &Node{...} (spill) at ./main.go:35:7
./main.go:35:7:     from b := &Node{...} (assign) at ./main.go:35:4
./main.go:35:7:   flow: {heap} ← b:
./main.go:35:7:     from b (interface-converted) at ./main.go:36:43
./main.go:35:7:     from reflect.DeepEqual(a, b) (call parameter) at ./main.go:36:39
./main.go:38:23: describe(x) escapes to heap in main:
./main.go:38:23:   flow: {storage for ... argument} ← &{storage for describe(x)}:
./main.go:38:23:     from describe(x) (spill) at ./main.go:38:23
./main.go:38:23:     from ... argument (slice-literal-element) at ./main.go:38:14
./main.go:38:23:   flow: {heap} ← {storage for ... argument}:
./main.go:38:23:     from ... argument (spill) at ./main.go:38:14
./main.go:38:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:14
./main.go:35:44: []*Node{...} escapes to heap in main:
./main.go:35:44:   flow: {storage for &Node{...}} ← &{storage for []*Node{...}}:
./main.go:35:44:     from []*Node{...} (spill) at ./main.go:35:44
./main.go:35:44:     from Node{...} (struct literal element) at ./main.go:35:12
./main.go:35:45: &Node{...} escapes to heap in main:
./main.go:35:45:   flow: {storage for []*Node{...}} ← &{storage for &Node{...}}:
./main.go:35:45:     from &Node{...} (spill) at ./main.go:35:45
./main.go:35:45:     from []*Node{...} (slice-literal-element) at ./main.go:35:44
./main.go:34:44: []*Node{...} escapes to heap in main:
./main.go:34:44:   flow: {storage for &Node{...}} ← &{storage for []*Node{...}}:
./main.go:34:44:     from []*Node{...} (spill) at ./main.go:34:44
./main.go:34:44:     from Node{...} (struct literal element) at ./main.go:34:12
./main.go:34:45: &Node{...} escapes to heap in main:
./main.go:34:45:   flow: {storage for []*Node{...}} ← &{storage for &Node{...}}:
./main.go:34:45:     from &Node{...} (spill) at ./main.go:34:45
./main.go:34:45:     from []*Node{...} (slice-literal-element) at ./main.go:34:44
./main.go:34:7: &Node{...} escapes to heap
./main.go:34:44: []*Node{...} escapes to heap
./main.go:34:45: &Node{...} escapes to heap
./main.go:35:7: &Node{...} escapes to heap
./main.go:35:44: []*Node{...} escapes to heap
./main.go:35:45: &Node{...} escapes to heap
./main.go:36:13: ... argument does not escape
./main.go:36:16: a == b escapes to heap
./main.go:36:39: reflect.DeepEqual(a, b) escapes to heap
./main.go:37:25: []any{...} does not escape
./main.go:37:29: *a does not escape
./main.go:37:34: a.Children does not escape
./main.go:37:59: map[string]int{...} does not escape
./main.go:37:69: 3.5 does not escape
./main.go:38:14: ... argument does not escape
./main.go:38:23: describe(x) escapes to heap
./main.go:40:13: ... argument does not escape
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
