"""Which cancers a symptom described in everyday words may point to, learned from the library itself."""
