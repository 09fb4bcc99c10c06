#version 330 core
// A calm vertical gradient with a soft vignette: gives the projected image depth without
// drawing attention. Colours come from the theme; a little ordered dither avoids banding.
in vec2 v_uv;
out vec4 frag_colour;
uniform vec3 u_top;
uniform vec3 u_bottom;
uniform vec2 u_resolution;

float dither(vec2 p) {
    return fract(52.9829189 * fract(dot(p, vec2(0.06711056, 0.00583715)))) / 255.0;
}

void main() {
    vec3 colour = mix(u_bottom, u_top, v_uv.y);
    vec2 centred = (v_uv - 0.5) * vec2(u_resolution.x / max(u_resolution.y, 1.0), 1.0);
    float vignette = smoothstep(1.1, 0.35, length(centred));
    colour *= mix(0.82, 1.0, vignette);
    frag_colour = vec4(colour + dither(gl_FragCoord.xy), 1.0);
}
