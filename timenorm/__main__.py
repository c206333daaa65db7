"""`python -m timenorm` is the `timenorm` command."""

from timenorm.cli import main

raise SystemExit(main())
