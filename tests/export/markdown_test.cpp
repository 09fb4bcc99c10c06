#include "export/markdown.h"

#include "core/privacy.h"
#include "export_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace kiosk;
using namespace kiosk::exporting;
using namespace kiosk::testing;

namespace {

Json read_back(const Document& doc, const TempDir& dir) {
    write_file(dir.file("notes.md"), to_markdown(doc));
    return Json::parse(run("python3 " + reader("md_texts.py") + " " + shell_quote(dir.file("notes.md"))));
}

bool contains(const Json& list, const std::string& text) {
    return std::find(list.begin(), list.end(), Json(text)) != list.end();
}

}  // namespace

TEST(Markdown, EveryNoteComesBackFromCmarkAsOneItem) {
    Session s = rich_session();
    TempDir dir;
    Json md = read_back(build_document(s, 3'000'000), dir);
    for (const auto& n : s.notes) {
        if (shown_to_room(n)) {
            EXPECT_TRUE(contains(md["items"], n.text)) << n.text;
        }
    }
    // K03: the spreadsheet guard is for CSV only.
    for (const auto& t : formula_texts()) EXPECT_TRUE(contains(md["items"], t)) << t;
}

TEST(Markdown, UserTextNeverBecomesMarkup) {
    Session s = rich_session();
    TempDir dir;
    Document doc = build_document(s, 3'000'000);
    Json md = read_back(doc, dir);
    EXPECT_EQ(md["html"], 0);
    EXPECT_EQ(md["code"], 0);
    EXPECT_EQ(md["links"], 0);
    EXPECT_EQ(md["block_quotes"], 0);
    std::vector<std::string> headings;
    for (const auto& b : doc.blocks) if (b.kind == Block::Kind::Heading) headings.push_back(b.text);
    EXPECT_EQ(md["headings"].get<std::vector<std::string>>(), headings);
    // Emphasis only where the writer puts it: labels, placeholders, note facts — never from a note.
    for (const auto& e : md["emph_texts"]) {
        std::string t = e.get<std::string>();
        EXPECT_EQ(t.find("vet"), std::string::npos) << t;
        EXPECT_EQ(t.find("schuin"), std::string::npos) << t;
    }
}

TEST(Markdown, VisionsFieldsAndSharedTextComeBack) {
    Session s = rich_session();
    TempDir dir;
    Json md = read_back(build_document(s, 3'000'000), dir);
    EXPECT_TRUE(contains(md["items"], "Anna: " + s.visions[0].text));
    EXPECT_TRUE(contains(md["items"], "Vision 2: " + s.visions[1].text));
    EXPECT_TRUE(contains(md["paragraphs"], s.state_of("visie").shared_text));
    // The map is titled by the community it names (issue 13), not by a "Naam:" line.
    EXPECT_TRUE(contains(md["headings"], "Kaart — Buurtbewoners | Zuid"));
    EXPECT_FALSE(contains(md["items"], "Naam: Buurtbewoners | Zuid"));
    EXPECT_TRUE(contains(md["items"], "Verbinding: Plek, Interesse"));
    EXPECT_TRUE(contains(md["items"], "Sterkte: Sterk"));
    EXPECT_TRUE(contains(md["items"], "Uitdagingen: Te weinig vrijwilligers.\n> geen citaat"));
    EXPECT_TRUE(contains(md["paragraphs"], "=SOM(A1)\nmaar twee regels"));
    EXPECT_TRUE(contains(md["headings"], "OF/BY/FOR — Buurtbewoners | Zuid"));
}

TEST(Markdown, EscapesOnlyWhatCouldBeMarkup) {
    EXPECT_EQ(md_escape_line("Koffie en thee, graag!", MdContext::LineStart), "Koffie en thee, graag!");
    EXPECT_EQ(md_escape_line("snake_case_naam 1.5 liter a-b 3+4=7 #1 50%", MdContext::LineStart),
              "snake_case_naam 1.5 liter a-b 3+4=7 #1 50%");
    EXPECT_EQ(md_escape_line("- minder vergaderen", MdContext::LineStart), "\\- minder vergaderen");
    EXPECT_EQ(md_escape_line("- minder vergaderen", MdContext::Inline), "- minder vergaderen");
    EXPECT_EQ(md_escape_line("1. item", MdContext::LineStart), "1\\. item");
    EXPECT_EQ(md_escape_line("# kop", MdContext::LineStart), "\\# kop");
    EXPECT_EQ(md_escape_line("a | b", MdContext::LineStart), "a | b");
    EXPECT_EQ(md_escape_line("a | b", MdContext::TableCell), "a \\| b");
    EXPECT_EQ(md_escape_line("C#", MdContext::Heading), "C#");
    EXPECT_EQ(md_escape_line("Vraag #", MdContext::Heading), "Vraag \\#");
    EXPECT_EQ(md_escape_line("1. Klaar?", MdContext::Heading), "1. Klaar?");
    EXPECT_EQ(md_escape_line("Tom & Jerry", MdContext::Inline), "Tom & Jerry");
    EXPECT_EQ(md_escape_line("&amp;", MdContext::Inline), "\\&amp;");
    EXPECT_EQ(md_escape_text("een\ntwee", MdContext::LineStart, 2), "een\\\n  twee");
}

TEST(Markdown, LinksBoardPicturesWhenWritten) {
    Session s = rich_session();
    Document doc = build_document(s, 3'000'000);
    doc.board_files["matrix"] = "2026-11-29 Bootcamp Zwolle - 4 OF-BY-FOR.png";
    std::string md = to_markdown(doc);
    EXPECT_NE(md.find("](<2026-11-29 Bootcamp Zwolle - 4 OF-BY-FOR.png>)"), std::string::npos);
}
