./main.go:7:12: new(<node DYNAMICTYPE>) escapes to heap in New[go.shape.int]:
./main.go:7:12:   flow: ~r0 ← &{storage for new(<node DYNAMICTYPE>)}:
./main.go:7:12:     from new(<node DYNAMICTYPE>) (spill) at ./main.go:7:12
./main.go:7:12:     from return new(<node DYNAMICTYPE>) (return) at ./main.go:7:2
./main.go:7:12: new(<node DYNAMICTYPE>) escapes to heap
./main.go:7:12: new(<node DYNAMICTYPE>) escapes to heap in New[go.shape.struct { main.name string }]:
./main.go:7:12:   flow: ~r0 ← &{storage for new(<node DYNAMICTYPE>)}:
./main.go:7:12:     from new(<node DYNAMICTYPE>) (spill) at ./main.go:7:12
./main.go:7:12:     from return new(<node DYNAMICTYPE>) (return) at ./main.go:7:2
./main.go:7:12: new(<node DYNAMICTYPE>) escapes to heap
./main.go:11:10: new(<node DYNAMICTYPE>) does not escape
./main.go:11:10: new(<node DYNAMICTYPE>) does not escape
