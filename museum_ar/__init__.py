"""museum-ar: build augmented-reality museum exhibits anchored on printed QR markers."""

__version__ = "0.1.0"
