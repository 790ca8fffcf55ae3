"""GLSL 3.30 core sources. Texture v = 0 is an image's top row (images are uploaded top row first)."""

BACKGROUND_VS = """#version 330 core
out vec2 v_uv;
void main() {
    // one triangle covering the screen (p in [0, 1] is the screen); v flipped so the camera
    // image's top row (t = 0) is at the top
    vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2);
    v_uv = vec2(p.x, 1.0 - p.y);
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
"""

BACKGROUND_FS = """#version 330 core
in vec2 v_uv;
out vec4 o_color;
uniform sampler2D u_tex;
void main() { o_color = vec4(texture(u_tex, v_uv).rgb, 1.0); }
"""

SURFACE_VS = """#version 330 core
layout(location = 0) in vec3 a_pos;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec2 a_uv;
layout(location = 3) in vec4 a_color;
uniform mat4 u_mvp;
uniform mat4 u_mv;
uniform mat3 u_normal_mat;
uniform vec3 u_up_eye;
out vec3 v_normal;
out vec2 v_uv;
out vec4 v_color;
#if PBR
out vec3 v_pos;  // eye space: the view direction and the surface's frame for the normal map
#endif
#if VERTEX_LIT
out vec4 v_light;  // rgb: diffuse factor, a: specular
#endif
LIGHTING
void main() {
    v_normal = u_normal_mat * a_normal;
    v_uv = a_uv;
    v_color = a_color;
#if PBR
    v_pos = (u_mv * vec4(a_pos, 1.0)).xyz;
#endif
#if VERTEX_LIT
    v_light = light(normalize(v_normal));
#endif
    gl_Position = u_mvp * vec4(a_pos, 1.0);
}
"""

# The lighting, per pixel or (for triangles of a few pixels, where it looks the same) per vertex.
LIGHTING = """vec4 light(vec3 n) {
    float hemi = dot(n, u_up_eye) * 0.5 + 0.5;
    vec3 ambient = mix(vec3(0.32, 0.30, 0.28), vec3(0.62, 0.66, 0.72), hemi);
    vec3 key_dir = normalize(vec3(-0.45, 0.65, 0.6));
    vec3 fill_dir = normalize(vec3(0.6, -0.1, 0.8));
    float key = max(dot(n, key_dir), 0.0);
    float fill = max(dot(n, fill_dir), 0.0);
    vec3 h = normalize(key_dir + vec3(0.0, 0.0, 1.0));
    float spec = pow(max(dot(n, h), 0.0), 32.0) * 0.18;
    return vec4(ambient + key * vec3(0.75, 0.72, 0.68) + fill * 0.18, spec);
}
"""

# PBR-lite: hemisphere ambient (sky above the marker, floor below) + a key light from the upper
# left of the viewer + a soft fill, so the shape of a scanned skull reads on any background.
# Built in variants (see surface_fs): a texture fetch only when there is a texture, lighting only
# for meshes, and the alpha test (discard) only for parts that can be transparent: on software GL
# a shader that may discard turns off early depth testing, so hidden fragments are fully shaded.
SURFACE_FS = """#version 330 core
in vec3 v_normal;
in vec2 v_uv;
in vec4 v_color;
out vec4 o_color;
uniform sampler2D u_tex;
uniform vec4 u_base_color;
uniform vec3 u_up_eye;     // the marker's +Y in eye space
uniform float u_opacity;
#if VERTEX_LIT
in vec4 v_light;
#endif
#if PBR
in vec3 v_pos;
uniform sampler2D u_mr_tex;        // glTF: G roughness, B metallic
uniform sampler2D u_normal_tex;    // tangent space, +Y up the picture
uniform sampler2D u_occlusion_tex; // R
uniform sampler2D u_emissive_tex;
uniform vec3 u_metal_rough_occl;   // metallic and roughness factors, 1 if there is an occlusion map
uniform vec3 u_emissive;
uniform vec3 u_maps;               // 1 where there is a map: metal-rough, normal, emissive
PBR_SHADING
#endif
LIGHTING
void main() {
    vec4 base = u_base_color * v_color;
#if TEXTURED
    base *= texture(u_tex, v_uv);
#endif
    base.a *= u_opacity;
#if ALPHA_TEST
    if (base.a < 0.02) discard;
#endif
    vec3 rgb = base.rgb;
#if PBR
    rgb = pbr_shade(base.rgb);
#elif VERTEX_LIT
    rgb = rgb * v_light.rgb + v_light.a;
#elif LIT
    vec3 n = normalize(v_normal);
    if (!gl_FrontFacing) n = -n;
    vec4 l = light(n);
    rgb = rgb * l.rgb + l.a;
#endif
    o_color = vec4(rgb, base.a);
}
"""

# glTF metallic-roughness under the same light rig as LIGHTING (the hemisphere, the key light, the
# fill), so a rough non-metal looks as it does without it: GGX microfacets (Smith visibility,
# Schlick Fresnel) for the key light, the hemisphere reflected for the surroundings (Karis's
# analytic approximation of the pre-integrated BRDF), occlusion on what comes from the
# surroundings, emission added. The normal map's frame comes from screen-space derivatives of
# position and UV (no tangents in the vertex format); our v runs down the picture, glTF's normal
# maps have +Y up it: hence the minus on y.
PBR_SHADING = """
const float PI = 3.14159265;
mat3 surface_frame(vec3 n, vec3 p, vec2 uv) {
    vec3 dp1 = dFdx(p), dp2 = dFdy(p);
    vec2 duv1 = dFdx(uv), duv2 = dFdy(uv);
    vec3 dp2perp = cross(dp2, n), dp1perp = cross(n, dp1);
    vec3 t = dp2perp * duv1.x + dp1perp * duv2.x;
    vec3 b = dp2perp * duv1.y + dp1perp * duv2.y;
    float len = max(dot(t, t), dot(b, b));
    float inv = len > 0.0 ? inversesqrt(len) : 0.0;
    return mat3(t * inv, b * inv, n);
}
vec3 sky(vec3 dir) {
    return mix(vec3(0.32, 0.30, 0.28), vec3(0.62, 0.66, 0.72), dot(dir, u_up_eye) * 0.5 + 0.5);
}
vec3 pbr_shade(vec3 albedo) {
    vec3 n = normalize(v_normal);
    if (!gl_FrontFacing) n = -n;
    if (u_maps.y > 0.5) {
        vec3 t = texture(u_normal_tex, v_uv).xyz * 2.0 - 1.0;
        t.y = -t.y;
        vec3 m = surface_frame(n, v_pos, v_uv) * t;
        if (dot(m, m) > 1e-8) n = normalize(m);
    }
    float metallic = u_metal_rough_occl.x, roughness = u_metal_rough_occl.y;
    if (u_maps.x > 0.5) {
        vec4 mr = texture(u_mr_tex, v_uv);
        metallic *= mr.b;
        roughness *= mr.g;
    }
    roughness = clamp(roughness, 0.045, 1.0);
    float occlusion = u_metal_rough_occl.z > 0.5 ? texture(u_occlusion_tex, v_uv).r : 1.0;
    vec3 v = normalize(-v_pos);
    float nv = max(dot(n, v), 1e-4);
    vec3 f0 = mix(vec3(0.04), albedo, metallic);
    vec3 diffuse = albedo * (1.0 - metallic);
    vec3 key_dir = normalize(vec3(-0.45, 0.65, 0.6));
    vec3 fill_dir = normalize(vec3(0.6, -0.1, 0.8));
    float key = max(dot(n, key_dir), 0.0);
    float fill = max(dot(n, fill_dir), 0.0);
    vec3 rgb = diffuse * (sky(n) * occlusion + key * vec3(0.75, 0.72, 0.68) + fill * 0.18);
    // the key light's highlight
    vec3 h = normalize(key_dir + v);
    float nh = max(dot(n, h), 0.0), vh = max(dot(v, h), 0.0);
    float a2 = roughness * roughness * roughness * roughness;
    float d = a2 / (PI * pow(nh * nh * (a2 - 1.0) + 1.0, 2.0));
    float vis = 0.5 / (key * sqrt(nv * nv * (1.0 - a2) + a2) + nv * sqrt(key * key * (1.0 - a2) + a2) + 1e-5);
    vec3 fresnel = f0 + (1.0 - f0) * pow(1.0 - vh, 5.0);
    rgb += d * vis * fresnel * key * vec3(0.75, 0.72, 0.68);
    // the surroundings, mirrored
    const vec4 c0 = vec4(-1.0, -0.0275, -0.572, 0.022);
    const vec4 c1 = vec4(1.0, 0.0425, 1.04, -0.04);
    vec4 r = roughness * c0 + c1;
    float a004 = min(r.x * r.x, exp2(-9.28 * nv)) * r.x + r.y;
    vec2 ab = vec2(-1.04, 1.04) * a004 + r.zw;
    rgb += sky(reflect(-v, n)) * (f0 * ab.x + ab.y) * occlusion;
    vec3 emission = u_emissive;
    if (u_maps.z > 0.5) emission *= texture(u_emissive_tex, v_uv).rgb;
    return rgb + emission;
}
"""

# (textured, lit, alpha_test, pbr) of each surface program variant; lit: 0 unlit, 1 per pixel, 2
# per vertex (only for opaque parts whose back faces are culled: a vertex cannot tell the side
# seen); pbr only lit per pixel
SURFACE_VARIANTS = (
    [(t, lit, a, False) for t in (False, True) for lit in (0, 1) for a in (False, True)]
    + [(t, 2, False, False) for t in (False, True)]
    + [(t, 1, a, True) for t in (False, True) for a in (False, True)]
)


def _with_switches(source: str, textured: bool, lit: int, alpha_test: bool, pbr: bool = False) -> str:
    head, body = source.split("\n", 1)
    defines = f"#define TEXTURED {int(textured)}\n#define LIT {int(lit == 1)}\n#define VERTEX_LIT {int(lit == 2)}\n#define ALPHA_TEST {int(alpha_test)}\n#define PBR {int(pbr)}\n"
    body = body.replace("PBR_SHADING", PBR_SHADING if pbr else "")
    return f"{head}\n{defines}{body.replace('LIGHTING', LIGHTING if lit else '')}"


def surface_vs(textured: bool, lit: int, alpha_test: bool, pbr: bool = False) -> str:
    """SURFACE_VS with its compile-time switches set."""
    return _with_switches(SURFACE_VS, textured, lit, alpha_test, pbr)


def surface_fs(textured: bool, lit: int, alpha_test: bool, pbr: bool = False) -> str:
    """SURFACE_FS with its compile-time switches set."""
    return _with_switches(SURFACE_FS, textured, lit, alpha_test, pbr)


# Silhouette: the selected item drawn again pushed outward on screen from its own centre, only
# where the stencil says the item itself is not: a constant-width ring in pixels.
OUTLINE_VS = """#version 330 core
layout(location = 0) in vec3 a_pos;
uniform mat4 u_mvp;
uniform vec4 u_center_clip;
uniform vec2 u_viewport;
uniform float u_px;
void main() {
    vec4 c = u_mvp * vec4(a_pos, 1.0);
    vec2 s = c.xy / c.w;
    vec2 sc = u_center_clip.xy / u_center_clip.w;
    vec2 d = (s - sc) * u_viewport;
    vec2 dir = length(d) > 1e-4 ? normalize(d) : vec2(0.0);
    s += dir * (2.0 * u_px) / u_viewport;
    gl_Position = vec4(s * c.w, c.z, c.w);
}
"""

FLAT_FS = """#version 330 core
uniform vec4 u_color;
out vec4 o_color;
void main() { o_color = u_color; }
"""

# Lines as screen-space ribbons u_width pixels wide (core profile has only 1-pixel GL lines).
LINES_VS = """#version 330 core
layout(location = 0) in vec3 a_pos;
layout(location = 1) in vec4 a_color;
uniform mat4 u_mvp;
out vec4 g_color;
void main() { g_color = a_color; gl_Position = u_mvp * vec4(a_pos, 1.0); }
"""

LINES_GS = """#version 330 core
layout(lines) in;
layout(triangle_strip, max_vertices = 4) out;
in vec4 g_color[];
out vec4 f_color;
uniform vec2 u_viewport;
uniform float u_width;
void main() {
    vec4 a = gl_in[0].gl_Position, b = gl_in[1].gl_Position;
    // clip the segment against the near plane so ribbons never flip behind the camera
    float near = -1.0;
    float da = a.z + a.w, db = b.z + b.w;
    if (da < 0.0 && db < 0.0) return;
    if (da < 0.0) a = mix(a, b, da / (da - db));
    if (db < 0.0) b = mix(b, a, db / (db - da));
    vec2 sa = a.xy / a.w * u_viewport, sb = b.xy / b.w * u_viewport;
    vec2 dir = sb - sa;
    dir = length(dir) > 1e-6 ? normalize(dir) : vec2(1.0, 0.0);
    vec2 off = vec2(-dir.y, dir.x) * u_width / u_viewport;
    f_color = g_color[0]; gl_Position = vec4(a.xy + off * a.w, a.z, a.w); EmitVertex();
    f_color = g_color[0]; gl_Position = vec4(a.xy - off * a.w, a.z, a.w); EmitVertex();
    f_color = g_color[1]; gl_Position = vec4(b.xy + off * b.w, b.z, b.w); EmitVertex();
    f_color = g_color[1]; gl_Position = vec4(b.xy - off * b.w, b.z, b.w); EmitVertex();
    EndPrimitive();
}
"""

LINES_FS = """#version 330 core
in vec4 f_color;
out vec4 o_color;
void main() { o_color = f_color; }
"""
