// Several sessions at once (issue 13): `kiosk export ID ID…|all` and export_sessions(), with a
// real SQLite store and the CSV read back by Python's csv module.
#include "app/cli_export.h"

#include "core/reduce.h"
#include "export/csv.h"
#include "export/several_sessions.h"
#include "export_fixture.h"
#include "sample_plan.h"
#include "store/store.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <sstream>

using namespace kiosk;
using namespace kiosk::testing;

namespace {

// rich_session() under another id, title, date and place (an exported copy needs no log).
Session variant(const std::string& id, const std::string& title, const std::string& date, const std::string& place) {
    Session s = rich_session();
    s.id = id;
    s.title = title;
    s.date = date;
    s.place = place;
    return s;
}

nlohmann::json csv_rows(const std::string& path, char delimiter) {
    return nlohmann::json::parse(
        run("python3 " + reader("csv_rows.py") + " " + shell_quote(path) + " " + shell_quote({delimiter})));
}

// Rows of `rows` (a header first) whose first cell is `id`.
int rows_of(const nlohmann::json& rows, const std::string& id) {
    int n = 0;
    for (const auto& r : rows) n += r.at(0) == id;
    return n;
}

// A store holding `count` sessions made by the real create action, titles "Sessie 1"….
void fill_store(const std::string& db, int count) {
    Store store(db, Access::Write);
    for (int i = 1; i <= count; ++i) {
        Action create = create_sample_session();
        create.data["session"] = "s-" + std::to_string(i);
        create.data["title"] = "Sessie " + std::to_string(i);
        create.data["at"] = 1'000'000 + i * 1000;
        Session s;
        ASSERT_TRUE(apply(s, create));
        Action note = make_action("note.add", s.id, 1'000'500 + i * 1000,
                                  {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "=idee " + std::to_string(i)}});
        ASSERT_TRUE(apply(s, note));
        store.append(s, {create, note});
    }
}

}  // namespace

// The rows one session's own CSV has, header not counted, read back by Python too.
int own_rows(const Session& s, const TempDir& dir) {
    write_file(dir.file("own.csv"), exporting::to_csv(s, exporting::csv_profile_for("nl")));
    const int n = static_cast<int>(csv_rows(dir.file("own.csv"), ';').at("rows").size()) - 1;
    std::remove(dir.file("own.csv").c_str());
    return n;
}

void expect_one_csv_of(const Session& a, const Session& b, const exporting::ExportRequest& request,
                       char delimiter, bool bom, const std::string& name) {
    TempDir scratch;
    const int per_session = own_rows(a, scratch);
    ASSERT_GT(per_session, 10);
    const exporting::ExportReport report = exporting::export_sessions({&a, &b}, request);
    ASSERT_TRUE(report.ok) << report.error;
    ASSERT_EQ(report.written, std::vector<std::string>{request.folder + "/" + name});
    const auto parsed = csv_rows(report.written[0], delimiter);
    EXPECT_EQ(parsed.at("bom"), bom);
    const auto& rows = parsed.at("rows");
    ASSERT_EQ(static_cast<int>(rows.size()), 1 + 2 * per_session);
    EXPECT_EQ(rows[0][0], "Session id");
    EXPECT_EQ(rows[0][1], "Date");
    EXPECT_EQ(rows[0][2], "Session");
    EXPECT_EQ(rows[0][3], "Place");
    EXPECT_EQ(rows[0][4], "Exercise");
    int headers = 0;
    for (const auto& r : rows) headers += r.at(0) == "Session id";
    EXPECT_EQ(headers, 1);
    EXPECT_EQ(rows_of(rows, a.id), per_session);
    EXPECT_EQ(rows_of(rows, b.id), per_session);
    int guarded = 0;
    for (const auto& r : rows) {
        const Session& s = r.at(0) == a.id ? a : b;
        if (r.at(0) != "Session id") {
            EXPECT_EQ(r.at(1), s.date);
            EXPECT_EQ(r.at(2), s.title);
            EXPECT_EQ(r.at(3), s.place);
        }
        // The formula guard is kept: no cell starts with = + @, a formula note comes back after
        // one apostrophe.
        for (const auto& cell : r) {
            const std::string text = cell;
            EXPECT_TRUE(text.empty() || (text[0] != '=' && text[0] != '+' && text[0] != '@')) << text;
            guarded += text == "'=1+1";
        }
    }
    EXPECT_EQ(guarded, 2);
}

TEST(SeveralSessions, OneDutchCsvWithOneHeaderAndEverySessionsRowsReadsBackInPython) {
    const Session a = variant("s-a", "Bootcamp Zwolle", "2026-03-10", "Zaal 2; boven");
    const Session b = variant("s-b", "Terugkomdag", "2026-11-29", "Café „De Hoek”");
    TempDir dir;
    exporting::ExportRequest request;
    request.formats = {exporting::Format::Csv};
    request.folder = dir.path();
    expect_one_csv_of(a, b, request, ';', true, "Sessions 2026-03-10 to 2026-11-29.csv");
}

TEST(SeveralSessions, TheEnglishProfileToo) {
    Session a = variant("s-a", "Bootcamp, day one", "2026-03-10", "Room \"2\"");
    Session b = variant("s-b", "Follow-up", "2026-03-10", "Library, first floor");
    a.plan.language = b.plan.language = "en";
    TempDir dir;
    exporting::ExportRequest request;
    request.formats = {exporting::Format::Csv};
    request.folder = dir.path();
    expect_one_csv_of(a, b, request, ',', false, "Sessions 2026-03-10.csv");
}

TEST(SeveralSessions, TwoSessionsWithOneTitleGetTheirOwnDocuments) {
    const Session a = variant("s-a", "Bootcamp Zwolle", "2026-11-29", "Zaal 2");
    const Session b = variant("s-b", "bootcamp zwolle", "2026-11-29", "Zaal 3");  // FAT folds case
    const Session c = variant("s-c", "Bootcamp Zwolle", "2026-11-29", "Zaal 4");
    TempDir dir;
    exporting::ExportRequest request;
    std::string error;
    ASSERT_TRUE(exporting::parse_formats("md,pdf,png,csv", request.formats, error)) << error;
    request.folder = dir.path();
    const exporting::ExportReport report = exporting::export_sessions({&a, &b, &c}, request);
    ASSERT_TRUE(report.ok) << report.error;
    const std::vector<std::string> expected = {
        "2026-11-29 Bootcamp Zwolle (3) - 4 OF-BY-FOR.png", "2026-11-29 Bootcamp Zwolle (3).md",
        "2026-11-29 Bootcamp Zwolle (3).pdf",               "2026-11-29 Bootcamp Zwolle - 4 OF-BY-FOR.png",
        "2026-11-29 Bootcamp Zwolle.md",                    "2026-11-29 Bootcamp Zwolle.pdf",
        "2026-11-29 bootcamp zwolle (2) - 4 OF-BY-FOR.png", "2026-11-29 bootcamp zwolle (2).md",
        "2026-11-29 bootcamp zwolle (2).pdf",               "Sessions 2026-11-29.csv"};
    EXPECT_EQ(dir.list(), expected);
    EXPECT_EQ(report.written.size(), expected.size());
    // Each Markdown file links its own session's picture.
    EXPECT_NE(read_file(dir.file("2026-11-29 bootcamp zwolle (2).md")).find("zwolle (2) - 4 OF-BY-FOR.png"),
              std::string::npos);
}

TEST(SeveralSessions, AVeryLongTitleKeepsItsNumber) {
    const std::string title(300, 'x');
    const Session a = variant("s-a", title, "2026-11-29", "");
    const Session b = variant("s-b", title, "2026-11-29", "");
    const auto bases = exporting::distinct_file_bases({&a, &b});
    ASSERT_EQ(bases.size(), 2u);
    EXPECT_NE(exporting::notes_file_name(a, exporting::Format::Pdf, bases[0]),
              exporting::notes_file_name(b, exporting::Format::Pdf, bases[1]));
    EXPECT_NE(exporting::notes_file_name(b, exporting::Format::Pdf, bases[1]).find("(2).pdf"), std::string::npos);
}

TEST(SeveralSessions, TheCommandExportsAllOrTheIdsGivenFromARealDatabase) {
    TempDir dir;
    const std::string db = dir.file("kiosk.db");
    fill_store(db, 3);
    Store store(db, Access::Read);
    ExportCliOptions options;
    options.formats = "csv,md";
    options.out_dir = dir.file("alle");
    std::ostringstream out, err;
    options.session_ids = {"all"};
    ASSERT_EQ(export_from_store(store, options, 3'000'000, out, err), 0) << err.str();
    const auto rows = csv_rows(dir.file("alle/Sessions 2026-11-29.csv"), ';').at("rows");
    for (const char* id : {"s-1", "s-2", "s-3"}) EXPECT_GT(rows_of(rows, id), 0) << id;
    EXPECT_NE(out.str().find("2026-11-29 Sessie 2.md"), std::string::npos) << out.str();

    options.out_dir = dir.file("twee");
    options.session_ids = {"s-3", "s-1", "s-3"};  // an id given twice is exported once
    out.str("");
    ASSERT_EQ(export_from_store(store, options, 3'000'000, out, err), 0) << err.str();
    const auto two = csv_rows(dir.file("twee/Sessions 2026-11-29.csv"), ';').at("rows");
    EXPECT_EQ(rows_of(two, "s-2"), 0);
    EXPECT_EQ(rows_of(two, "s-3"), rows_of(rows, "s-3"));
    EXPECT_EQ(two.at(1).at(0), "s-3");  // in the order asked
    EXPECT_EQ(rows_of(two, "s-1"), rows_of(rows, "s-1"));
    int guarded = 0;  // the formula guard
    for (const auto& r : two) guarded += r.at(7) == "'=idee 3";
    EXPECT_EQ(guarded, 1);
}

TEST(SeveralSessions, AnUnknownIdSaysWhichAndWritesNothing) {
    TempDir dir;
    const std::string db = dir.file("kiosk.db");
    fill_store(db, 2);
    Store store(db, Access::Read);
    ExportCliOptions options;
    options.formats = "all";
    options.out_dir = dir.file("verslag");
    options.session_ids = {"s-1", "s-9", "s-2", "s-nope"};
    std::ostringstream out, err;
    EXPECT_EQ(export_from_store(store, options, 3'000'000, out, err), 1);
    EXPECT_NE(err.str().find("s-9, s-nope"), std::string::npos) << err.str();
    EXPECT_NE(err.str().find("nothing was exported"), std::string::npos) << err.str();
    EXPECT_EQ(out.str(), "");
    EXPECT_FALSE(std::filesystem::exists(options.out_dir));  // not even the folder
}
