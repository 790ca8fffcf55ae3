"""The authoring app: the only package that imports PySide6."""
