#include "platform/fonts.h"

#include <imgui.h>
#include <toml++/toml.h>

#include <cmath>
#include <sys/stat.h>

namespace kiosk::platform {
namespace {

bool file_exists(const std::string& path) {
    struct stat st{};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

template <typename View>
std::vector<std::string> strings_of(const View& node) {
    std::vector<std::string> out;
    if (const auto* arr = node.as_array())
        for (const auto& item : *arr)
            if (auto s = item.template value<std::string>()) out.push_back(*s);
    return out;
}

bool read_ranges(const toml::array& arr, std::vector<GlyphRange>& out, std::string& what) {
    for (const auto& item : arr) {
        const auto* pair = item.as_array();
        if (!pair || pair->size() != 2) { what = "each range must be [first, last]"; return false; }
        auto first = (*pair)[0].value<int64_t>();
        auto last = (*pair)[1].value<int64_t>();
        if (!first || !last || *first < 1 || *last < *first || *last > 0xFFFF) {
            what = "a range must hold code points 1..0xFFFF with first <= last";
            return false;
        }
        out.push_back({unsigned(*first), unsigned(*last)});
    }
    return true;
}

ImFont* add_font(ImFontAtlas& atlas, const std::string& file, float px, const ImWchar* ranges,
                 bool merge, float min_advance = 0.0f) {
    ImFontConfig cfg;
    cfg.MergeMode = merge;
    // Oversampling sharpens small text only; at projector sizes it just bloats the atlas.
    cfg.OversampleH = px < 40.0f ? 2 : 1;
    cfg.OversampleV = 1;
    cfg.GlyphMinAdvanceX = min_advance;
    return atlas.AddFontFromFileTTF(file.c_str(), px, &cfg, ranges);
}

// The one fallback rule (issue 14): a character no font of the atlas holds is drawn as the
// manifest's replacement glyph ([replacement] codepoint, U+FFFD), the same on a card, in the
// editor and on the projector; ui::kPlaceholderGlyph (ui/note_text.h), which stands in for code
// points above U+FFFF on cards, is that same code point. Set here rather than left to ImGui's own
// pick (U+FFFD, '?' or ' ', whichever the font has first), so the manifest decides. Fonts without
// the replacement glyph (the countdown's digits-only display role, or a missing replacement
// file) keep ImGui's pick.
void set_fallback(ImFont& font, unsigned codepoint) {
    const ImFontGlyph* glyph = font.FindGlyphNoFallback(ImWchar(codepoint));
    if (!glyph) return;
    font.FallbackChar = ImWchar(codepoint);
    font.FallbackGlyph = glyph;
    font.FallbackAdvanceX = glyph->AdvanceX;
    // Code points without a glyph measure as the fallback, as ImFont::BuildLookupTable() does.
    for (int i = 0; i < font.IndexLookup.Size && i < font.IndexAdvanceX.Size; ++i)
        if (font.IndexLookup[i] == ImWchar(-1)) font.IndexAdvanceX[i] = glyph->AdvanceX;
}

}  // namespace

std::string utf8_of(unsigned cp) {
    std::string s;
    if (cp < 0x80) {
        s += char(cp);
    } else if (cp < 0x800) {
        s += char(0xC0 | (cp >> 6));
        s += char(0x80 | (cp & 0x3F));
    } else {
        s += char(0xE0 | (cp >> 12));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
    }
    return s;
}

std::string find_font_file(const std::vector<std::string>& search_paths, const std::string& name) {
    if (!name.empty() && name[0] == '/') return file_exists(name) ? name : std::string();
    for (const auto& dir : search_paths) {
        std::string path = dir + "/" + name;
        if (file_exists(path)) return path;
    }
    return {};
}

bool read_font_manifest(const std::string& path, FontManifest& out, std::string& error) {
    toml::table doc;  // parsed whole; the manifest is small
    try {
        doc = toml::parse_file(path);
    } catch (const toml::parse_error& e) {
        const auto& at = e.source().begin;
        error = path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
                std::string(e.description());
        return false;
    }
    auto fail = [&](const std::string& what) { error = path + ": " + what; return false; };

    FontManifest m;
    m.search_paths = strings_of(doc["search_paths"]);
    if (const auto* ranges = doc["ranges"].as_table()) {
        for (const auto& [key, node] : *ranges) {
            const auto* arr = node.as_array();
            std::string what;
            if (!arr) return fail("ranges." + std::string(key.str()) + " must be an array");
            if (!read_ranges(*arr, m.ranges[std::string(key.str())], what))
                return fail("ranges." + std::string(key.str()) + ": " + what);
        }
    }
    m.replacement = unsigned(doc["replacement"]["codepoint"].value_or(int64_t(0xFFFD)));
    m.replacement_files = strings_of(doc["replacement"]["files"]);
    m.icon_files = strings_of(doc["icons"]["files"]);
    m.icon_size = doc["icons"]["size"].value_or(0.9f);
    if (const auto* cps = doc["icons"]["codepoints"].as_table()) {
        for (const auto& [key, node] : *cps) {
            auto cp = node.value<int64_t>();
            if (!cp || *cp < 0xE000 || *cp > 0xFFFF)
                return fail("icons.codepoints." + std::string(key.str()) +
                            " must be a private-use code point 0xE000..0xFFFF");
            m.icons[std::string(key.str())] = unsigned(*cp);
        }
    }
    if (m.replacement == 0 || m.replacement > 0xFFFF)
        return fail("replacement.codepoint must be 1..0xFFFF");

    for (const char* name : {"body", "heading", "display"}) {
        const auto* role = doc["roles"][name].as_table();
        if (!role) return fail(std::string("roles.") + name + " is missing");
        FontRole r;
        r.name = name;
        r.files = strings_of((*role)["files"]);
        r.size = (*role)["size"].value_or(1.0f);
        r.ranges = (*role)["ranges"].value_or(std::string("text"));
        r.icons = (*role)["icons"].value_or(false);
        if (r.files.empty()) return fail(std::string("roles.") + name + ".files is empty");
        if (!(r.size > 0.0f && r.size <= 20.0f))
            return fail(std::string("roles.") + name + ".size must be in (0, 20]");
        if (!m.ranges.count(r.ranges))
            return fail(std::string("roles.") + name + ".ranges names no [ranges] entry: " + r.ranges);
        m.roles.push_back(std::move(r));
    }
    out = std::move(m);
    return true;
}

const unsigned short* FontAtlasBuilder::keep_ranges(const std::vector<GlyphRange>& ranges) {
    std::vector<unsigned short> flat;
    for (const auto& r : ranges) {
        flat.push_back(static_cast<unsigned short>(r.first));
        flat.push_back(static_cast<unsigned short>(r.last));
    }
    flat.push_back(0);
    ranges_.push_back(std::move(flat));
    return ranges_.back().data();
}

LoadedFonts FontAtlasBuilder::build(ImFontAtlas& atlas, const FontManifest& manifest, float body_px) {
    LoadedFonts out;
    atlas.Clear();
    ranges_.clear();
    ranges_.reserve(manifest.roles.size() + 2);  // data() pointers must stay put

    const ImWchar* replacement_range = keep_ranges({{manifest.replacement, manifest.replacement}});
    std::vector<GlyphRange> icon_ranges;
    for (const auto& [name, cp] : manifest.icons) {
        icon_ranges.push_back({cp, cp});
        out.icons[name] = utf8_of(cp);
    }
    const ImWchar* icons_range = icon_ranges.empty() ? nullptr : keep_ranges(icon_ranges);

    auto first_found = [&](const std::vector<std::string>& files, const std::string& what) {
        for (const auto& f : files) {
            std::string path = find_font_file(manifest.search_paths, f);
            if (!path.empty()) return path;
            out.notices.push_back("kiosk: font file not found: " + f + " (" + what + ")");
        }
        return std::string();
    };
    const std::string replacement_file = first_found(manifest.replacement_files, "replacement glyph");
    const std::string icon_file = first_found(manifest.icon_files, "icons");

    for (const auto& role : manifest.roles) {
        const float px = std::round(body_px * role.size);
        const ImWchar* ranges = keep_ranges(manifest.ranges.at(role.ranges));
        const std::string file = first_found(role.files, role.name);
        ImFont* font = nullptr;
        if (!file.empty()) {
            font = add_font(atlas, file, px, ranges, false);
            if (role.icons && !replacement_file.empty())
                add_font(atlas, replacement_file, px, replacement_range, true);
            if (role.icons && icons_range && !icon_file.empty())
                add_font(atlas, icon_file, std::round(px * manifest.icon_size), icons_range, true, px);
        } else {
            out.notices.push_back("kiosk: no font for " + role.name + "; using the built-in font");
            ImFontConfig cfg;
            cfg.SizePixels = px;
            font = atlas.AddFontDefault(&cfg);
        }
        if (role.name == "body") out.body = font;
        else if (role.name == "heading") out.heading = font;
        else if (role.name == "display") out.display = font;
    }
    atlas.Build();
    for (ImFont* font : {out.body, out.heading, out.display}) set_fallback(*font, manifest.replacement);
    return out;
}

}  // namespace kiosk::platform
