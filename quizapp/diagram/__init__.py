"""Memory diagrams: ``layout`` builds them as data (no Qt); ``render`` draws them with Qt."""
