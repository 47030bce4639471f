// family: slog
package main

import (
	"context"
	"log/slog"
	"os"
)

type User struct {
	ID    int
	Email string
}

// LogValue keeps the e-mail address out of the logs.
func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("email", "<redacted>"))
}

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	u := User{ID: 7, Email: "x@example.com"}
	logger.Info("login", "user", u)
	logger.LogAttrs(context.Background(), slog.LevelInfo, "order",
		slog.Group("order", slog.Int("items", 3), slog.Float64("total", 19.99)),
		slog.Any("user", u))
	db := logger.WithGroup("db")
	db.Error("query failed", "table", "orders", "err", os.ErrNotExist)
}
