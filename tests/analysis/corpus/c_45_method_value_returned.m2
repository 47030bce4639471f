./main.go:6:7: t does not escape
./main.go:13:10: t.tick escapes to heap in newTick:
./main.go:13:10:   flow: ~r0 ← &{storage for t.tick}:
./main.go:13:10:     from t.tick (spill) at ./main.go:13:10
./main.go:13:10:     from return t.tick (return) at ./main.go:13:2
./main.go:12:6: t escapes to heap in newTick:
./main.go:12:6:   flow: {temp} ← &t:
./main.go:12:6:     from t (address-of) at ./main.go:13:10
./main.go:12:6:   flow: {storage for t.tick} ← {temp}:
./main.go:12:6: moved to heap: t
./main.go:13:10: t.tick escapes to heap
./main.go:16:42: t.tick escapes to heap in bind:
./main.go:16:42:   flow: ~r0 ← &{storage for t.tick}:
./main.go:16:42:     from t.tick (spill) at ./main.go:16:42
./main.go:16:42:     from return t.tick (return) at ./main.go:16:34
./main.go:16:11: parameter t leaks to {storage for t.tick} for bind with derefs=0:
./main.go:16:11:   flow: {temp} ← t:
./main.go:16:11:   flow: {storage for t.tick} ← {temp}:
./main.go:16:11: leaking param: t
./main.go:16:42: t.tick escapes to heap
./main.go:20:11: &timer{} escapes to heap in main:
./main.go:20:11:   flow: {heap} ← &{storage for &timer{}}:
./main.go:20:11:     from &timer{} (spill) at ./main.go:20:11
./main.go:20:11:     from bind(&timer{}) (call parameter) at ./main.go:20:10
./main.go:20:11: &timer{} escapes to heap
