// family: netip
package main

import (
	"fmt"
	"net/netip"
)

type Allowlist struct {
	prefixes []netip.Prefix
}

func NewAllowlist(cidrs ...string) (*Allowlist, error) {
	a := &Allowlist{}
	for _, c := range cidrs {
		p, err := netip.ParsePrefix(c)
		if err != nil {
			return nil, fmt.Errorf("bad cidr %q: %w", c, err)
		}
		a.prefixes = append(a.prefixes, p.Masked())
	}
	return a, nil
}

func (a *Allowlist) Allowed(addr netip.Addr) bool {
	for _, p := range a.prefixes {
		if p.Contains(addr) {
			return true
		}
	}
	return false
}

func main() {
	al, err := NewAllowlist("10.0.0.0/8", "192.168.1.0/24", "2001:db8::/32")
	if err != nil {
		panic(err)
	}
	for _, s := range []string{"10.1.2.3", "8.8.8.8", "2001:db8::1", "192.168.1.77"} {
		addr := netip.MustParseAddr(s)
		fmt.Println(s, al.Allowed(addr), addr.Is4())
	}
}
