./main.go:9:9: t escapes to heap in ret:
./main.go:9:9:   flow: ~r0 ← &{storage for t}:
./main.go:9:9:     from t (spill) at ./main.go:9:9
./main.go:9:9:     from return t (return) at ./main.go:9:2
./main.go:9:9: t escapes to heap
./main.go:14:9: v escapes to heap in retLocal:
./main.go:14:9:   flow: ~r0 ← &{storage for v}:
./main.go:14:9:     from v (spill) at ./main.go:14:9
./main.go:14:9:     from return v (return) at ./main.go:14:2
./main.go:14:9: v escapes to heap
./main.go:19:6: x escapes to heap in assign:
./main.go:19:6:   flow: i ← &{storage for x}:
./main.go:19:6:     from x (spill) at ./main.go:19:6
./main.go:19:6:     from i = x (assign) at ./main.go:19:4
./main.go:19:6:   flow: {heap} ← i:
./main.go:19:6:     from g = i (assign) at ./main.go:20:4
./main.go:19:6: x escapes to heap
./main.go:24:14: x does not escape
