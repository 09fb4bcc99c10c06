// Moderated notes in every export (issue 12): a note the facilitator hid is kept and listed as
// hidden, one waiting for approval as waiting; neither is in the picture of the board the room
// saw; CSV says which in its "Moderation" column. Per format: Markdown, HTML, PDF, CSV.
#include "export/csv.h"
#include "export/document.h"
#include "export/html.h"
#include "export/markdown.h"
#include "export/pdf.h"

#include "export_fixture.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

namespace kiosk::exporting {
namespace {

using namespace kiosk::testing;

Session moderated_session() {
    Session s = sample_session();
    act(s, "note.add", {{"id", "n-shown"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "Leesclub"}});
    act(s, "note.add", {{"id", "n-hidden"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "Onaardige opmerking"}});
    act(s, "note.hide", {{"id", "n-hidden"}});
    act(s, "phones.approval", {{"on", true}});
    act(s, "note.add", {{"id", "n-waiting"}, {"exercise", "matrix"}, {"column", "by"}, {"text", "Taalcafé op zaterdag"},
                        {"source", "phone"}, {"seat", "p-0123456789"}});
    return s;
}

const Document& document() {
    static const Document doc = build_document(moderated_session(), 3'000'000);
    return doc;
}

/// The line of `text` that holds `needle`, or "".
std::string line_with(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    if (at == std::string::npos) return {};
    const auto start = text.rfind('\n', at) + 1;
    return text.substr(start, text.find('\n', at) - start);
}

TEST(ModerationExport, TheBoardPictureHoldsOnlyWhatTheRoomSaw) {
    const Board board = build_board(moderated_session(), *moderated_session().plan.find("matrix"));
    ASSERT_EQ(board.columns[0].notes.size(), 1u);
    EXPECT_EQ(board.columns[0].notes[0].text, "Leesclub");
    ASSERT_EQ(board.columns[0].moderated.size(), 1u);
    EXPECT_EQ(board.columns[0].moderated[0].moderation, Moderation::Hidden);
    EXPECT_TRUE(board.columns[1].notes.empty());
    ASSERT_EQ(board.columns[1].moderated.size(), 1u);
    EXPECT_EQ(board.columns[1].moderated[0].moderation, Moderation::Waiting);
}

TEST(ModerationExport, Markdown) {
    // Each note is a list item with its facts on the line below it.
    const std::string md = to_markdown(document());
    const auto hidden = md.find("- Onaardige opmerking\n");
    ASSERT_NE(hidden, std::string::npos) << md;
    EXPECT_EQ(line_with(md.substr(hidden + 22), "*"), "  *(hidden by the facilitator)*");
    const auto waiting = md.find("- Taalcafé op zaterdag\n");
    ASSERT_NE(waiting, std::string::npos) << md;
    EXPECT_NE(line_with(md.substr(waiting + 23), "*").find("(waiting for the facilitator's approval)"),
              std::string::npos);
    // A shown note has no facts to tell: no line below it (never its colour, issue 13).
    const auto shown = md.find("- Leesclub\n");
    ASSERT_NE(shown, std::string::npos);
    EXPECT_EQ(md.compare(shown + 11, 3, "\n- "), 0) << md.substr(shown, 60);
}

TEST(ModerationExport, Html) {
    TextShaper shaper;
    BoardPictures pictures{shaper};
    const std::string html = to_html(document(), pictures);
    const auto hidden = html.find("Onaardige opmerking");
    ASSERT_NE(hidden, std::string::npos);
    EXPECT_NE(html.find("(hidden by the facilitator)", hidden), std::string::npos);
    const auto waiting = html.find("Taalcafé op zaterdag");
    ASSERT_NE(waiting, std::string::npos);
    EXPECT_NE(html.find(html_escape("(waiting for the facilitator's approval)"), waiting), std::string::npos);
}

TEST(ModerationExport, Pdf) {
    TempDir dir;
    TextShaper shaper;
    BoardPictures pictures{shaper};
    write_file(dir.file("notes.pdf"), to_pdf(document(), shaper, pictures));
    const std::string text = squash_spaces(run("pdftotext -enc UTF-8 " + shell_quote(dir.file("notes.pdf")) + " -"));
    const auto hidden = text.find("Onaardige opmerking");
    ASSERT_NE(hidden, std::string::npos) << text;
    EXPECT_NE(text.find("(hidden by the facilitator)", hidden), std::string::npos) << text;
    EXPECT_NE(text.find("(waiting for the facilitator", text.find("Taalcafé op zaterdag")), std::string::npos) << text;
}

TEST(ModerationExport, CsvHasAModerationColumn) {
    const std::string csv = to_csv(moderated_session(), {',', false});
    EXPECT_NE(csv.find("Time,Moderation\r\n"), std::string::npos) << csv;
    const std::string hidden = line_with(csv, "Onaardige opmerking");
    EXPECT_EQ(hidden.substr(hidden.size() - 8), ",hidden\r");
    const std::string waiting = line_with(csv, "Taalcafé op zaterdag");
    EXPECT_EQ(waiting.substr(waiting.size() - 9), ",waiting\r");
    const std::string shown = line_with(csv, "Leesclub");
    EXPECT_EQ(shown.substr(shown.size() - 7), ",shown\r");
}

}  // namespace
}  // namespace kiosk::exporting
