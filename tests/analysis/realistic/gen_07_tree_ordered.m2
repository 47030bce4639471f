./main.go:35:7: &bstNode[go.shape.string,go.shape.int]{...} escapes to heap in (*BST[go.shape.string,go.shape.int]).Put:
./main.go:35:7:   flow: {heap} ← &{storage for &bstNode[go.shape.string,go.shape.int]{...}}:
./main.go:35:7:     from &bstNode[go.shape.string,go.shape.int]{...} (spill) at ./main.go:35:7
./main.go:35:7:     from *p = &bstNode[go.shape.string,go.shape.int]{...} (assign) at ./main.go:35:5
./main.go:22:25: parameter k leaks to {storage for &bstNode[go.shape.string,go.shape.int]{...}} for (*BST[go.shape.string,go.shape.int]).Put with derefs=0:
./main.go:22:25:   flow: {storage for &bstNode[go.shape.string,go.shape.int]{...}} ← k:
./main.go:22:25:     from bstNode[go.shape.string,go.shape.int]{...} (struct literal element) at ./main.go:35:21
./main.go:35:7: &bstNode[go.shape.string,go.shape.int]{...} escapes to heap
./main.go:39:7: (*BST[go.shape.string,go.shape.int]).All capturing by value: t (addr=false assign=false width=8)
./main.go:39:6: (*BST[go.shape.string,go.shape.int]).All capturing by value: .dict (addr=false assign=false width=8)
./main.go:41:7: (*BST[go.shape.string,go.shape.int]).All.func1 capturing by ref: walk (addr=false assign=true width=8)
./main.go:40:14: (*BST[go.shape.string,go.shape.int]).All.func1 capturing by value: yield (addr=false assign=false width=8)
./main.go:39:6: (*BST[go.shape.string,go.shape.int]).All capturing by value: .dict (addr=false assign=false width=8)
./main.go:42:15: parameter n leaks to {heap} for (*BST[go.shape.string,go.shape.int]).All.func1.1 with derefs=1:
./main.go:42:15:   flow: {heap} ← *n:
./main.go:42:15:     from n.k (dot of pointer) at ./main.go:43:47
./main.go:42:15:     from yield(n.k, n.v) (call parameter) at ./main.go:43:45
./main.go:39:7: parameter t leaks to {heap} for (*BST[go.shape.string,go.shape.int]).All with derefs=2:
./main.go:39:7:   flow: n ← *t:
./main.go:39:7:     from t.root (dot of pointer) at ./main.go:45:9
./main.go:39:7:     from walk(t.root) (call parameter) at ./main.go:45:7
./main.go:39:7:   flow: {heap} ← *n:
./main.go:39:7:     from n.k (dot of pointer) at ./main.go:43:47
./main.go:39:7:     from yield(n.k, n.v) (call parameter) at ./main.go:43:45
./main.go:40:9: func literal escapes to heap in (*BST[go.shape.string,go.shape.int]).All:
./main.go:40:9:   flow: ~r0 ← &{storage for func literal}:
./main.go:40:9:     from func literal (spill) at ./main.go:40:9
./main.go:40:9:     from return func literal (return) at ./main.go:40:2
./main.go:39:7: parameter t leaks to {storage for func literal} for (*BST[go.shape.string,go.shape.int]).All with derefs=0:
./main.go:39:7:   flow: {storage for func literal} ← t:
./main.go:39:7:     from t (captured by a closure) at ./main.go:45:8
./main.go:39:6: parameter .dict leaks to {storage for func literal} for (*BST[go.shape.string,go.shape.int]).All with derefs=0:
./main.go:39:6:   flow: {storage for func literal} ← .dict:
./main.go:39:6:     from .dict (captured by a closure) at ./main.go:39:6
./main.go:40:9: func literal escapes to heap
./main.go:42:10: func literal does not escape
./main.go:50:6: t escapes to heap in main:
./main.go:50:6:   flow: {heap} ← &t:
./main.go:50:6:     from t (address-of) at ./main.go:54:21
./main.go:50:6:     from (*BST[go.shape.string,go.shape.int]).All(t, &.dict.BST[string,int]) (call parameter) at ./main.go:54:25
./main.go:54:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./main.go:55:13: k escapes to heap in main-range1:
./main.go:55:13:   flow: {storage for ... argument} ← &{storage for k}:
./main.go:55:13:     from k (spill) at ./main.go:55:13
./main.go:55:13:     from ... argument (slice-literal-element) at ./main.go:55:12
./main.go:55:13:   flow: {heap} ← {storage for ... argument}:
./main.go:55:13:     from ... argument (spill) at ./main.go:55:12
./main.go:55:13:     from fmt.Print(... argument...) (call parameter) at ./main.go:55:12
./main.go:55:16: "=" escapes to heap in main-range1:
./main.go:55:16:   flow: {storage for ... argument} ← &{storage for "="}:
./main.go:55:16:     from "=" (spill) at ./main.go:55:16
./main.go:55:16:     from ... argument (slice-literal-element) at ./main.go:55:12
./main.go:55:16:   flow: {heap} ← {storage for ... argument}:
./main.go:55:16:     from ... argument (spill) at ./main.go:55:12
./main.go:55:16:     from fmt.Print(... argument...) (call parameter) at ./main.go:55:12
./main.go:55:21: v escapes to heap in main-range1:
./main.go:55:21:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:55:21:     from v (spill) at ./main.go:55:21
./main.go:55:21:     from ... argument (slice-literal-element) at ./main.go:55:12
./main.go:55:21:   flow: {heap} ← {storage for ... argument}:
./main.go:55:21:     from ... argument (spill) at ./main.go:55:12
./main.go:55:21:     from fmt.Print(... argument...) (call parameter) at ./main.go:55:12
./main.go:55:24: " " escapes to heap in main-range1:
./main.go:55:24:   flow: {storage for ... argument} ← &{storage for " "}:
./main.go:55:24:     from " " (spill) at ./main.go:55:24
./main.go:55:24:     from ... argument (slice-literal-element) at ./main.go:55:12
./main.go:55:24:   flow: {heap} ← {storage for ... argument}:
./main.go:55:24:     from ... argument (spill) at ./main.go:55:12
./main.go:55:24:     from fmt.Print(... argument...) (call parameter) at ./main.go:55:12
./main.go:54:2: func literal escapes to heap in main:
./main.go:54:2:   flow: #yield1 ← &{storage for func literal}:
./main.go:54:2:     from func literal (spill) at ./main.go:54:2
./main.go:54:2:     from #yield1 := func literal (assign) at ./main.go:54:2
./main.go:54:2:   flow: {heap} ← #yield1:
./main.go:54:2:     from .autotmp_5(#yield1) (call parameter) at ./main.go:54:2
./main.go:57:15: t.size escapes to heap in main:
./main.go:57:15:   flow: {storage for ... argument} ← &{storage for t.size}:
./main.go:57:15:     from t.size (spill) at ./main.go:57:15
./main.go:57:15:     from ... argument (slice-literal-element) at ./main.go:57:13
./main.go:57:15:   flow: {heap} ← {storage for ... argument}:
./main.go:57:15:     from ... argument (spill) at ./main.go:57:13
./main.go:57:15:     from fmt.Println(... argument...) (call parameter) at ./main.go:57:13
./main.go:54:6: parameter k leaks to {storage for k} for main-range1 with derefs=0:
./main.go:54:6:   flow: {storage for k} ← k:
./main.go:54:6:     from k (interface-converted) at ./main.go:55:13
./main.go:54:2: #state1 escapes to heap in main:
./main.go:54:2:   flow: {storage for func literal} ← &#state1:
./main.go:54:2:     from #state1 (captured by a closure) at <unknown line number>
./main.go:54:2:     from #state1 (reference) at <unknown line number>
./main.go:54:6: leaking param: k
./main.go:50:6: moved to heap: t
./main.go:54:2: moved to heap: #state1
./main.go:54:2: func literal escapes to heap
./main.go:55:12: ... argument does not escape
./main.go:55:13: k escapes to heap
./main.go:55:16: "=" escapes to heap
./main.go:55:21: v escapes to heap
./main.go:55:24: " " escapes to heap
./main.go:57:13: ... argument does not escape
./main.go:57:15: t.size escapes to heap
./main.go:39:7: parameter t leaks to {heap} for (*BST[string,int]).All with derefs=0:
./main.go:39:7:   flow: {heap} ← t:
./main.go:39:7:     from (*BST[go.shape.string,go.shape.int]).All(t, &.dict.BST[string,int]) (call parameter) at ./main.go:39:6
./main.go:22:25: parameter k leaks to {heap} for (*BST[string,int]).Put with derefs=0:
./main.go:22:25:   flow: {heap} ← k:
./main.go:22:25:     from (*BST[go.shape.string,go.shape.int]).Put(t, &.dict.BST[string,int], k, v) (call parameter) at ./main.go:22:6
