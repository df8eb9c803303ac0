"""Library packs in the window: installing one from a file, and what it changes."""
