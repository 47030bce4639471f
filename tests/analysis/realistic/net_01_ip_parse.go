// family: net
package main

import (
	"fmt"
	"net"
	"strings"
)

func classify(s string) string {
	host, port, err := net.SplitHostPort(s)
	if err != nil {
		host = s
	}
	ip := net.ParseIP(host)
	switch {
	case ip == nil:
		return "hostname " + host
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate():
		return "private " + ip.String()
	case ip.To4() == nil:
		return "ipv6 " + ip.String()
	}
	if port != "" {
		return "public " + net.JoinHostPort(ip.String(), port)
	}
	return "public " + ip.String()
}

func main() {
	for _, s := range []string{"127.0.0.1:80", "10.1.2.3", "8.8.8.8:53", "2001:4860::8888", "example.com:443"} {
		fmt.Println(s, "=>", classify(s))
	}
	_, n, err := net.ParseCIDR("192.168.0.0/16")
	fmt.Println(n.Contains(net.IPv4(192, 168, 4, 4)), err, strings.Count(n.Mask.String(), "f"))
	hw, _ := net.ParseMAC("00:1a:2b:3c:4d:5e")
	fmt.Println(hw)
}
