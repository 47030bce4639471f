// family: net
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

func serveOne(ln net.Listener, done chan<- error) {
	conn, err := ln.Accept()
	if err != nil {
		done <- err
		return
	}
	defer conn.Close()
	r := bufio.NewReader(conn)
	line, err := r.ReadString('\n')
	if err != nil {
		done <- err
		return
	}
	_, err = fmt.Fprintf(conn, "echo: %s", strings.ToUpper(line))
	done <- err
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	defer ln.Close()
	done := make(chan error, 1)
	go serveOne(ln, done)
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	fmt.Fprintln(c, "hello")
	reply, _ := bufio.NewReader(c).ReadString('\n')
	c.Close()
	fmt.Print(reply)
	fmt.Println(<-done)
}
