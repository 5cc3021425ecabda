"""`python -m enduse`."""

from enduse.cli import main

main()
