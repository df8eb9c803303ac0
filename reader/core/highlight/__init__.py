"""Which places of a search to mark in an opened article: the passages that answer it (plain Python)."""
