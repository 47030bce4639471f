./main.go:8:31: &T{...} escapes to heap in init.func1:
./main.go:8:31:   flow: ~r0 ← &{storage for &T{...}}:
./main.go:8:31:     from &T{...} (spill) at ./main.go:8:31
./main.go:8:31:     from return &T{...} (return) at ./main.go:8:24
./main.go:8:31: &T{...} escapes to heap
./main.go:10:2: init.func2 capturing by ref: x (addr=false assign=true width=8)
./main.go:11:9: func literal escapes to heap in init.func2:
./main.go:11:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:11:9:     from func literal (spill) at ./main.go:11:9
./main.go:11:9:     from return func literal (return) at ./main.go:11:2
./main.go:10:2: x escapes to heap in init.func2:
./main.go:10:2:   flow: {storage for func literal} ← &x:
./main.go:10:2:     from x (captured by a closure) at ./main.go:11:22
./main.go:10:2:     from x (reference) at ./main.go:11:22
./main.go:10:2: moved to heap: x
./main.go:11:9: func literal escapes to heap
./main.go:6:7: t does not escape
./main.go:13:21: (&T{...}).Get escapes to heap in init:
./main.go:13:21:   flow: {heap} ← &{storage for (&T{...}).Get}:
./main.go:13:21:     from (&T{...}).Get (spill) at ./main.go:13:21
./main.go:13:21:     from getter = (&T{...}).Get (assign) at ./main.go:13:5
./main.go:13:15: &T{...} escapes to heap in init:
./main.go:13:15:   flow: {temp} ← &{storage for &T{...}}:
./main.go:13:15:     from &T{...} (spill) at ./main.go:13:15
./main.go:13:15:   flow: {storage for (&T{...}).Get} ← {temp}:
./main.go:8:12: func literal does not escape
./main.go:9:15: func literal does not escape
./main.go:13:21: (&T{...}).Get escapes to heap
./main.go:13:15: &T{...} escapes to heap
./main.go:14:18: p does not escape
./main.go:17:45: &T{...} escapes to heap in main:
./main.go:17:45:   flow: {heap} ← &{storage for &T{...}}:
./main.go:17:45:     from &T{...} (spill) at ./main.go:17:45
./main.go:17:45:     from plain(&T{...}) (call parameter) at ./main.go:17:44
./main.go:17:45: &T{...} escapes to heap
