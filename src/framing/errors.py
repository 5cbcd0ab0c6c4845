"""The one exception the command line turns into ``error: ...`` and exit code 2."""


class InputError(Exception):
    """Bad input from the user: a missing, unreadable or malformed file, or a bad option."""
