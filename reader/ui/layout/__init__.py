"""How the window lays itself out at every text size: toolbars in one row or rows, panel titles."""
