"""The exceptions the command line turns into one ``error: ...`` line: exit code 2 for bad input,
1 for a build that failed."""


class InputError(Exception):
    """Bad input from the user: a missing, unreadable or malformed file, or a bad option."""


class BuildError(Exception):
    """A book did not build: a bug, or an article the chapters cannot handle."""
