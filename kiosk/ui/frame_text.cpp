#include "ui/frame_text.h"

#include <fmt/format.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <tuple>

namespace kiosk::ui {
namespace {

struct GlyphRef {
    const ImFont* font;
    const ImFontGlyph* glyph;
};

using UvKey = std::tuple<float, float, float, float>;

/// Every glyph of every font of the context, by its texture rectangle (unique in the atlas).
std::map<UvKey, GlyphRef> glyphs_by_uv() {
    std::map<UvKey, GlyphRef> out;
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    for (const ImFont* font : atlas->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible) out.emplace(UvKey{g.U0, g.V0, g.U1, g.V1}, GlyphRef{font, &g});
    return out;
}

void append_utf8(std::string& out, unsigned int c) {
    char buf[5] = {};
    ImTextCharToUtf8(buf, c);
    out += buf;
}

/// The code points of `utf8`, decoded as ImGui decodes them for drawing.
std::vector<unsigned int> code_points(std::string_view utf8) {
    std::vector<unsigned int> out;
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    while (p < end) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0) break;
        p += n;
        out.push_back(c);
    }
    return out;
}

bool inside(const ImVec4& clip, ImVec2 a, ImVec2 b) {
    return a.x >= clip.x - 0.5f && a.y >= clip.y - 0.5f && b.x <= clip.z + 0.5f && b.y <= clip.w + 0.5f;
}
bool overlaps(const ImVec4& clip, ImVec2 a, ImVec2 b) {
    return a.x < clip.z && b.x > clip.x && a.y < clip.w && b.y > clip.y;
}

}  // namespace

DrawnFrame read_drawn_frame(const ImDrawData& data) {
    DrawnFrame f;
    const auto glyphs = glyphs_by_uv();
    std::vector<std::size_t> missing_at;  // byte offsets in f.text
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        if (!f.text.empty() && f.text.back() != '\n') f.text += '\n';
        // A child window ("Parent/##child") scrolls: what lies below its edge waits to be
        // scrolled to, so only its width counts. A window of its own must hold what it draws.
        const bool child = list._OwnerName && std::strchr(list._OwnerName, '/');
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) continue;
            const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
            const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
            for (unsigned int i = 0; i < cmd.ElemCount; ++i) {
                const ImVec2 p = vtx[idx[i]].pos;
                f.min.x = std::min(f.min.x, p.x);
                f.max.x = std::max(f.max.x, p.x);
                if (child) continue;
                f.min.y = std::min(f.min.y, p.y);
                f.max.y = std::max(f.max.y, p.y);
            }
            // A glyph is two triangles (v, v+1, v+2) (v, v+2, v+3) with its texture corners at
            // v and v+2 (ImFont::RenderText).
            for (unsigned int i = 0; i + 5 < cmd.ElemCount; i += 3) {
                const ImDrawIdx v = idx[i];
                if (idx[i + 1] != v + 1 || idx[i + 2] != v + 2 || idx[i + 3] != v || idx[i + 5] != v + 3) continue;
                const ImDrawVert& a = vtx[v];
                const ImDrawVert& c = vtx[v + 2];
                const auto found = glyphs.find(UvKey{a.uv.x, a.uv.y, c.uv.x, c.uv.y});
                if (found == glyphs.end()) continue;
                i += 3;  // the glyph's second triangle
                if (!overlaps(cmd.ClipRect, a.pos, c.pos)) continue;  // scissored away: not shown
                if (!inside(cmd.ClipRect, a.pos, c.pos)) {
                    // Cut at an edge: seen in part, so the text it belongs to is not shown whole.
                    ++f.cut_glyphs;
                    f.text += '\x1F';
                    continue;
                }
                const GlyphRef& g = found->second;
                const float glyph_h = g.glyph->Y1 - g.glyph->Y0;
                if (glyph_h > 0.5f) {
                    const float px = g.font->FontSize * (c.pos.y - a.pos.y) / glyph_h;
                    f.smallest_font_px = f.smallest_font_px == 0 ? px : std::min(f.smallest_font_px, px);
                }
                if (g.glyph == g.font->FallbackGlyph) {
                    ++f.missing_glyphs;
                    missing_at.push_back(f.text.size());
                }
                append_utf8(f.text, g.glyph->Codepoint);
            }
        }
    }
    // The text around each missing glyph, for a message that says where it is.
    for (const std::size_t at : missing_at) {
        std::size_t b = at, e = at;
        for (int n = 0; n < 12 && b > 0; ++n) do --b; while (b > 0 && (f.text[b] & 0xC0) == 0x80);
        for (int n = 0; n < 13 && e < f.text.size(); ++n) do ++e; while (e < f.text.size() && (f.text[e] & 0xC0) == 0x80);
        f.missing.push_back(f.text.substr(b, e - b));
    }
    return f;
}

std::string glyph_text(std::string_view utf8, const ImFont& font) {
    std::string out;
    for (unsigned int c : code_points(utf8)) {
        if (c == '\n' || c == '\r') continue;
        const ImFontGlyph* g = font.FindGlyphNoFallback(ImWchar(c <= 0xFFFF ? c : 0xFFFD));
        if (g && !g->Visible) continue;
        // A code point the atlas lacks stays itself: the frame holds the fallback glyph there, so
        // a text with a missing glyph never matches.
        append_utf8(out, c);
    }
    return out;
}

bool frame_shows(const DrawnFrame& frame, std::string_view utf8) {
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (atlas->Fonts.empty()) return false;
    const std::string want = glyph_text(utf8, *atlas->Fonts[0]);
    return !want.empty() && frame.text.find(want) != std::string::npos;
}

std::string frame_report(const DrawnFrame& f) {
    std::string out = fmt::format("bbox {:.1f} {:.1f} {:.1f} {:.1f}\nmissing {}\n", f.min.x, f.min.y, f.max.x,
                                  f.max.y, f.missing_glyphs);
    for (const std::string& m : f.missing) out += "missing-near " + m + "\n";
    out += fmt::format("cut {}\nsmallest-font {:.1f}\n", f.cut_glyphs, f.smallest_font_px);
    std::size_t b = 0;
    while (b < f.text.size()) {
        const std::size_t e = std::min(f.text.find('\n', b), f.text.size());
        if (e > b) out += "text " + f.text.substr(b, e - b) + "\n";
        b = e + 1;
    }
    return out;
}

}  // namespace kiosk::ui
