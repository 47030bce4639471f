./main.go:17:23: parameter a leaks to {heap} for byDeptThenSalary with derefs=0:
./main.go:17:23:   flow: {heap} ← a:
./main.go:17:23:     from a.Dept (dot) at ./main.go:19:20
./main.go:17:23:     from strings.Compare(a.Dept, b.Dept) (call parameter) at ./main.go:19:18
./main.go:17:26: parameter b leaks to {heap} for byDeptThenSalary with derefs=0:
./main.go:17:26:   flow: {heap} ← b:
./main.go:17:26:     from b.Dept (dot) at ./main.go:19:28
./main.go:17:26:     from strings.Compare(a.Dept, b.Dept) (call parameter) at ./main.go:19:18
./main.go:17:23: leaking param: a
./main.go:17:26: leaking param: b
./main.go:18:15: ... argument does not escape
$GOROOT/src/slices/zsortanyfunc.go:13:23: slices.insertionSortCmpFunc[go.shape.struct { Name string; Dept string; Salary int }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:13:23: slices.insertionSortCmpFunc[go.shape.struct { Name string; Dept string; Salary int }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
$GOROOT/src/slices/zsortanyfunc.go:10:34: parameter slices.data leaks to {heap} for insertionSortCmpFunc[go.shape.struct { Name string; Dept string; Salary int }] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:10:34:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:10:34:     from slices.data[slices.j] (dot of pointer) at $GOROOT/src/slices/zsortanyfunc.go:12:33
$GOROOT/src/slices/zsortanyfunc.go:10:34:     from slices.cmp(slices.data[slices.j], slices.data[slices.j - 1]) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:12:28
$GOROOT/src/slices/zsortanyfunc.go:331:24: slices.swapRangeCmpFunc[go.shape.struct { Name string; Dept string; Salary int }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
$GOROOT/src/slices/zsortanyfunc.go:331:24: slices.swapRangeCmpFunc[go.shape.struct { Name string; Dept string; Salary int }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
$GOROOT/src/slices/zsortanyfunc.go:398:23: slices.symMergeCmpFunc[go.shape.struct { Name string; Dept string; Salary int }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k + 1] = slices.data[slices.k + 1], slices.data[slices.k]
$GOROOT/src/slices/zsortanyfunc.go:398:23: slices.symMergeCmpFunc[go.shape.struct { Name string; Dept string; Salary int }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k + 1] = slices.data[slices.k + 1], slices.data[slices.k]
$GOROOT/src/slices/zsortanyfunc.go:422:23: slices.symMergeCmpFunc[go.shape.struct { Name string; Dept string; Salary int }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k - 1] = slices.data[slices.k - 1], slices.data[slices.k]
$GOROOT/src/slices/zsortanyfunc.go:422:23: slices.symMergeCmpFunc[go.shape.struct { Name string; Dept string; Salary int }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k - 1] = slices.data[slices.k - 1], slices.data[slices.k]
$GOROOT/src/slices/zsortanyfunc.go:378:29: parameter slices.data leaks to {heap} for symMergeCmpFunc[go.shape.struct { Name string; Dept string; Salary int }] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:378:29:   flow: {heap} ← *slices.data:
$GOROOT/src/slices/zsortanyfunc.go:378:29:     from slices.data[slices.h] (dot of pointer) at $GOROOT/src/slices/zsortanyfunc.go:390:15
$GOROOT/src/slices/zsortanyfunc.go:378:29:     from slices.cmp(slices.data[slices.h], slices.data[slices.a]) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:390:10
$GOROOT/src/slices/zsortanyfunc.go:335:27: parameter slices.data leaks to {heap} for stableCmpFunc[go.shape.struct { Name string; Dept string; Salary int }] with derefs=1:
$GOROOT/src/slices/zsortanyfunc.go:335:27:   flow: {temp} ← slices.data:
$GOROOT/src/slices/zsortanyfunc.go:335:27:     from slices.insertionSortCmpFunc[go.shape.struct { Name string; Dept string; Salary int }]((*[2]uintptr)(slices..dict[0]), slices.data, slices.a, slices.b, slices.cmp) (call parameter) at $GOROOT/src/slices/zsortanyfunc.go:339:23
$GOROOT/src/slices/zsortanyfunc.go:335:27:   flow: {heap} ← *{temp}:
$GOROOT/src/slices/sort.go:37:36: parameter slices.x leaks to {heap} for SortStableFunc[go.shape.[]main.Employee,go.shape.struct { Name string; Dept string; Salary int }] with derefs=1:
$GOROOT/src/slices/sort.go:37:36:   flow: {temp} ← slices.x:
$GOROOT/src/slices/sort.go:37:36:     from slices.stableCmpFunc[go.shape.struct { Name string; Dept string; Salary int }]((*[4]uintptr)(slices..dict[0]), slices.x, len(slices.x), slices.cmp) (call parameter) at $GOROOT/src/slices/sort.go:38:15
$GOROOT/src/slices/sort.go:37:36:   flow: {heap} ← *{temp}:
$GOROOT/src/slices/sort.go:111:9: "slices.MaxFunc: empty list" escapes to heap in MaxFunc[go.shape.[]main.Employee,go.shape.struct { Name string; Dept string; Salary int }]:
$GOROOT/src/slices/sort.go:111:9:   flow: {heap} ← &{storage for "slices.MaxFunc: empty list"}:
$GOROOT/src/slices/sort.go:111:9:     from "slices.MaxFunc: empty list" (spill) at $GOROOT/src/slices/sort.go:111:9
$GOROOT/src/slices/sort.go:111:9:     from panic("slices.MaxFunc: empty list") (call parameter) at $GOROOT/src/slices/sort.go:111:8
$GOROOT/src/slices/sort.go:109:29: parameter slices.x leaks to {heap} for MaxFunc[go.shape.[]main.Employee,go.shape.struct { Name string; Dept string; Salary int }] with derefs=1:
$GOROOT/src/slices/sort.go:109:29:   flow: {heap} ← *slices.x:
$GOROOT/src/slices/sort.go:109:29:     from slices.x[slices.i] (dot of pointer) at $GOROOT/src/slices/sort.go:115:11
$GOROOT/src/slices/sort.go:109:29:     from slices.cmp(slices.x[slices.i], slices.m) (call parameter) at $GOROOT/src/slices/sort.go:115:9
$GOROOT/src/slices/sort.go:109:29: parameter slices.x leaks to slices.~r0 for MaxFunc[go.shape.[]main.Employee,go.shape.struct { Name string; Dept string; Salary int }] with derefs=1:
$GOROOT/src/slices/sort.go:109:29:   flow: slices.m ← *slices.x:
$GOROOT/src/slices/sort.go:109:29:     from slices.x[0] (dot of pointer) at $GOROOT/src/slices/sort.go:113:8
$GOROOT/src/slices/sort.go:109:29:     from slices.m := slices.x[0] (assign) at $GOROOT/src/slices/sort.go:113:4
$GOROOT/src/slices/sort.go:109:29:   flow: slices.~r0 ← slices.m:
$GOROOT/src/slices/sort.go:109:29:     from return slices.m (return) at $GOROOT/src/slices/sort.go:119:2
$GOROOT/src/slices/sort.go:111:9: "slices.MaxFunc: empty list" escapes to heap
./main.go:33:36: a does not escape
./main.go:33:39: b does not escape
$GOROOT/src/slices/sort.go:152:41: parameter slices.x leaks to {heap} for BinarySearchFunc[go.shape.[]main.Employee,go.shape.struct { Name string; Dept string; Salary int },go.shape.string] with derefs=1:
$GOROOT/src/slices/sort.go:152:41:   flow: {heap} ← *slices.x:
$GOROOT/src/slices/sort.go:152:41:     from slices.x[slices.h] (dot of pointer) at $GOROOT/src/slices/sort.go:160:11
$GOROOT/src/slices/sort.go:152:41:     from slices.cmp(slices.x[slices.h], slices.target) (call parameter) at $GOROOT/src/slices/sort.go:160:9
$GOROOT/src/slices/sort.go:152:46: parameter slices.target leaks to {heap} for BinarySearchFunc[go.shape.[]main.Employee,go.shape.struct { Name string; Dept string; Salary int },go.shape.string] with derefs=0:
$GOROOT/src/slices/sort.go:152:46:   flow: {heap} ← slices.target:
$GOROOT/src/slices/sort.go:152:46:     from slices.cmp(slices.x[slices.h], slices.target) (call parameter) at $GOROOT/src/slices/sort.go:160:9
./main.go:35:57: parameter e leaks to {heap} for main.func2 with derefs=0:
./main.go:35:57:   flow: {heap} ← e:
./main.go:35:57:     from e.Dept (dot) at ./main.go:36:27
./main.go:35:57:     from strings.Compare(e.Dept, d) (call parameter) at ./main.go:36:25
./main.go:35:69: parameter d leaks to {heap} for main.func2 with derefs=0:
./main.go:35:69:   flow: {heap} ← d:
./main.go:35:69:     from strings.Compare(e.Dept, d) (call parameter) at ./main.go:36:25
./main.go:35:57: leaking param: e
./main.go:35:69: leaking param: d
./main.go:31:16: e.Dept escapes to heap in main:
./main.go:31:16:   flow: {storage for ... argument} ← &{storage for e.Dept}:
./main.go:31:16:     from e.Dept (spill) at ./main.go:31:16
./main.go:31:16:     from ... argument (slice-literal-element) at ./main.go:31:14
./main.go:31:16:   flow: {heap} ← {storage for ... argument}:
./main.go:31:16:     from ... argument (spill) at ./main.go:31:14
./main.go:31:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:14
./main.go:31:24: e.Name escapes to heap in main:
./main.go:31:24:   flow: {storage for ... argument} ← &{storage for e.Name}:
./main.go:31:24:     from e.Name (spill) at ./main.go:31:24
./main.go:31:24:     from ... argument (slice-literal-element) at ./main.go:31:14
./main.go:31:24:   flow: {heap} ← {storage for ... argument}:
./main.go:31:24:     from ... argument (spill) at ./main.go:31:14
./main.go:31:24:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:14
./main.go:31:32: e.Salary escapes to heap in main:
./main.go:31:32:   flow: {storage for ... argument} ← &{storage for e.Salary}:
./main.go:31:32:     from e.Salary (spill) at ./main.go:31:32
./main.go:31:32:     from ... argument (slice-literal-element) at ./main.go:31:14
./main.go:31:32:   flow: {heap} ← {storage for ... argument}:
./main.go:31:32:     from ... argument (spill) at ./main.go:31:14
./main.go:31:32:     from fmt.Println(... argument...) (call parameter) at ./main.go:31:14
./main.go:34:14: "top:" escapes to heap in main:
./main.go:34:14:   flow: {storage for ... argument} ← &{storage for "top:"}:
./main.go:34:14:     from "top:" (spill) at ./main.go:34:14
./main.go:34:14:     from ... argument (slice-literal-element) at ./main.go:34:13
./main.go:34:14:   flow: {heap} ← {storage for ... argument}:
./main.go:34:14:     from ... argument (spill) at ./main.go:34:13
./main.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:34:13
./main.go:34:25: top.Name escapes to heap in main:
./main.go:34:25:   flow: {storage for ... argument} ← &{storage for top.Name}:
./main.go:34:25:     from top.Name (spill) at ./main.go:34:25
./main.go:34:25:     from ... argument (slice-literal-element) at ./main.go:34:13
./main.go:34:25:   flow: {heap} ← {storage for ... argument}:
./main.go:34:25:     from ... argument (spill) at ./main.go:34:13
./main.go:34:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:34:13
./main.go:38:14: i escapes to heap in main:
./main.go:38:14:   flow: {storage for ... argument} ← &{storage for i}:
./main.go:38:14:     from i (spill) at ./main.go:38:14
./main.go:38:14:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:14:   flow: {heap} ← {storage for ... argument}:
./main.go:38:14:     from ... argument (spill) at ./main.go:38:13
./main.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:38:17: found escapes to heap in main:
./main.go:38:17:   flow: {storage for ... argument} ← &{storage for found}:
./main.go:38:17:     from found (spill) at ./main.go:38:17
./main.go:38:17:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:17:   flow: {heap} ← {storage for ... argument}:
./main.go:38:17:     from ... argument (spill) at ./main.go:38:13
./main.go:38:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:38:27: 1 escapes to heap in main:
./main.go:38:27:   flow: {storage for ... argument} ← &{storage for 1}:
./main.go:38:27:     from 1 (spill) at ./main.go:38:27
./main.go:38:27:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:27:   flow: {heap} ← {storage for ... argument}:
./main.go:38:27:     from ... argument (spill) at ./main.go:38:13
./main.go:38:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:38:41: "b" escapes to heap in main:
./main.go:38:41:   flow: {storage for ... argument} ← &{storage for "b"}:
./main.go:38:41:     from "b" (spill) at ./main.go:38:41
./main.go:38:41:     from ... argument (slice-literal-element) at ./main.go:38:13
./main.go:38:41:   flow: {heap} ← {storage for ... argument}:
./main.go:38:41:     from ... argument (spill) at ./main.go:38:13
./main.go:38:41:     from fmt.Println(... argument...) (call parameter) at ./main.go:38:13
./main.go:26:21: []Employee{...} does not escape
./main.go:31:14: ... argument does not escape
./main.go:31:16: e.Dept escapes to heap
./main.go:31:24: e.Name escapes to heap
./main.go:31:32: e.Salary escapes to heap
./main.go:33:31: func literal does not escape
./main.go:34:13: ... argument does not escape
./main.go:34:14: "top:" escapes to heap
./main.go:34:25: top.Name escapes to heap
./main.go:35:52: func literal does not escape
./main.go:38:13: ... argument does not escape
./main.go:38:14: i escapes to heap
./main.go:38:17: found escapes to heap
./main.go:38:27: 1 escapes to heap
./main.go:38:41: "b" escapes to heap
$GOROOT/src/slices/sort.go:152:41: parameter slices.x leaks to {heap} for BinarySearchFunc[[]main.Employee,main.Employee,string] with derefs=1:
$GOROOT/src/slices/sort.go:152:41:   flow: {heap} ← *slices.x:
$GOROOT/src/slices/sort.go:152:41:     from slices.BinarySearchFunc[go.shape.[]main.Employee,go.shape.struct { Name string; Dept string; Salary int },go.shape.string](&slices..dict.BinarySearchFunc[[]main.Employee,main.Employee,string], slices.x, slices.target, slices.cmp) (call parameter) at $GOROOT/src/slices/sort.go:152:6
$GOROOT/src/slices/sort.go:152:46: parameter slices.target leaks to {heap} for BinarySearchFunc[[]main.Employee,main.Employee,string] with derefs=0:
$GOROOT/src/slices/sort.go:152:46:   flow: {heap} ← slices.target:
$GOROOT/src/slices/sort.go:152:46:     from slices.BinarySearchFunc[go.shape.[]main.Employee,go.shape.struct { Name string; Dept string; Salary int },go.shape.string](&slices..dict.BinarySearchFunc[[]main.Employee,main.Employee,string], slices.x, slices.target, slices.cmp) (call parameter) at $GOROOT/src/slices/sort.go:152:6
$GOROOT/src/slices/sort.go:109:29: parameter slices.x leaks to {heap} for MaxFunc[[]main.Employee,main.Employee] with derefs=1:
$GOROOT/src/slices/sort.go:109:29:   flow: {heap} ← *slices.x:
$GOROOT/src/slices/sort.go:109:29:     from slices.MaxFunc[go.shape.[]main.Employee,go.shape.struct { Name string; Dept string; Salary int }](&slices..dict.MaxFunc[[]main.Employee,main.Employee], slices.x, slices.cmp) (call parameter) at $GOROOT/src/slices/sort.go:109:6
$GOROOT/src/slices/sort.go:37:36: parameter slices.x leaks to {heap} for SortStableFunc[[]main.Employee,main.Employee] with derefs=1:
$GOROOT/src/slices/sort.go:37:36:   flow: {temp} ← slices.x:
$GOROOT/src/slices/sort.go:37:36:     from slices.SortStableFunc[go.shape.[]main.Employee,go.shape.struct { Name string; Dept string; Salary int }](&slices..dict.SortStableFunc[[]main.Employee,main.Employee], slices.x, slices.cmp) (call parameter) at $GOROOT/src/slices/sort.go:37:6
$GOROOT/src/slices/sort.go:37:36:   flow: {heap} ← *{temp}:
