./main.go:8:56: "<" + string(n) + ">" escapes to heap in name.String:
./main.go:8:56:   flow: ~r0 ← &{storage for "<" + string(n) + ">"}:
./main.go:8:56:     from "<" + string(n) + ">" (spill) at ./main.go:8:56
./main.go:8:56:     from return "<" + string(n) + ">" (return) at ./main.go:8:33
./main.go:8:7: n does not escape
./main.go:8:56: "<" + string(n) + ">" escapes to heap
./main.go:10:27: parameter xs leaks to {heap} for Join[go.shape.string] with derefs=1:
./main.go:10:27:   flow: {temp} ← xs:
./main.go:10:27:   flow: x ← *{temp}:
./main.go:10:27:     from for loop (range-deref) at ./main.go:12:14
./main.go:10:27:   flow: {heap} ← x:
./main.go:10:27:     from (func(go.shape.string) string)(&.dict[0])(x) (call parameter) at ./main.go:13:16
./main.go:19:21: []name{...} does not escape
./main.go:10:27: parameter xs leaks to {heap} for Join[main.name] with derefs=1:
./main.go:10:27:   flow: {heap} ← *xs:
./main.go:10:27:     from Join[go.shape.string](&.dict.Join[main.name], xs) (call parameter) at ./main.go:10:6
