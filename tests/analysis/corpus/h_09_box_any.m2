./main.go:7:9: x escapes to heap in Box[go.shape.int]:
./main.go:7:9:   flow: ~r0 ← &{storage for x}:
./main.go:7:9:     from x (spill) at ./main.go:7:9
./main.go:7:9:     from return x (return) at ./main.go:7:2
./main.go:7:9: x escapes to heap
./main.go:7:9: x escapes to heap in Box[go.shape.string]:
./main.go:7:9:   flow: ~r0 ← &{storage for x}:
./main.go:7:9:     from x (spill) at ./main.go:7:9
./main.go:7:9:     from return x (return) at ./main.go:7:2
./main.go:6:17: parameter x leaks to {storage for x} for Box[go.shape.string] with derefs=0:
./main.go:6:17:   flow: {storage for x} ← x:
./main.go:6:17:     from x (interface-converted) at ./main.go:7:9
./main.go:7:9: x escapes to heap
./main.go:6:17: parameter x leaks to ~r0 for Box[go.shape.*uint8] with derefs=0:
./main.go:6:17:   flow: ~r0 ← x:
./main.go:6:17:     from x (interface-converted) at ./main.go:7:9
./main.go:6:17:     from return x (return) at ./main.go:7:2
./main.go:11:20: x escapes to heap in Show[go.shape.int]:
./main.go:11:20:   flow: {storage for ... argument} ← &{storage for x}:
./main.go:11:20:     from x (spill) at ./main.go:11:20
./main.go:11:20:     from ... argument (slice-literal-element) at ./main.go:11:19
./main.go:11:20:   flow: {heap} ← {storage for ... argument}:
./main.go:11:20:     from ... argument (spill) at ./main.go:11:19
./main.go:11:20:     from fmt.Sprint(... argument...) (call parameter) at ./main.go:11:19
./main.go:11:19: ... argument does not escape
./main.go:11:20: x escapes to heap
./main.go:10:18: parameter x leaks to {heap} for Show[go.shape.*uint8] with derefs=0:
./main.go:10:18:   flow: {storage for ... argument} ← x:
./main.go:10:18:     from x (interface-converted) at ./main.go:11:20
./main.go:10:18:     from ... argument (slice-literal-element) at ./main.go:11:19
./main.go:10:18:   flow: {heap} ← {storage for ... argument}:
./main.go:10:18:     from ... argument (spill) at ./main.go:11:19
./main.go:10:18:     from fmt.Sprint(... argument...) (call parameter) at ./main.go:11:19
./main.go:11:19: ... argument does not escape
./main.go:17:2: n escapes to heap in main:
./main.go:17:2:   flow: {heap} ← &n:
./main.go:17:2:     from &n (address-of) at ./main.go:19:54
./main.go:17:2:     from Show[go.shape.*uint8](&.dict.Show[*int], &n) (call parameter) at ./main.go:19:53
./main.go:17:2: moved to heap: n
./main.go:10:18: parameter x leaks to {heap} for Show[*int] with derefs=0:
./main.go:10:18:   flow: {heap} ← x:
./main.go:10:18:     from Show[go.shape.*uint8](&.dict.Show[*int], x) (call parameter) at ./main.go:10:6
./main.go:6:17: parameter x leaks to ~r0 for Box[*int] with derefs=0:
./main.go:6:17:   flow: ~r0 ← x:
./main.go:6:17:     from Box[go.shape.*uint8](&.dict.Box[*int], x) (call parameter) at ./main.go:6:6
./main.go:6:17:     from return Box[go.shape.*uint8](&.dict.Box[*int], x) (return) at ./main.go:6:6
./main.go:6:17: parameter x leaks to {heap} for Box[string] with derefs=0:
./main.go:6:17:   flow: {heap} ← x:
./main.go:6:17:     from Box[go.shape.string](&.dict.Box[string], x) (call parameter) at ./main.go:6:6
