./main.go:15:6: q escapes to heap in main:
./main.go:15:6:   flow: {heap} ← &q:
./main.go:15:6:     from q (address-of) at ./main.go:16:3
./main.go:15:6:     from (*list.List).Init(q) (call parameter) at ./main.go:16:8
./main.go:15:6: q escapes to heap in main:
./main.go:15:6:   flow: {heap} ← &q:
./main.go:15:6:     from q (address-of) at ./main.go:17:3
./main.go:15:6:     from (*list.List).PushBack(q, job{...}) (call parameter) at ./main.go:17:12
./main.go:17:16: job{...} escapes to heap in main:
./main.go:17:16:   flow: {heap} ← &{storage for job{...}}:
./main.go:17:16:     from job{...} (spill) at ./main.go:17:16
./main.go:17:16:     from (*list.List).PushBack(q, job{...}) (call parameter) at ./main.go:17:12
./main.go:15:6: q escapes to heap in main:
./main.go:15:6:   flow: {heap} ← &q:
./main.go:15:6:     from q (address-of) at ./main.go:18:3
./main.go:15:6:     from (*list.List).PushBack(q, job{...}) (call parameter) at ./main.go:18:12
./main.go:18:16: job{...} escapes to heap in main:
./main.go:18:16:   flow: {heap} ← &{storage for job{...}}:
./main.go:18:16:     from job{...} (spill) at ./main.go:18:16
./main.go:18:16:     from (*list.List).PushBack(q, job{...}) (call parameter) at ./main.go:18:12
./main.go:22:16: j.id escapes to heap in main:
./main.go:22:16:   flow: {storage for ... argument} ← &{storage for j.id}:
./main.go:22:16:     from j.id (spill) at ./main.go:22:16
./main.go:22:16:     from ... argument (slice-literal-element) at ./main.go:22:14
./main.go:22:16:   flow: {heap} ← {storage for ... argument}:
./main.go:22:16:     from ... argument (spill) at ./main.go:22:14
./main.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:14
./main.go:22:22: j.name escapes to heap in main:
./main.go:22:22:   flow: {storage for ... argument} ← &{storage for j.name}:
./main.go:22:22:     from j.name (spill) at ./main.go:22:22
./main.go:22:22:     from ... argument (slice-literal-element) at ./main.go:22:14
./main.go:22:22:   flow: {heap} ← {storage for ... argument}:
./main.go:22:22:     from ... argument (spill) at ./main.go:22:14
./main.go:22:22:     from fmt.Println(... argument...) (call parameter) at ./main.go:22:14
./main.go:15:6: moved to heap: q
./main.go:17:16: job{...} escapes to heap
./main.go:18:16: job{...} escapes to heap
./main.go:22:14: ... argument does not escape
./main.go:22:16: j.id escapes to heap
./main.go:22:22: j.name escapes to heap
