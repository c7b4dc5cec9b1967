"""Input and output: reading and writing text files (encodings, line endings, atomic
writes), finding them (walks, globs, ``.gitignore``), their settings (configuration files),
and reading Markdown (its blocks and the spans no rule may change)."""
