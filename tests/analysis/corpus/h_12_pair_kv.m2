./main.go:10:9: &Pair[go.shape.string,go.shape.int]{...} escapes to heap in MakePair[go.shape.string,go.shape.int]:
./main.go:10:9:   flow: ~r0 ← &{storage for &Pair[go.shape.string,go.shape.int]{...}}:
./main.go:10:9:     from &Pair[go.shape.string,go.shape.int]{...} (spill) at ./main.go:10:9
./main.go:10:9:     from return &Pair[go.shape.string,go.shape.int]{...} (return) at ./main.go:10:2
./main.go:9:36: parameter k leaks to {storage for &Pair[go.shape.string,go.shape.int]{...}} for MakePair[go.shape.string,go.shape.int] with derefs=0:
./main.go:9:36:   flow: {storage for &Pair[go.shape.string,go.shape.int]{...}} ← k:
./main.go:9:36:     from Pair[go.shape.string,go.shape.int]{...} (struct literal element) at ./main.go:10:20
./main.go:10:9: &Pair[go.shape.string,go.shape.int]{...} escapes to heap
./main.go:10:9: &Pair[go.shape.int,go.shape.*uint8]{...} escapes to heap in MakePair[go.shape.int,go.shape.*uint8]:
./main.go:10:9:   flow: ~r0 ← &{storage for &Pair[go.shape.int,go.shape.*uint8]{...}}:
./main.go:10:9:     from &Pair[go.shape.int,go.shape.*uint8]{...} (spill) at ./main.go:10:9
./main.go:10:9:     from return &Pair[go.shape.int,go.shape.*uint8]{...} (return) at ./main.go:10:2
./main.go:9:41: parameter v leaks to {storage for &Pair[go.shape.int,go.shape.*uint8]{...}} for MakePair[go.shape.int,go.shape.*uint8] with derefs=0:
./main.go:9:41:   flow: {storage for &Pair[go.shape.int,go.shape.*uint8]{...}} ← v:
./main.go:9:41:     from Pair[go.shape.int,go.shape.*uint8]{...} (struct literal element) at ./main.go:10:20
./main.go:10:9: &Pair[go.shape.int,go.shape.*uint8]{...} escapes to heap
./main.go:13:7: parameter p leaks to ~r0 for (*Pair[go.shape.int,go.shape.int]).ValPtr with derefs=0:
./main.go:13:7:   flow: ~r0 ← p:
./main.go:13:7:     from p.Val (dot of pointer) at ./main.go:13:45
./main.go:13:7:     from &p.Val (address-of) at ./main.go:13:43
./main.go:13:7:     from return &p.Val (return) at ./main.go:13:36
./main.go:17:2: x escapes to heap in main:
./main.go:17:2:   flow: {heap} ← &x:
./main.go:17:2:     from &x (address-of) at ./main.go:18:19
./main.go:17:2:     from MakePair[go.shape.int,go.shape.*uint8](&.dict.MakePair[int,*int], 3, &x) (call parameter) at ./main.go:18:15
./main.go:17:2: moved to heap: x
./main.go:13:7: parameter p leaks to ~r0 for (*Pair[int,int]).ValPtr with derefs=0:
./main.go:13:7:   flow: ~r0 ← p:
./main.go:13:7:     from (*Pair[go.shape.int,go.shape.int]).ValPtr(p, &.dict.Pair[int,int]) (call parameter) at ./main.go:13:6
./main.go:13:7:     from return (*Pair[go.shape.int,go.shape.int]).ValPtr(p, &.dict.Pair[int,int]) (return) at ./main.go:13:6
./main.go:13:7: parameter p leaks to ~r0 for (*Pair[go.shape.int,go.shape.*uint8]).ValPtr with derefs=0:
./main.go:13:7:   flow: ~r0 ← p:
./main.go:13:7:     from p.Val (dot of pointer) at ./main.go:13:45
./main.go:13:7:     from &p.Val (address-of) at ./main.go:13:43
./main.go:13:7:     from return &p.Val (return) at ./main.go:13:36
./main.go:9:41: parameter v leaks to {heap} for MakePair[int,*int] with derefs=0:
./main.go:9:41:   flow: {heap} ← v:
./main.go:9:41:     from MakePair[go.shape.int,go.shape.*uint8](&.dict.MakePair[int,*int], k, v) (call parameter) at ./main.go:9:6
./main.go:13:7: parameter p leaks to ~r0 for (*Pair[int,*int]).ValPtr with derefs=0:
./main.go:13:7:   flow: ~r0 ← p:
./main.go:13:7:     from (*Pair[go.shape.int,go.shape.*uint8]).ValPtr(p, &.dict.Pair[int,*int]) (call parameter) at ./main.go:13:6
./main.go:13:7:     from return (*Pair[go.shape.int,go.shape.*uint8]).ValPtr(p, &.dict.Pair[int,*int]) (return) at ./main.go:13:6
./main.go:13:7: parameter p leaks to ~r0 for (*Pair[go.shape.string,go.shape.int]).ValPtr with derefs=0:
./main.go:13:7:   flow: ~r0 ← p:
./main.go:13:7:     from p.Val (dot of pointer) at ./main.go:13:45
./main.go:13:7:     from &p.Val (address-of) at ./main.go:13:43
./main.go:13:7:     from return &p.Val (return) at ./main.go:13:36
./main.go:9:36: parameter k leaks to {heap} for MakePair[string,int] with derefs=0:
./main.go:9:36:   flow: {heap} ← k:
./main.go:9:36:     from MakePair[go.shape.string,go.shape.int](&.dict.MakePair[string,int], k, v) (call parameter) at ./main.go:9:6
./main.go:13:7: parameter p leaks to ~r0 for (*Pair[string,int]).ValPtr with derefs=0:
./main.go:13:7:   flow: ~r0 ← p:
./main.go:13:7:     from (*Pair[go.shape.string,go.shape.int]).ValPtr(p, &.dict.Pair[string,int]) (call parameter) at ./main.go:13:6
./main.go:13:7:     from return (*Pair[go.shape.string,go.shape.int]).ValPtr(p, &.dict.Pair[string,int]) (return) at ./main.go:13:6
