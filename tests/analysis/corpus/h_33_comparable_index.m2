./main.go:20:10: new(int) does not escape
./main.go:21:24: []string{...} does not escape
./main.go:22:24: []key{...} does not escape
./main.go:23:25: []*int{...} does not escape
