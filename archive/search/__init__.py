"""Full-text search over an archive's FTS5 index, with the Whoosh query language."""
