#include "export/pango_text.h"

namespace kiosk::exporting {

TextShaper::TextShaper() {
    context_ = pango_font_map_create_context(pango_cairo_font_map_get_default());
    pango_cairo_context_set_resolution(context_, 72.0);  // a font size is in surface units
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context_, FALSE);
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, kExportFont);
    pango_font_description_set_absolute_size(font, 10 * PANGO_SCALE);  // coverage does not depend on size
    fontset_ = pango_font_map_load_fontset(pango_context_get_font_map(context_), context_, font,
                                           pango_language_get_default());
    pango_font_description_free(font);
}

TextShaper::~TextShaper() {
    if (fontset_) g_object_unref(fontset_);
    g_object_unref(context_);
}

bool TextShaper::covers(unsigned code_point) const {
    if (code_point >= 0x20 && code_point < 0x7F) return true;  // every text font has ASCII
    const auto known = covered_.find(code_point);
    if (known != covered_.end()) return known->second;
    bool has = false;
    if (fontset_) {
        // The fontset's font for a character is the one fontconfig chose for it; it may still
        // lack it (then Pango draws the hex box).
        if (PangoFont* f = pango_fontset_get_font(fontset_, code_point)) {
            has = pango_font_has_char(f, code_point);
            g_object_unref(f);
        }
    }
    covered_.emplace(code_point, has);
    return has;
}

std::string TextShaper::with_fallback(const std::string& text, std::size_t* bold_bytes) const {
    static constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD
    std::string out;
    out.reserve(text.size());
    std::size_t moved_bold = bold_bytes ? *bold_bytes : 0;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        const std::size_t at = std::size_t(p - text.data());
        if (bold_bytes && at == *bold_bytes) moved_bold = out.size();
        const char* next = g_utf8_find_next_char(p, end);
        if (!next) next = end;
        const gunichar c = g_utf8_get_char_validated(p, static_cast<gssize>(next - p));
        const bool drawn_as_nothing = c == gunichar(-1) || c == gunichar(-2) || g_unichar_iszerowidth(c) ||
                                      g_unichar_type(c) == G_UNICODE_CONTROL;
        if (!drawn_as_nothing && !covers(c)) out += kReplacement;
        else out.append(p, next);
        p = next;
    }
    if (bold_bytes) *bold_bytes = *bold_bytes >= text.size() ? out.size() : moved_bold;
    return out;
}

LayoutPtr TextShaper::layout(const std::string& given, const TextStyle& style, double width,
                             std::size_t bold_bytes) const {
    const std::string text = with_fallback(given, &bold_bytes);
    LayoutPtr layout(pango_layout_new(context_));
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, kExportFont);
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    if (width > 0) {
        pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    }
    PangoAttrList* attrs = pango_attr_list_new();
    // A word broken at the edge gets no added hyphen: the text read back stays the text typed.
    pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));
    if (bold_bytes > 0) {
        PangoAttribute* bold = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
        bold->start_index = 0;
        bold->end_index = static_cast<guint>(bold_bytes);
        pango_attr_list_insert(attrs, bold);
    }
    pango_layout_set_attributes(layout.get(), attrs);
    pango_attr_list_unref(attrs);
    // set_text, not set_markup: people's text is never interpreted.
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    return layout;
}

double layout_height(PangoLayout* layout) {
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
}

double layout_width(PangoLayout* layout) {
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    return static_cast<double>(w) / PANGO_SCALE;
}

void draw_layout(cairo_t* cr, PangoLayout* layout, double x, double y) {
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
}

}  // namespace kiosk::exporting
