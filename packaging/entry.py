"""The frozen app's entry point: the same `museum-ar` command as the pip install's script
(no arguments opens the authoring app; verbs work headless)."""

import sys

from museum_ar.cli import main

if __name__ == "__main__":
    sys.exit(main())
