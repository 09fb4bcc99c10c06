#version 330 core
// One instance per sticky note: a quad around the card, grown by the shadow's reach. The
// fragment shader draws the rounded card and its soft shadow from the rectangle alone.
layout(location = 0) in vec4 a_rect;    // x0, y0, x1, y1 in ImGui pixels
layout(location = 1) in vec4 a_colour;  // fill, straight alpha
layout(location = 2) in vec2 a_shape;   // corner radius, shadow size (pixels)
uniform vec4 u_display;                 // ImGui display position (xy) and size (zw)
uniform float u_top_row_first;          // 1: the target stores ImGui's top row first (DrawTarget)
out vec2 v_pos;
flat out vec4 v_rect;
flat out vec4 v_colour;
flat out vec2 v_shape;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    float reach = a_shape.y * 2.5;
    vec2 lo = a_rect.xy - vec2(reach * 0.5, reach * 0.3);
    vec2 hi = a_rect.zw + vec2(reach, reach * 1.6);
    v_pos = mix(lo, hi, corner);
    v_rect = a_rect;
    v_colour = a_colour;
    v_shape = a_shape;
    // The same mapping as DrawTarget::ndc_y (kiosk/platform/draw_target.h): ImGui's vertices are
    // mirrored into the retained image, so these quads must be too.
    vec2 ndc = (v_pos - u_display.xy) / u_display.zw * 2.0 - 1.0;
    gl_Position = vec4(ndc.x, u_top_row_first > 0.5 ? ndc.y : -ndc.y, 0.0, 1.0);
}
