./main.go:4:19: Const[go.shape.string] capturing by value: v (addr=false assign=false width=16)
./main.go:4:6: Const[go.shape.string] capturing by value: .dict (addr=false assign=false width=8)
./main.go:5:9: func literal escapes to heap in Const[go.shape.string]:
./main.go:5:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:5:9:     from func literal (spill) at ./main.go:5:9
./main.go:5:9:     from return func literal (return) at ./main.go:5:2
./main.go:4:19: parameter v leaks to {storage for func literal} for Const[go.shape.string] with derefs=0:
./main.go:4:19:   flow: {storage for func literal} ← v:
./main.go:4:19:     from v (captured by a closure) at ./main.go:5:27
./main.go:4:6: parameter .dict leaks to {storage for func literal} for Const[go.shape.string] with derefs=0:
./main.go:4:6:   flow: {storage for func literal} ← .dict:
./main.go:4:6:     from .dict (captured by a closure) at ./main.go:4:6
./main.go:4:19: parameter v leaks to ~r0 for Const[go.shape.string] with derefs=0:
./main.go:4:19:   flow: ~r0 ← v:
./main.go:4:19:     from return v (return) at ./main.go:5:20
./main.go:5:9: func literal escapes to heap
./main.go:4:19: Const[go.shape.int] capturing by value: v (addr=false assign=false width=8)
./main.go:4:6: Const[go.shape.int] capturing by value: .dict (addr=false assign=false width=8)
./main.go:5:9: func literal escapes to heap in Const[go.shape.int]:
./main.go:5:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:5:9:     from func literal (spill) at ./main.go:5:9
./main.go:5:9:     from return func literal (return) at ./main.go:5:2
./main.go:4:19: parameter v leaks to {storage for func literal} for Const[go.shape.int] with derefs=0:
./main.go:4:19:   flow: {storage for func literal} ← v:
./main.go:4:19:     from v (captured by a closure) at ./main.go:5:27
./main.go:4:6: parameter .dict leaks to {storage for func literal} for Const[go.shape.int] with derefs=0:
./main.go:4:6:   flow: {storage for func literal} ← .dict:
./main.go:4:6:     from .dict (captured by a closure) at ./main.go:4:6
./main.go:5:9: func literal escapes to heap
./main.go:9:2: Counter[go.shape.int] capturing by ref: n (addr=false assign=true width=8)
./main.go:8:6: Counter[go.shape.int] capturing by value: .dict (addr=false assign=false width=8)
./main.go:10:9: func literal escapes to heap in Counter[go.shape.int]:
./main.go:10:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:10:9:     from func literal (spill) at ./main.go:10:9
./main.go:10:9:     from return func literal (return) at ./main.go:10:2
./main.go:9:2: n escapes to heap in Counter[go.shape.int]:
./main.go:9:2:   flow: {storage for func literal} ← &n:
./main.go:9:2:     from n (captured by a closure) at ./main.go:11:3
./main.go:9:2:     from n (reference) at ./main.go:11:3
./main.go:8:6: parameter .dict leaks to {storage for func literal} for Counter[go.shape.int] with derefs=0:
./main.go:8:6:   flow: {storage for func literal} ← .dict:
./main.go:8:6:     from .dict (captured by a closure) at ./main.go:8:6
./main.go:9:2: moved to heap: n
./main.go:10:9: func literal escapes to heap
./main.go:4:19: parameter v leaks to {heap} for Const[string] with derefs=0:
./main.go:4:19:   flow: {heap} ← v:
./main.go:4:19:     from Const[go.shape.string](&.dict.Const[string], v) (call parameter) at ./main.go:4:6
