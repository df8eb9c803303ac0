"""`python -m reader`."""

import gc

gc.disable()  # from the first import on: see reader.cli.main

from reader.cli import main  # noqa: E402 - after the line above

raise SystemExit(main())
