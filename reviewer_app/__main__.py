import multiprocessing

from reviewer_app.cli import main

if __name__ == "__main__":
    # In the desktop build, a spawned worker (document checks at intake) starts this executable
    # again; freeze_support lets it run the worker instead of the application.
    multiprocessing.freeze_support()
    raise SystemExit(main())
