// family: encoding
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  uint64
}

var errMagic = errors.New("bad magic")

func writeHeader(w io.Writer, h Header) error {
	return binary.Write(w, binary.BigEndian, h)
}

func readHeader(r io.Reader) (Header, error) {
	var h Header
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return h, err
	}
	if h.Magic != 0xCAFEBABE {
		return h, errMagic
	}
	return h, nil
}

func main() {
	var buf bytes.Buffer
	if err := writeHeader(&buf, Header{Magic: 0xCAFEBABE, Version: 2, Length: 1 << 20}); err != nil {
		panic(err)
	}
	fmt.Printf("% x\n", buf.Bytes())
	h, err := readHeader(&buf)
	fmt.Println(h.Version, h.Length, err)

	b := make([]byte, 0, 16)
	b = binary.LittleEndian.AppendUint32(b, 7)
	b = binary.AppendUvarint(b, 300)
	v, n := binary.Uvarint(b[4:])
	fmt.Println(binary.LittleEndian.Uint32(b), v, n)
}
