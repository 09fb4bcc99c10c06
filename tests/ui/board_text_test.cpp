// What a note shows: emoji as one placeholder, every Dutch glyph in the atlas (K05).
#include "headless_ui.h"

#include "ui/note_text.h"

#include <gtest/gtest.h>
#include <imgui_internal.h>

namespace kiosk::test {
namespace {

TEST(NoteText, EmojiBecomeOnePlaceholderEachAndOtherTextStays) {
    EXPECT_EQ(ui::displayable_text("Top \xF0\x9F\x91\x8D!"), std::string("Top ") + ui::kPlaceholderGlyph + "!");
    // Thumbs up with a skin tone, and a family joined by ZWJ: one square each.
    EXPECT_EQ(ui::displayable_text("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"), ui::kPlaceholderGlyph);
    EXPECT_EQ(ui::displayable_text("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 x"),
              std::string(ui::kPlaceholderGlyph) + " x");
    EXPECT_EQ(ui::displayable_text("€ 12,50 „goed” ĳs wacht even…"), "€ 12,50 „goed” ĳs wacht even…");
}

TEST(NoteText, DutchGlyphsAreAllInTheAtlas) {
    HeadlessUi ui;
    ImFont* font = ui.ctx().fonts.body;
    ASSERT_NE(font, nullptr);
    const std::string sample = "€ … – „ ” ‘ ’ Ĳ ĳ ë é ï ö ü è à ç \xE2\x96\xA1";
    const char* s = sample.c_str();
    while (*s) {
        unsigned int c = 0;
        s += ImTextCharFromUtf8(&c, s, nullptr);
        if (c == ' ') continue;
        const ImFontGlyph* g = font->FindGlyphNoFallback(ImWchar(c));
        EXPECT_NE(g, nullptr) << "U+" << std::hex << c;
    }
}

}  // namespace
}  // namespace kiosk::test
