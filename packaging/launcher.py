"""Entry point of the bundled app (PyInstaller runs this file; it is not imported by the package)."""

import multiprocessing

if __name__ == "__main__":
    # The search index build may start worker processes; in a frozen app they re-run this file.
    multiprocessing.freeze_support()
    from reader.cli import main

    raise SystemExit(main())
