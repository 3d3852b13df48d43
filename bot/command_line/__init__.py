"""The `cec-screener` command line: the argument parser and one module per command."""
