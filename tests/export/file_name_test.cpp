#include "export/file_name.h"

#include "core/text.h"

#include <gtest/gtest.h>

using kiosk::exporting::clean_file_name;
using kiosk::exporting::kMaxFileNameBytes;

TEST(FileName, ForbiddenCharactersGo) {
    EXPECT_EQ(clean_file_name("Bootcamp: Zwolle / Deventer", "pdf"), "Bootcamp- Zwolle - Deventer.pdf");
    EXPECT_EQ(clean_file_name("Wat? *Nu* \"echt\" <ja> a|b a\\b", "md"), "Wat Nu echt ja a-b a-b.md");
    EXPECT_EQ(clean_file_name("Tab\there\nnew\x01line\x7f", "csv"), "Tab here newline.csv");
}

TEST(FileName, DiacriticsStayAndEndsAreTrimmed) {
    EXPECT_EQ(clean_file_name("Reünie café – ideeën", "html"), "Reünie café – ideeën.html");
    EXPECT_EQ(clean_file_name("  Sessie...  ", "pdf"), "Sessie.pdf");
    EXPECT_EQ(clean_file_name("Sessie   met   ruimte", "pdf"), "Sessie met ruimte.pdf");
}

TEST(FileName, ReservedDeviceNamesAreAvoided) {
    EXPECT_EQ(clean_file_name("CON", "pdf"), "CON_.pdf");
    EXPECT_EQ(clean_file_name("con", "pdf"), "con_.pdf");
    EXPECT_EQ(clean_file_name("Lpt1", "md"), "Lpt1_.md");
    EXPECT_EQ(clean_file_name("aux.backup", "md"), "aux_.backup.md");
    EXPECT_EQ(clean_file_name("COM10", "md"), "COM10.md");
    EXPECT_EQ(clean_file_name("Console", "md"), "Console.md");
}

TEST(FileName, EmptyFallsBackToAWord) {
    EXPECT_EQ(clean_file_name("", "pdf"), "session.pdf");
    EXPECT_EQ(clean_file_name("???", "pdf"), "session.pdf");
}

TEST(FileName, LongNamesAreCutAtACharacterBoundaryKeepingTheExtension) {
    std::string title;
    for (int i = 0; i < 200; ++i) title += "ë";  // 400 bytes
    std::string name = clean_file_name(title, "html");
    EXPECT_LE(name.size(), kMaxFileNameBytes);
    EXPECT_EQ(name.substr(name.size() - 5), ".html");
    EXPECT_TRUE(kiosk::is_valid_utf8(name));
    EXPECT_EQ(name.size(), 2 * 125 + 5);
    std::string emoji;
    for (int i = 0; i < 100; ++i) emoji += "👍";
    name = clean_file_name(emoji, "pdf");
    EXPECT_LE(name.size(), kMaxFileNameBytes);
    EXPECT_TRUE(kiosk::is_valid_utf8(name));
}
