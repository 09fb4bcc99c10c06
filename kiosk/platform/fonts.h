// Fonts: the manifest (fonts/manifest.toml) and the ImGui font atlas built from it at the scaled
// size. Rebuild the atlas whenever the body size changes (another monitor, --scale), so text is
// rasterised crisp rather than stretched.
#pragma once

#include <map>
#include <string>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace kiosk::platform {

/// One inclusive range of Unicode code points.
struct GlyphRange { unsigned first = 0, last = 0; };

struct FontRole {
    std::string name;                 ///< "body", "heading", "display"
    std::vector<std::string> files;   ///< file names, first found wins
    float size = 1.0f;                ///< multiple of the body size
    std::string ranges;               ///< key into FontManifest::ranges
    bool icons = false;               ///< merge the icon font in
};

struct FontManifest {
    std::vector<std::string> search_paths;
    std::map<std::string, std::vector<GlyphRange>> ranges;
    unsigned replacement = 0xFFFD;
    std::vector<std::string> replacement_files;
    std::vector<std::string> icon_files;
    float icon_size = 0.9f;
    std::map<std::string, unsigned> icons;  ///< icon name -> code point (<= U+FFFF)
    std::vector<FontRole> roles;
};

/// Reads and checks a manifest. Returns false with `error` = "path:line:column: what" (or
/// "path: what") on a syntax error, a missing role body/heading/display, an unknown range name or
/// a code point above U+FFFF.
bool read_font_manifest(const std::string& path, FontManifest& out, std::string& error);

/// The first existing file named `name` in `search_paths` (or `name` itself when it is an
/// existing absolute path); "" when there is none.
std::string find_font_file(const std::vector<std::string>& search_paths, const std::string& name);

/// The fonts of one built atlas. Pointers are owned by the atlas and die with its next rebuild.
struct LoadedFonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* display = nullptr;
    std::map<std::string, std::string> icons;  ///< icon name -> UTF-8 text of its glyph
    std::vector<std::string> notices;          ///< one line per missing file or fallback
};

/// Builds `atlas` from scratch for a body size of `body_px` pixels. Every role gets a font: when
/// none of its files exist it falls back to ImGui's built-in font (ASCII only) with a notice.
/// Each font that holds the manifest's replacement glyph draws it for every code point it lacks
/// (its FallbackChar), whatever ImGui would have picked.
/// Holds the glyph range arrays ImGui keeps pointers to, so keep it alive as long as the atlas.
class FontAtlasBuilder {
public:
    LoadedFonts build(ImFontAtlas& atlas, const FontManifest& manifest, float body_px);

private:
    const unsigned short* keep_ranges(const std::vector<GlyphRange>& ranges);
    std::vector<std::vector<unsigned short>> ranges_;
};

/// UTF-8 encoding of a code point <= U+FFFF.
std::string utf8_of(unsigned codepoint);

}  // namespace kiosk::platform
