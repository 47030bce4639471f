./main.go:11:56: "<" + string(n) + ">" escapes to heap in name.String:
./main.go:11:56:   flow: ~r0 ← &{storage for "<" + string(n) + ">"}:
./main.go:11:56:     from "<" + string(n) + ">" (spill) at ./main.go:11:56
./main.go:11:56:     from return "<" + string(n) + ">" (return) at ./main.go:11:33
./main.go:11:7: n does not escape
./main.go:11:56: "<" + string(n) + ">" escapes to heap
./main.go:15:7: parameter n leaks to ~r0 for (*Num).Inc with derefs=0:
./main.go:15:7:   flow: ~r0 ← n:
./main.go:15:7:     from return n (return) at ./main.go:15:34
./main.go:15:7: leaking param: n to result ~r0 level=0
./main.go:21:23: (func(go.shape.string) string)(&.dict[0])(x) escapes to heap in Join[go.shape.string]:
./main.go:21:23:   flow: {storage for ... argument} ← &{storage for (func(go.shape.string) string)(&.dict[0])(x)}:
./main.go:21:23:     from (func(go.shape.string) string)(&.dict[0])(x) (spill) at ./main.go:21:23
./main.go:21:23:     from ... argument (slice-literal-element) at ./main.go:21:14
./main.go:21:23:   flow: {heap} ← {storage for ... argument}:
./main.go:21:23:     from ... argument (spill) at ./main.go:21:14
./main.go:21:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:14
./main.go:17:27: parameter xs leaks to {heap} for Join[go.shape.string] with derefs=1:
./main.go:17:27:   flow: {temp} ← xs:
./main.go:17:27:   flow: x ← *{temp}:
./main.go:17:27:     from for loop (range-deref) at ./main.go:19:14
./main.go:17:27:   flow: {heap} ← x:
./main.go:17:27:     from (func(go.shape.string) string)(&.dict[0])(x) (call parameter) at ./main.go:20:25
./main.go:21:14: ... argument does not escape
./main.go:21:23: (func(go.shape.string) string)(&.dict[0])(x) escapes to heap
./main.go:31:32: parameter xs leaks to {heap} for IncAll[go.shape.int,go.shape.*main.Num] with derefs=0:
./main.go:31:32:   flow: p ← xs:
./main.go:31:32:     from xs[i] (dot of pointer) at ./main.go:33:13
./main.go:31:32:     from &xs[i] (address-of) at ./main.go:33:10
./main.go:31:32:     from p := go.shape.*main.Num(&xs[i]) (assign) at ./main.go:33:5
./main.go:31:32:   flow: {heap} ← p:
./main.go:31:32:     from (func(go.shape.*main.Num) *go.shape.int)(&.dict[0])(p) (call parameter) at ./main.go:34:20
./main.go:34:14: ... argument does not escape
./main.go:40:14: []Num{...} escapes to heap in main:
./main.go:40:14:   flow: {heap} ← &{storage for []Num{...}}:
./main.go:40:14:     from []Num{...} (spill) at ./main.go:40:14
./main.go:40:14:     from IncAll[go.shape.int,go.shape.*main.Num](&.dict.IncAll[main.Num,*main.Num], []Num{...}) (call parameter) at ./main.go:40:8
./main.go:39:21: []name{...} does not escape
./main.go:40:14: []Num{...} escapes to heap
./main.go:31:32: parameter xs leaks to {heap} for IncAll[main.Num,*main.Num] with derefs=0:
./main.go:31:32:   flow: {heap} ← xs:
./main.go:31:32:     from IncAll[go.shape.int,go.shape.*main.Num](&.dict.IncAll[main.Num,*main.Num], xs) (call parameter) at ./main.go:31:6
./main.go:17:27: parameter xs leaks to {heap} for Join[main.name] with derefs=1:
./main.go:17:27:   flow: {heap} ← *xs:
./main.go:17:27:     from Join[go.shape.string](&.dict.Join[main.name], xs) (call parameter) at ./main.go:17:6
