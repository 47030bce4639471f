// constructs: interfaces, methods, structs
package main

type Reader interface{ Read(b []byte) int }
type Writer interface{ Write(b []byte) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []byte }

func (b *Buf) Read(p []byte) int  { return copy(p, b.data) }
func (b *Buf) Write(p []byte) int { b.data = append(b.data, p...); return len(p) }

func pump(rw ReadWriter) int {
	tmp := make([]byte, 8)
	n := rw.Read(tmp)
	var w Writer = rw
	return n + w.Write(tmp)
}

func asReader(rw ReadWriter) Reader { return rw }

func main() {
	b := &Buf{}
	println(pump(b), asReader(b) != nil)
}
