// family: os-exec
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

type CmdResult struct {
	Stdout   string
	ExitCode int
}

func run(ctx context.Context, name string, args ...string) (CmdResult, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errb
	err := cmd.Run()
	res := CmdResult{Stdout: strings.TrimSpace(out.String())}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		res.ExitCode = ee.ExitCode()
		return res, fmt.Errorf("%s failed: %s", name, strings.TrimSpace(errb.String()))
	}
	return res, err
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if _, err := exec.LookPath("echo"); err != nil {
		fmt.Println("no echo:", err)
		return
	}
	r, err := run(ctx, "echo", "hello", "exec")
	fmt.Println(r.Stdout, r.ExitCode, err)
	_, err = run(ctx, "false")
	fmt.Println(err != nil)
}
