"""The store's refusal: a database that cannot be used as asked."""


class DatabaseProblem(RuntimeError):
    """The database cannot be used as asked; the message names the file and says what to do.
    Nothing was written when this is raised."""
