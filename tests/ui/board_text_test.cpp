// What a note shows: emoji as one placeholder, lines broken at word boundaries (K05, K07).
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

TEST(NoteText, LinesBreakAtSpacesAndKeepEveryWord) {
    HeadlessUi ui;
    ImFont& font = *ui.ctx().fonts.body;
    const std::string text = "coördinatie van het café-overleg met de reünie commissie";
    const auto lines = ui::wrap_lines(font, 27, text, 200);
    ASSERT_GT(lines.size(), 1u);
    std::string joined;
    for (const auto& l : lines) {
        const std::string part = text.substr(l.begin, l.end - l.begin);
        EXPECT_LE(font.CalcTextSizeA(27, FLT_MAX, 0, part.c_str()).x, 200.5f) << part;
        EXPECT_NE(part.front(), ' ');
        joined += (joined.empty() ? "" : " ") + part;
    }
    EXPECT_EQ(joined, text);
}

TEST(NoteText, LineBreaksInTheTextStartNewLinesAndEmptyTextIsOneLine) {
    HeadlessUi ui;
    ImFont& font = *ui.ctx().fonts.body;
    EXPECT_EQ(ui::wrap_lines(font, 27, "a\n\nb", 500).size(), 3u);
    EXPECT_EQ(ui::wrap_lines(font, 27, "", 500).size(), 1u);
    // A word wider than the line is cut inside the word, never dropped.
    const auto lines = ui::wrap_lines(font, 27, "Ĳsselmeer-uitjes-commissievergadering", 80);
    EXPECT_GT(lines.size(), 2u);
    EXPECT_EQ(lines.back().end, std::string("Ĳsselmeer-uitjes-commissievergadering").size());
}

}  // namespace
}  // namespace kiosk::test
