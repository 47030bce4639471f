// family: slog
package main

import (
	"log/slog"
	"os"
	"time"
)

type Request struct {
	ID     string
	Path   string
	Took   time.Duration
	Status int
}

func logRequest(l *slog.Logger, r Request) {
	l.Info("request",
		slog.String("id", r.ID),
		slog.String("path", r.Path),
		slog.Int("status", r.Status),
		slog.Duration("took", r.Took),
	)
}

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug})
	logger := slog.New(h).With("service", "api")
	logRequest(logger, Request{ID: "r1", Path: "/", Took: 3 * time.Millisecond, Status: 200})
	logger.Debug("cache miss", "key", "user:42")
	logger.Warn("slow", "took", 2*time.Second)
}
