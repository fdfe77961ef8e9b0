"""The one exception type users see. Its message is already translated and names the problem."""


class PotError(Exception):
    """A problem with the user's data or files, explained in words the user understands."""
