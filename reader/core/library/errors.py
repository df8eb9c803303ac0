"""The error an article file that cannot be loaded raises."""


class ArticleError(Exception):
    """An article file that cannot be loaded, with the reason in plain words."""
