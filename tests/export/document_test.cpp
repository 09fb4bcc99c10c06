#include "export/document.h"

#include "export_fixture.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::exporting;
using namespace kiosk::testing;

namespace {

const Block* find_table(const Document& doc) {
    for (const auto& b : doc.blocks) if (b.kind == Block::Kind::Table) return &b;
    return nullptr;
}

}  // namespace

TEST(Document, AgendaHasPlannedActualAndOverrun) {
    Session s = sample_session();  // created at 1,000,000 ms, in the first exercise
    act(s, "agenda.goto", {{"exercise", "visie"}});
    std::int64_t entered = s.entered_ms;
    Document doc = build_document(s, entered + 25 * 60'000);  // 25 min into the 20-min "visie"
    const Block* table = find_table(doc);
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->table.rows.size(), s.plan.agenda.size() + 1);
    const auto& visie = table->table.rows[1];
    EXPECT_EQ(visie[1], "Visie");
    EXPECT_EQ(visie[2], "20");
    EXPECT_EQ(visie[3], "25");
    EXPECT_EQ(visie[4], "+5");
    EXPECT_EQ(table->table.rows[3][4], "");  // no overrun shown when on time
    EXPECT_EQ(table->table.rows.back()[2], "95");
}

TEST(Document, ChoiceIdsBecomeLabelsInPlanOrder) {
    Plan p = sample_plan();
    const Field& verbinding = *p.find("kaart")->find_field("verbinding");
    EXPECT_EQ(display_value(verbinding, "interesse,plek"), "Plek, Interesse");
    EXPECT_EQ(display_value(verbinding, "plek,onbekend"), "Plek, onbekend");
    EXPECT_EQ(display_value(*p.find("kaart")->find_field("sterkte"), "4"), "Heel sterk");
    EXPECT_EQ(display_value(*p.find("kaart")->find_field("naam"), "a,b"), "a,b");
}

TEST(Document, BoardKeepsDisplayOrderVotesGroupsAndWithholdsUnrevealedNotes) {
    Session s = rich_session();
    Board board = build_board(s, *s.plan.find("matrix"));
    EXPECT_EQ(board.heading, "OF/BY/FOR — Buurtbewoners | Zuid");
    ASSERT_EQ(board.columns.size(), 3u);
    auto of = s.notes_in("matrix", "of");
    ASSERT_EQ(board.columns[0].notes.size(), of.size());
    for (std::size_t i = 0; i < of.size(); ++i) EXPECT_EQ(board.columns[0].notes[i].text, of[i]->text);
    EXPECT_EQ(board.columns[0].notes[0].votes, 2);
    EXPECT_EQ(board.columns[0].notes[0].group, "Koffie & thee");
    // The note written in private and never revealed is withheld from the room: counted only.
    for (const auto& column : board.columns)
        for (const auto& n : column.notes) EXPECT_NE(n.text, "Nog geheim idee");
    EXPECT_EQ(board.withheld, 1);
    EXPECT_NE(withheld_line(board).find("not revealed"), std::string::npos);
}

TEST(Document, ARevealedPrivateNoteIsExportedLikeAnyOther) {
    Session s = rich_session();
    act(s, "board.reveal", {{"exercise", "matrix"}});
    Board board = build_board(s, *s.plan.find("matrix"));
    EXPECT_EQ(board.withheld, 0);
    EXPECT_EQ(board.columns[2].notes.back().text, "Nog geheim idee");
    EXPECT_EQ(withheld_line(board), "");
}

TEST(Document, AnonymousBoardsDropAuthors) {
    Session s = rich_session();
    bool any = false;
    for (const auto& c : build_board(s, *s.plan.find("matrix")).columns)
        for (const auto& n : c.notes) any = any || !n.author.empty();
    EXPECT_TRUE(any);
    act(s, "board.anonymous", {{"exercise", "matrix"}, {"on", true}});
    for (const auto& c : build_board(s, *s.plan.find("matrix")).columns)
        for (const auto& n : c.notes) EXPECT_EQ(n.author, "");
}

TEST(Document, ChecklistVerdictFollowsThePassCount) {
    Session s = sample_session();
    act(s, "checklist.answer", {{"exercise", "klaar"}, {"question", "team"}, {"answer", "yes"}});
    auto verdict = [&] {
        for (const auto& b : build_document(s, 3'000'000).blocks)
            if (b.kind == Block::Kind::Paragraph && b.text.rfind("Verdict", 0) == 0) return b.text;
        return std::string();
    };
    EXPECT_EQ(verdict().rfind("Verdict: not ready yet (1 of the 2", 0), 0u) << verdict();
    act(s, "checklist.answer", {{"exercise", "klaar"}, {"question", "tijd"}, {"answer", "yes"}});
    EXPECT_EQ(verdict().rfind("Verdict: go ahead (2 of the 2", 0), 0u) << verdict();
}

TEST(Document, LeadIn) {
    EXPECT_EQ(lead_in("Naam"), "Naam:");
    EXPECT_EQ(lead_in("Is er tijd?"), "Is er tijd?");
}
