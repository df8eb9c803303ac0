"""Helpers for the reader's own worker processes (index build, page conversion)."""
