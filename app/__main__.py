"""`python -m app` runs the `kezek` command."""

from app.cli import main

raise SystemExit(main())
