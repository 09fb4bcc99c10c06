#include "export/csv.h"

#include "core/plan_json.h"
#include "core/reduce.h"
#include "core/privacy.h"
#include "export_fixture.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::exporting;
using namespace kiosk::testing;

namespace {

Json read_csv(const TempDir& dir, const std::string& bytes, char delimiter) {
    write_file(dir.file("notes.csv"), bytes);
    return Json::parse(run("python3 " + reader("csv_rows.py") + " " + shell_quote(dir.file("notes.csv")) + " " +
                           shell_quote(std::string(1, delimiter))));
}

// The text column of the rows whose kind is "note" (C locale: English headers and words).
std::vector<std::string> note_texts(const Json& rows) {
    std::vector<std::string> texts;
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (rows[i][2] == "note") texts.push_back(rows[i][4]);
    return texts;
}

Session k01_session() {
    Plan plan = sample_plan();
    plan.agenda[3].columns = {{"goed", "Goed", "", ""}, {"beter", "Kan beter", "", ""}};
    Session s;
    EXPECT_TRUE(apply(s, make_action("session.create", "s-k01", 1'000'000,
                                     {{"title", "Evaluatie"}, {"date", "2026-11-29"}, {"plan", plan_to_json(plan)}})));
    act(s, "note.add", {{"id", "a"}, {"exercise", "matrix"}, {"column", "goed"}, {"text", "Ideeën voor de één-op-één gesprekken"}});
    act(s, "note.add", {{"id", "b"}, {"exercise", "matrix"}, {"column", "beter"}, {"text", "Coördinatie café-overleg"}});
    act(s, "vote.add", {{"note", "a"}, {"voter", "p1"}});
    act(s, "vote.add", {{"note", "a"}, {"voter", "p2"}});
    return s;
}

}  // namespace

TEST(Csv, K01DutchProfileForADutchSpreadsheet) {
    Session s = k01_session();
    CsvOptions dutch = csv_profile_for(s.plan.language);
    EXPECT_EQ(dutch.delimiter, ';');
    EXPECT_TRUE(dutch.bom);
    std::string bytes = to_csv(s, dutch);
    ASSERT_EQ(bytes.rfind("\xEF\xBB\xBF", 0), 0u) << "starts with a UTF-8 byte-order mark";
    EXPECT_EQ(bytes.find("sep="), std::string::npos);
    TempDir dir;
    Json csv = read_csv(dir, bytes, ';');
    EXPECT_TRUE(csv["bom"].get<bool>());
    const Json& all = csv["rows"];
    EXPECT_EQ(all[0][0], "Session");  // exact: the BOM is not part of the first header
    for (const auto& r : all) EXPECT_EQ(r.size(), 11u) << r.dump();
    std::vector<Json> rows;
    for (const auto& r : all) if (r[2] == "note") rows.push_back(r);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0][3], "Goed");
    EXPECT_EQ(rows[0][4], "Ideeën voor de één-op-één gesprekken");
    EXPECT_EQ(rows[0][7], "2");
    EXPECT_EQ(rows[1][3], "Kan beter");
    EXPECT_EQ(rows[1][4], "Coördinatie café-overleg");
    EXPECT_EQ(rows[1][7], "0");
    EXPECT_EQ(rows[0][9].get<std::string>().substr(0, 4), "1970");  // ISO 8601 from created_ms
    EXPECT_EQ(rows[0][9].get<std::string>()[10], 'T');
}

TEST(Csv, EnglishProfileIsCommaWithoutBom) {
    CsvOptions english = csv_profile_for("en");
    EXPECT_EQ(english.delimiter, ',');
    EXPECT_FALSE(english.bom);
    CsvOptions parsed;
    ASSERT_TRUE(parse_csv_profile("comma", parsed));
    EXPECT_EQ(parsed.delimiter, ',');
    EXPECT_FALSE(parse_csv_profile("tab", parsed));
}

TEST(Csv, K02QuotedNoteRoundTripsWithBothDelimiters) {
    Session s = rich_session();
    for (CsvOptions profile : {CsvOptions{';', true}, CsvOptions{',', false}}) {
        std::string bytes = to_csv(s, profile);
        EXPECT_NE(bytes.find("\"Koffie; \"\"sterk\"\" graag, en\nthee voor de rest\""), std::string::npos);
        TempDir dir;
        Json csv = read_csv(dir, bytes, profile.delimiter);
        auto texts = note_texts(csv["rows"]);
        EXPECT_EQ(std::count(texts.begin(), texts.end(), kK02Text), 1) << profile.delimiter;
        for (const auto& r : csv["rows"]) EXPECT_EQ(r.size(), 11u) << r.dump();
    }
}

TEST(Csv, K03FormulasAreNeutralisedAndEverythingElseIsExact) {
    Session s = rich_session();
    TempDir dir;
    Json csv = read_csv(dir, to_csv(s, {',', false}), ',');
    auto texts = note_texts(csv["rows"]);
    for (const auto& t : formula_texts())
        EXPECT_EQ(std::count(texts.begin(), texts.end(), "'" + t), 1) << t;
    // Every other note comes back exactly; none of the cells starts with a formula character.
    for (const auto& n : s.notes) {
        if (n.hidden) continue;
        std::string expected = neutralise_formula(n.text);
        EXPECT_EQ(std::count(texts.begin(), texts.end(), expected), 1) << n.text;
    }
    for (const auto& r : csv["rows"])
        for (const auto& cell : r) {
            std::string c = cell.get<std::string>();
            EXPECT_TRUE(c.empty() || std::string("=+-@\t\r").find(c[0]) == std::string::npos) << c;
        }
}

TEST(Csv, OneRowPerAnswerRemarkVisionFormValueAndNote) {
    Session s = rich_session();
    TempDir dir;
    Json rows = read_csv(dir, to_csv(s, {';', true}), ';')["rows"];
    std::map<std::string, int> kinds;
    for (std::size_t i = 1; i < rows.size(); ++i) ++kinds[rows[i][2].get<std::string>()];
    EXPECT_EQ(kinds["answer"], 3);
    EXPECT_EQ(kinds["remark"], 1);
    EXPECT_EQ(kinds["vision"], 2);
    EXPECT_EQ(kinds["shared vision"], 1);
    EXPECT_EQ(kinds["form value"], 6);
    EXPECT_EQ(kinds["note"], static_cast<int>(tricky_texts().size()));
    EXPECT_EQ(kinds["private notes not revealed"], 1);  // one row that counts them, no text
    bool found_remark = false, found_multi = false;
    for (const auto& r : rows) {
        found_remark = found_remark || (r[2] == "remark" && r[4] == "'=SOM(A1)\nmaar twee regels");
        found_multi = found_multi || (r[3] == "Verbinding" && r[4] == "Plek, Interesse");
    }
    EXPECT_TRUE(found_remark);
    EXPECT_TRUE(found_multi);
}

TEST(Csv, FieldQuotingAndNeutralisation) {
    EXPECT_EQ(csv_field("gewoon", ';'), "gewoon");
    EXPECT_EQ(csv_field("a,b", ';'), "a,b");
    EXPECT_EQ(csv_field("a,b", ','), "\"a,b\"");
    EXPECT_EQ(csv_field("a;b", ';'), "\"a;b\"");
    EXPECT_EQ(csv_field("zei \"ja\"", ','), "\"zei \"\"ja\"\"\"");
    EXPECT_EQ(csv_field("een\ntwee", ','), "\"een\ntwee\"");
    EXPECT_EQ(neutralise_formula("=1+1"), "'=1+1");
    EXPECT_EQ(neutralise_formula("\tx"), "'\tx");
    EXPECT_EQ(neutralise_formula("1-2"), "1-2");
    EXPECT_EQ(iso_time(0).size(), 25u);  // YYYY-MM-DDTHH:MM:SS+HH:MM
}
