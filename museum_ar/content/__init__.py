"""Import and optimise the files curators bring (meshes, images, video, audio, text)."""

from .importer import import_item  # noqa: F401
from .kinds import kind_of  # noqa: F401
from .options import DEFAULT_OPTIONS, UNITS, ImportOptions  # noqa: F401
