// family: slog
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
)

type LineHandler struct {
	w     io.Writer
	level slog.Level
	attrs []slog.Attr
}

func (h *LineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *LineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Level.String())
	b.WriteString(" ")
	b.WriteString(r.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
	}
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
		return true
	})
	b.WriteByte('\n')
	_, err := io.WriteString(h.w, b.String())
	return err
}

func (h *LineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	nh := *h
	nh.attrs = append(append([]slog.Attr{}, h.attrs...), as...)
	return &nh
}

func (h *LineHandler) WithGroup(string) slog.Handler { return h }

func main() {
	l := slog.New(&LineHandler{w: os.Stdout, level: slog.LevelInfo})
	l.Info("started", "port", 8080)
	l.With("req", 1).Warn("retry", "attempt", 2)
	l.Debug("hidden")
}
