"""OpenGL renderer for whatever context is current; headless contexts for tests and thumbnails. No Qt widgets."""
