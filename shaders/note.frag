#version 330 core
// A sticky note: a rounded rectangle with a hairline edge and a soft shadow that falls down and
// to the right, all from a signed distance to the card (anti-aliased at any zoom, one quad each).
in vec2 v_pos;
flat in vec4 v_rect;
flat in vec4 v_colour;
flat in vec2 v_shape;
out vec4 frag_colour;

// Signed distance from p to a rectangle of half size b with corner radius r, centred at 0.
float rounded_box(vec2 p, vec2 b, float r) {
    vec2 q = abs(p) - b + vec2(r);
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

void main() {
    vec2 centre = 0.5 * (v_rect.xy + v_rect.zw);
    vec2 half_size = 0.5 * (v_rect.zw - v_rect.xy);
    float radius = min(v_shape.x, min(half_size.x, half_size.y));
    float shadow = max(v_shape.y, 0.5);

    float d = rounded_box(v_pos - centre, half_size, radius);
    float card = clamp(0.5 - d, 0.0, 1.0);
    float edge = clamp(1.0 - abs(d + 0.75), 0.0, 1.0);  // a hairline just inside the border

    vec2 offset = vec2(0.35, 1.0) * shadow;
    float ds = rounded_box(v_pos - centre - offset, half_size, radius);
    float shade = 0.30 * (1.0 - smoothstep(-shadow, shadow * 1.5, ds)) * v_colour.a;

    vec3 fill = mix(v_colour.rgb, v_colour.rgb * 0.82, edge);
    float a = card * v_colour.a;
    float out_a = a + shade * (1.0 - a);
    if (out_a < 0.004) discard;  // the empty corners of the quad: no blending work
    vec3 rgb = out_a > 0.0 ? (fill * a + vec3(0.16, 0.13, 0.08) * shade * (1.0 - a)) / out_a : vec3(0.0);
    frag_colour = vec4(rgb, out_a);
}
