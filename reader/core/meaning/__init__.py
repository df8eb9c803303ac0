"""Meaning: a static word-vector table (distilled from a sentence-embedding model) that re-ranks
search results by what a text is about. Plain Python and numpy; see docs/SEARCH.md."""

#: Bump when resources/search/word_vectors.npz is rebuilt: the vectors stored in an index only compare
#: with the table that made them (the index format includes this number, so a new table rebuilds).
TABLE_VERSION = 1
