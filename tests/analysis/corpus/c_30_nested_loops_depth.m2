./main.go:11:4: inner escapes to heap in grid:
./main.go:11:4:   flow: row ← &inner:
./main.go:11:4:     from &inner (address-of) at ./main.go:12:10
./main.go:11:4:     from row = &inner (assign) at ./main.go:12:8
./main.go:11:4: moved to heap: inner
