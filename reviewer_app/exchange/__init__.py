"""Review packages and return files: formats, signing, encryption, verified import. No Qt."""
