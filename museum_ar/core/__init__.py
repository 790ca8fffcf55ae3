"""The exhibit as data, its project folder, undoable edits and typed errors.

Pure Python + numpy (and Pillow for the text label picture, label.py): nothing here imports Qt, OpenCV, OpenGL or any other museum_ar package.
"""

from .errors import *  # noqa: F403  (the typed errors are part of the core's surface)
from .exhibit import *  # noqa: F403  (its __all__: the exhibit's types and checks)
from .localized import DEFAULT_LANGUAGES, LocalizedText  # noqa: F401
from .project import Project, create_project, load_project, save_exhibit, store_asset  # noqa: F401
from .schema import SCHEMA_VERSION  # noqa: F401
from .transform import Transform  # noqa: F401
