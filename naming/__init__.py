"""naming: who calls what by which name, in whose voice."""
