"""Import and optimise the files curators bring (meshes, images, video, audio, text)."""

from .importer import import_item  # noqa: F401
from .kinds import kind_of  # noqa: F401
