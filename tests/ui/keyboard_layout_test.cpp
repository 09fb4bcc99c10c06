#include "ui/keyboard_layout.h"

#include <gtest/gtest.h>

using namespace kiosk::ui;

namespace {
bool page_has(KeyboardPage page, const std::string& text) {
    for (const auto& row : keyboard_rows(page))
        for (const auto& key : row)
            if (key.text == text) return true;
    return false;
}
}  // namespace

TEST(KeyboardLayout, LettersAreDutchQwerty) {
    const auto& rows = keyboard_rows(KeyboardPage::Letters);
    ASSERT_GE(rows.size(), 4u);
    EXPECT_EQ(rows[1].front().text, "q");
    EXPECT_EQ(rows[2].front().text, "a");
    for (char c = 'a'; c <= 'z'; ++c) EXPECT_TRUE(page_has(KeyboardPage::Letters, std::string(1, c))) << c;
}

TEST(KeyboardLayout, SymbolsHaveTheSignsDutchNeeds) {
    for (const char* s : {"€", "„", "”", "‘", "’", "–", "…"})
        EXPECT_TRUE(page_has(KeyboardPage::Symbols, s)) << s;
}

TEST(KeyboardLayout, LongPressOffersAccentedLettersInBothCases) {
    auto has = [](const std::string& base, const std::string& v) {
        for (const auto& x : long_press_variants(base)) if (x == v) return true;
        return false;
    };
    EXPECT_TRUE(has("e", "ë"));
    EXPECT_TRUE(has("e", "é"));
    EXPECT_TRUE(has("i", "ï"));
    EXPECT_TRUE(has("o", "ö"));
    EXPECT_TRUE(has("u", "ü"));
    EXPECT_TRUE(has("c", "ç"));
    EXPECT_TRUE(has("E", "Ë"));
    EXPECT_TRUE(long_press_variants("x").empty());
    EXPECT_EQ(shifted("ë"), "Ë");
}
