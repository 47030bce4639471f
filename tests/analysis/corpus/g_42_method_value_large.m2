./main.go:12:7: b does not escape
./main.go:16:8: b.First escapes to heap in main:
./main.go:16:8:   flow: {heap} ← &{storage for b.First}:
./main.go:16:8:     from b.First (too large for stack) at ./main.go:16:8
./main.go:16:8: b.First escapes to heap
./main.go:18:8: c.First does not escape
./main.go:20:8: d.PFirst does not escape
