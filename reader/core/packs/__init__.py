"""Library packs: one signed file that holds a whole library, its catalog and its search index."""
