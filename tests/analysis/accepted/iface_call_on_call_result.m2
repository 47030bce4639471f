./main.go:19:18: any(1) escapes to heap in main:
./main.go:19:18:   flow: {heap} ← &{storage for any(1)}:
./main.go:19:18:     from any(1) (spill) at ./main.go:19:18
./main.go:19:18:     from any(1).(error) (dot) at ./main.go:19:20
./main.go:19:18:     from any(1).(error).Error() (call parameter) at ./main.go:19:34
./main.go:18:25: .autotmp_4.Error() escapes to heap in main:
./main.go:18:25:   flow: {storage for ... argument} ← &{storage for .autotmp_4.Error()}:
./main.go:18:25:     from .autotmp_4.Error() (spill) at ./main.go:18:25
./main.go:18:25:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:25:   flow: {heap} ← {storage for ... argument}:
./main.go:18:25:     from ... argument (spill) at ./main.go:18:13
./main.go:18:25:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:18:38: s.e.Error() escapes to heap in main:
./main.go:18:38:   flow: {storage for ... argument} ← &{storage for s.e.Error()}:
./main.go:18:38:     from s.e.Error() (spill) at ./main.go:18:38
./main.go:18:38:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:38:   flow: {heap} ← {storage for ... argument}:
./main.go:18:38:     from ... argument (spill) at ./main.go:18:13
./main.go:18:38:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:18:53: es[0].Error() escapes to heap in main:
./main.go:18:53:   flow: {storage for ... argument} ← &{storage for es[0].Error()}:
./main.go:18:53:     from es[0].Error() (spill) at ./main.go:18:53
./main.go:18:53:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:53:   flow: {heap} ← {storage for ... argument}:
./main.go:18:53:     from ... argument (spill) at ./main.go:18:13
./main.go:18:53:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:18:66: p.e.Error() escapes to heap in main:
./main.go:18:66:   flow: {storage for ... argument} ← &{storage for p.e.Error()}:
./main.go:18:66:     from p.e.Error() (spill) at ./main.go:18:66
./main.go:18:66:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:66:   flow: {heap} ← {storage for ... argument}:
./main.go:18:66:     from ... argument (spill) at ./main.go:18:13
./main.go:18:66:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:18:80: m[1].Error() escapes to heap in main:
./main.go:18:80:   flow: {storage for ... argument} ← &{storage for m[1].Error()}:
./main.go:18:80:     from m[1].Error() (spill) at ./main.go:18:80
./main.go:18:80:     from ... argument (slice-literal-element) at ./main.go:18:13
./main.go:18:80:   flow: {heap} ← {storage for ... argument}:
./main.go:18:80:     from ... argument (spill) at ./main.go:18:13
./main.go:18:80:     from fmt.Println(... argument...) (call parameter) at ./main.go:18:13
./main.go:19:34: any(1).(error).Error() escapes to heap in main:
./main.go:19:34:   flow: {storage for ... argument} ← &{storage for any(1).(error).Error()}:
./main.go:19:34:     from any(1).(error).Error() (spill) at ./main.go:19:34
./main.go:19:34:     from ... argument (slice-literal-element) at ./main.go:19:13
./main.go:19:34:   flow: {heap} ← {storage for ... argument}:
./main.go:19:34:     from ... argument (spill) at ./main.go:19:13
./main.go:19:34:     from fmt.Println(... argument...) (call parameter) at ./main.go:19:13
./main.go:21:23: .autotmp_6.Error() escapes to heap in main:
./main.go:21:23:   flow: {storage for ... argument} ← &{storage for .autotmp_6.Error()}:
./main.go:21:23:     from .autotmp_6.Error() (spill) at ./main.go:21:23
./main.go:21:23:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:23:   flow: {heap} ← {storage for ... argument}:
./main.go:21:23:     from ... argument (spill) at ./main.go:21:13
./main.go:21:23:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:21:53: .autotmp_7.Error() escapes to heap in main:
./main.go:21:53:   flow: {storage for ... argument} ← &{storage for .autotmp_7.Error()}:
./main.go:21:53:     from .autotmp_7.Error() (spill) at ./main.go:21:53
./main.go:21:53:     from ... argument (slice-literal-element) at ./main.go:21:13
./main.go:21:53:   flow: {heap} ← {storage for ... argument}:
./main.go:21:53:     from ... argument (spill) at ./main.go:21:13
./main.go:21:53:     from fmt.Println(... argument...) (call parameter) at ./main.go:21:13
./main.go:15:15: []error{...} does not escape
./main.go:17:20: map[int]error{...} does not escape
./main.go:18:13: ... argument does not escape
./main.go:18:25: .autotmp_4.Error() escapes to heap
./main.go:18:38: s.e.Error() escapes to heap
./main.go:18:53: es[0].Error() escapes to heap
./main.go:18:66: p.e.Error() escapes to heap
./main.go:18:80: m[1].Error() escapes to heap
./main.go:19:13: ... argument does not escape
./main.go:19:34: any(1).(error).Error() escapes to heap
./main.go:19:18: any(1) escapes to heap
./main.go:21:13: ... argument does not escape
./main.go:21:23: .autotmp_6.Error() escapes to heap
./main.go:21:53: .autotmp_7.Error() escapes to heap
