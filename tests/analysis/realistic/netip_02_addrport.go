// family: netip
package main

import (
	"fmt"
	"net/netip"
	"sort"
)

type Peer struct {
	Name string
	Addr netip.AddrPort
}

func parsePeers(specs map[string]string) ([]Peer, []error) {
	var peers []Peer
	var errs []error
	for name, s := range specs {
		ap, err := netip.ParseAddrPort(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		peers = append(peers, Peer{Name: name, Addr: ap})
	}
	sort.Slice(peers, func(i, j int) bool {
		return peers[i].Addr.Compare(peers[j].Addr) < 0
	})
	return peers, errs
}

func main() {
	peers, errs := parsePeers(map[string]string{
		"a": "10.0.0.2:7000",
		"b": "10.0.0.1:7001",
		"c": "[::1]:7002",
		"d": "nonsense",
	})
	for _, p := range peers {
		fmt.Println(p.Name, p.Addr.Addr(), p.Addr.Port(), p.Addr.Addr().IsLoopback())
	}
	fmt.Println(len(errs), "errors")
}
