./main.go:30:6: h2 escapes to heap in main:
./main.go:30:6:   flow: {heap} ← &h2:
./main.go:30:6:     from h2 (too large for stack) at ./main.go:30:6
./main.go:26:7: &Over{} escapes to heap in main:
./main.go:26:7:   flow: {heap} ← &{storage for &Over{}}:
./main.go:26:7:     from &Over{} (too large for stack) at ./main.go:26:7
./main.go:28:11: new(Over) escapes to heap in main:
./main.go:28:11:   flow: {heap} ← &{storage for new(Over)}:
./main.go:28:11:     from new(Over) (too large for stack) at ./main.go:28:11
./main.go:30:6: moved to heap: h2
./main.go:25:7: &Small{} does not escape
./main.go:26:7: &Over{} escapes to heap
./main.go:27:11: new(Small) does not escape
./main.go:28:11: new(Over) escapes to heap
