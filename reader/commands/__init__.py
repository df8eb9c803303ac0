"""Sub-commands of `cancer-reader`, one module each."""
