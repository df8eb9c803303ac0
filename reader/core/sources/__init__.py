"""Where the library's articles come from: the bundled library, installed packs and added folders."""
