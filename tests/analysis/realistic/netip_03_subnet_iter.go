// family: netip
package main

import (
	"fmt"
	"net/netip"
)

func hosts(p netip.Prefix) []netip.Addr {
	p = p.Masked()
	var out []netip.Addr
	for a := p.Addr().Next(); p.Contains(a); a = a.Next() {
		out = append(out, a)
		if len(out) == 6 {
			break
		}
	}
	return out
}

func main() {
	p := netip.MustParsePrefix("192.168.10.0/29")
	for _, h := range hosts(p) {
		fmt.Println(h.String(), h.As4())
	}
	fmt.Println(p.Bits(), p.IsValid(), p.Addr().Unmap().Is4In6())
	b, _ := p.Addr().MarshalText()
	fmt.Println(string(b))
}
