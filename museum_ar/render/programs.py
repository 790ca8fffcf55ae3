"""The renderer's shader programs: each built on its first use in a context, switched only when
another one is needed, uniform locations looked up once, and the surface variants' per-frame
uniforms set on their first use in a frame.

Built on first use, not all at once: the 17 programs took 80-150 ms to compile on a software
renderer (Mesa llvmpipe, on the GUI thread, at the view's first paint), where a scene uses 4-6."""

from __future__ import annotations

from OpenGL import GL

from . import shaders
from .gl_util import GLObjects, build_program

# texture units of a PBR part's maps (the base colour is unit 0)
PBR_UNITS = {"u_mr_tex": 1, "u_normal_tex": 2, "u_occlusion_tex": 3, "u_emissive_tex": 4}


def surface_name(textured: bool, lit: int, alpha_test: bool, pbr: bool = False) -> str:
    return f"surface_t{int(textured)}_l{int(lit)}_a{int(alpha_test)}_p{int(pbr)}"


class Programs:
    def __init__(self, objects: GLObjects) -> None:
        self.objects = objects
        self.by_name: dict[str, int] = {}  # the programs built so far
        self._sources: dict[str, tuple[str, str, str | None]] = {}  # name -> vertex, fragment, geometry shader
        self._uniforms: dict[tuple[str, str], int] = {}
        self.current = 0  # the program in use (0: unknown, the next use() switches)
        self._frame_programs: set[str] = set()
        self.up_eye = (0.0, 1.0, 0.0)  # the marker's up in eye coordinates: the surfaces' light rig

    @property
    def built(self) -> bool:
        return bool(self._sources)

    def build(self) -> None:
        """Know every program's sources; each is compiled when first used (`get`)."""
        self._sources = {
            "bg": (shaders.BACKGROUND_VS, shaders.BACKGROUND_FS, None),
            **{surface_name(*v): (shaders.surface_vs(*v), shaders.surface_fs(*v), None) for v in shaders.SURFACE_VARIANTS},
            "outline": (shaders.OUTLINE_VS, shaders.FLAT_FS, None),
            "lines": (shaders.LINES_VS, shaders.LINES_FS, shaders.LINES_GS),
        }

    def names(self) -> list[str]:
        """Every program `build` knows the sources of."""
        return list(self._sources)

    def get(self, name: str) -> int:
        """The program's GL name, compiled and linked now if this is its first use."""
        prog = self.by_name.get(name)
        if prog is None:
            prog = self.by_name[name] = build_program(self.objects, *self._sources[name])
        return prog

    def begin_frame(self) -> None:
        self.current = 0  # the host (Qt) may have used programs of its own since the last frame
        self._frame_programs = set()

    def use(self, name: str) -> int:
        prog = self.get(name)
        if prog != self.current:  # switching programs costs; drawing the same one twice does not
            GL.glUseProgram(prog)
            self.current = prog
        return prog

    def use_surface(self, textured: bool, lit: int, alpha_test: bool, pbr: bool = False) -> str:
        """Use the surface shader variant; its per-frame uniforms are set on its first use in a frame."""
        name = surface_name(textured, lit, alpha_test, pbr)
        self.use(name)
        if name not in self._frame_programs:
            self._frame_programs.add(name)
            GL.glUniform3f(self.u(name, "u_up_eye"), *self.up_eye)
            GL.glUniform1i(self.u(name, "u_tex"), 0)
            if pbr:
                for sampler, unit in PBR_UNITS.items():
                    GL.glUniform1i(self.u(name, sampler), unit)
        return name

    def u(self, prog_name: str, uniform: str) -> int:
        """The location of a program's uniform."""
        key = (prog_name, uniform)
        loc = self._uniforms.get(key)
        if loc is None:
            loc = self._uniforms[key] = GL.glGetUniformLocation(self.get(prog_name), uniform)
        return loc

    def end_frame(self) -> None:
        GL.glUseProgram(0)
        self.current = 0

    def forget(self) -> None:
        """After the GL objects were deleted (the renderer's release): build again on next use."""
        self.by_name, self._uniforms, self._sources = {}, {}, {}
        self.current = 0
