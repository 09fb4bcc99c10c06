#include "core/text.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(Text, NormalisesToNfc) {
    // "e" + combining diaeresis becomes the single code point U+00EB (case K08).
    EXPECT_EQ(clean_text("ide\xCC\x88" "en", TextKind::Note).text, "id\xC3\xAB" "en");
    EXPECT_TRUE(is_clean_text("ideeën één reünie coördinatie naïef café", TextKind::Note));
}

TEST(Text, RepairsInvalidUtf8AndControlCharacters) {
    auto c = clean_text("ok\xFF\x01x", TextKind::Note);
    EXPECT_EQ(c.text, "ok\xEF\xBF\xBDx");
    EXPECT_TRUE(c.repaired);
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));  // overlong '/'
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
    EXPECT_TRUE(is_valid_utf8("Top \xF0\x9F\x91\x8D"));
}

TEST(Text, LineBreaksAreNormalisedAndFlattenedInLines) {
    EXPECT_EQ(clean_text("a\r\nb\rc", TextKind::Note).text, "a\nb\nc");
    EXPECT_EQ(clean_text("a\nb", TextKind::Line).text, "a b");
}

TEST(Text, ClampsAtCharacterBoundaryNeverInsideE_Umlaut) {
    // K06: a field at its limit minus one byte does not take a two-byte ë.
    std::string almost(max_bytes(TextKind::Note) - 1, 'a');
    auto c = clean_text(almost + "ë", TextKind::Note);
    EXPECT_TRUE(c.clamped);
    EXPECT_EQ(c.text, almost);
    auto exact = clean_text(std::string(max_bytes(TextKind::Note) - 2, 'a') + "ë", TextKind::Note);
    EXPECT_FALSE(exact.clamped);
    EXPECT_EQ(exact.text.size(), max_bytes(TextKind::Note));
}

TEST(Text, ClampsWholeGraphemeClusters) {
    // A flag is two regional indicators (8 bytes): never cut in half.
    std::string flag = "\xF0\x9F\x87\xB3\xF0\x9F\x87\xB1";
    EXPECT_EQ(clamp_to_graphemes("ab" + flag, 6), "ab");
    EXPECT_EQ(clamp_to_graphemes("ab" + flag, 10), "ab" + flag);
}

TEST(Text, HugePasteIsClampedToTheDocumentLimit) {
    std::string dutch;
    while (dutch.size() < 100000) dutch += "Wij zijn één bibliotheek voor ideeën.\n";
    auto c = clean_text(dutch, TextKind::Document);
    EXPECT_TRUE(c.clamped);
    EXPECT_LE(c.text.size(), max_bytes(TextKind::Document));
    EXPECT_TRUE(is_valid_utf8(c.text));
}

TEST(Text, RepairUtf8ReplacesOnlyTheBadBytes) {
    EXPECT_EQ(repair_utf8("{\"text\":\"caf\xC3\xA9 \xFF ok\"}"), "{\"text\":\"caf\xC3\xA9 \xEF\xBF\xBD ok\"}");
    EXPECT_EQ(repair_utf8("a\r\n\x01"), "a\r\n\x01");  // no other cleaning: that is clean_text's job
}

// A note of invisible characters is as blank as one of spaces: the card would show nothing (a
// newcomer's phone sent U+200B, U+00A0 and U+3000 and a blank card was stored).
TEST(Text, BlankIsWhatShowsNothingInAnyScript) {
    for (const char* blank : {"", " \t\r\n", "\u00A0", "\u200B", "\u3000", "\u200B \u00A0\u200E\uFEFF", "\u2028\u2029"})
        EXPECT_TRUE(is_blank(blank)) << blank;
    for (const char* shown : {"a", " . ", "\u00A0\u00E9", "\u200B\U0001F600", "\xFF"})
        EXPECT_FALSE(is_blank(shown)) << shown;
}
