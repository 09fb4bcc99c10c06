// Text layout for the drawn exports (PDF, board PNG and SVG) with Pango on cairo: real shaping,
// line wrapping and font fallback through fontconfig, so Dutch punctuation, € and ĳ come out as
// text and a missing glyph (an emoji) falls back to another installed font.
//
// A character no installed font has becomes U+FFFD before layout: the one fallback rule of the
// kiosk (fonts/manifest.toml, [replacement]), so a PDF, a PNG and an SVG show and carry what the
// table shows, where Pango would draw a box of hex digits (issue 14, "glyph fallback").
//
// Layouts are made device-independent (no hinting of metrics, 72 units per inch), so a layout
// measured once draws the same on a PNG, an SVG or a PDF page. Sizes are in the units of the
// cairo surface (pixels for images, points for the PDF).
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <unordered_map>

namespace kiosk::exporting {

struct GObjectUnref {
    void operator()(void* p) const { if (p) g_object_unref(p); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

/// The font family of every drawn export: Noto Sans (fonts-noto-core), with fontconfig's
/// fallback for characters it lacks.
inline constexpr const char* kExportFont = "Noto Sans";

struct TextStyle {
    double size = 10;      // font size in surface units
    bool bold = false;
    bool italic = false;
};

/// Makes layouts that share one device-independent Pango context. Not thread-safe: one per
/// thread (Pango's default font map is per thread).
class TextShaper {
public:
    TextShaper();
    ~TextShaper();
    TextShaper(const TextShaper&) = delete;
    TextShaper& operator=(const TextShaper&) = delete;

    /// `text` (UTF-8, plain — never markup) laid out in `style`, wrapped at word and then
    /// character boundaries to `width` units (width <= 0: no wrapping). The first `bold_bytes`
    /// bytes (a label in front of a value) are set in bold. Characters no font has are laid out
    /// as U+FFFD (with_fallback()).
    LayoutPtr layout(const std::string& text, const TextStyle& style, double width,
                     std::size_t bold_bytes = 0) const;

    /// `text` with every character that no font of the export's fontset (kExportFont and
    /// fontconfig's fallbacks) has replaced by U+FFFD. Characters drawn as nothing (controls,
    /// format characters, combining and variation marks) stay as they are. `bold_bytes`, a byte
    /// offset into `text` on a character boundary, is moved to the same place in the result.
    std::string with_fallback(const std::string& text, std::size_t* bold_bytes = nullptr) const;
    /// True when some font of the export's fontset has a glyph for `code_point`.
    bool covers(unsigned code_point) const;

private:
    PangoContext* context_;
    PangoFontset* fontset_;                              ///< kExportFont and its fallbacks
    mutable std::unordered_map<unsigned, bool> covered_; ///< covers(), asked once per code point
};

/// Height of a layout in surface units.
double layout_height(PangoLayout* layout);
/// Width of a layout's ink-independent logical extent in surface units.
double layout_width(PangoLayout* layout);

/// Draws `layout` with its top-left corner at (x, y) in `cr`'s user space.
void draw_layout(cairo_t* cr, PangoLayout* layout, double x, double y);

}  // namespace kiosk::exporting
