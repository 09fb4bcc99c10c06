// The archive's store (issue 13): the summary columns of schema step 3, the query over a
// generated 500-session database, archive-away and restore, delete that keeps the log, and the
// migration of a database of an older kiosk (tests/fixtures/main-db).
#include "store/store.h"

#include "app/cli_store.h"
#include "archive_db.h"
#include "core/search_fold.h"
#include "store/schema.h"
#include "store/store_error.h"
#include "temp_dir.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace kiosk {
namespace {

using testing::TempDir;

const std::string kFixture = std::string(KIOSK_SOURCE_DIR) + "/tests/fixtures/main-db";

/// One generated 500-session database for every test of this file that only reads it.
class Archive500 : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        testing::generate_archive(dir_->file("kiosk.db"), 500, 40);
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static std::string path() { return dir_->file("kiosk.db"); }
    static TempDir* dir_;
};
TempDir* Archive500::dir_ = nullptr;

std::vector<std::string> ids(const std::vector<SessionSummary>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.id);
    return out;
}

TEST(SearchFold, IgnoresCaseAccentsAndSpacing) {
    EXPECT_EQ(fold_for_search("Zoë"), "zoe");
    EXPECT_EQ(fold_for_search("BIBLIO"), "biblio");
    EXPECT_EQ(fold_for_search("  Ĳssel   Café "), "ijssel cafe");
    EXPECT_EQ(fold_for_search("Coördinatie"), fold_for_search("coordinatie"));
    EXPECT_EQ(fold_for_search(std::string("a\xff" "b")), "a\xef\xbf\xbd" "b");  // U+FFFD, no throw
}

TEST_F(Archive500, ListsEverySessionNewestFirstWithItsCounts) {
    Store store(path(), Access::Read);
    const auto rows = store.find_sessions({});
    ASSERT_EQ(rows.size(), 500u);
    EXPECT_EQ(rows.front().id, "s-gen-0499");
    EXPECT_EQ(rows.back().id, "s-gen-0000");
    EXPECT_TRUE(std::is_sorted(rows.begin(), rows.end(),
                               [](const auto& a, const auto& b) { return a.updated_ms > b.updated_ms; }));
    for (const SessionSummary& r : rows) {
        const int i = std::stoi(r.id.substr(6));
        const auto want = testing::generated_counts(i);
        ASSERT_EQ(r.note_count, 40) << r.id;
        ASSERT_EQ(r.vision_count, want.visions) << r.id;
        ASSERT_EQ(r.partner_count, want.partners) << r.id;
        ASSERT_EQ(r.subgoal_count, want.subgoals) << r.id;
        ASSERT_EQ(r.status, want.closed ? "closed" : "open") << r.id;
        ASSERT_EQ(r.plan_title, "Proefplan");
    }
}

TEST_F(Archive500, SearchIgnoresCaseAndAccentsOverTitlePlaceFacilitatorAndPlan) {
    Store store(path(), Access::Read);
    ArchiveQuery q;
    q.search = "zoe";
    EXPECT_EQ(store.find_sessions(q).size(), 50u);  // every 10th title has "Zoë"
    q.search = "BIBLIO";
    EXPECT_EQ(store.find_sessions(q).size(), 50u);
    q.search = "ZOË IN";
    EXPECT_EQ(store.find_sessions(q).size(), 50u);
    q.search = "zuid";  // the place
    EXPECT_EQ(store.find_sessions(q).size(), 250u);
    q.search = "de vries";  // the facilitator
    EXPECT_EQ(store.find_sessions(q).size(), 500u);
    q.search = "proefplan";  // the plan's title
    EXPECT_EQ(store.find_sessions(q).size(), 500u);
    q.search = "sessie 0042";
    EXPECT_EQ(ids(store.find_sessions(q)), std::vector<std::string>{"s-gen-0042"});
    q.search = "bibliotheek zoë";  // every word, in any order
    EXPECT_EQ(store.find_sessions(q).size(), 50u);
    q.search = "zoë noord";  // words in two fields: every Zoë session is in Zuid
    EXPECT_TRUE(store.find_sessions(q).empty());
    q.search = "%";  // no LIKE pattern
    EXPECT_TRUE(store.find_sessions(q).empty());
    q.search = "   ";
    EXPECT_EQ(store.find_sessions(q).size(), 500u);
}

TEST_F(Archive500, FiltersByStatusPlanAndYear) {
    Store store(path(), Access::Read);
    ArchiveQuery q;
    q.status = ArchiveQuery::Status::Finished;
    EXPECT_EQ(store.find_sessions(q).size(), 250u);
    q.status = ArchiveQuery::Status::InProgress;
    const auto open = store.find_sessions(q);
    EXPECT_EQ(open.size(), 250u);
    EXPECT_TRUE(std::all_of(open.begin(), open.end(), [](const auto& r) { return r.status == "open"; }));
    q = {};
    q.plan_id = "proef";
    EXPECT_EQ(store.find_sessions(q).size(), 500u);
    q.plan_id = "bootcamp";
    EXPECT_TRUE(store.find_sessions(q).empty());
    q = {};
    q.from_date = "2021-01-01";
    q.to_date = "2021-12-31";
    const auto year = store.find_sessions(q);
    EXPECT_EQ(year.size(), 73u);  // 365 days / 5
    EXPECT_TRUE(std::all_of(year.begin(), year.end(), [](const auto& r) { return r.date.substr(0, 4) == "2021"; }));
    q.search = "zoë";
    q.status = ArchiveQuery::Status::Finished;
    for (const auto& r : store.find_sessions(q)) {
        EXPECT_NE(r.title.find("Zoë"), std::string::npos);
        EXPECT_EQ(r.status, "closed");
        EXPECT_EQ(r.date.substr(0, 4), "2021");
    }
    const ArchiveFacets facets = store.archive_facets();
    ASSERT_EQ(facets.years.size(), 7u);
    EXPECT_EQ(facets.years.front(), "2026");
    EXPECT_EQ(facets.years.back(), "2020");
    ASSERT_EQ(facets.plans.size(), 1u);
    EXPECT_EQ(facets.plans[0].id, "proef");
    EXPECT_EQ(facets.plans[0].title, "Proefplan");
    EXPECT_EQ(facets.archived, 0);
}

TEST_F(Archive500, CommandLineListTakesTheSameQuery) {
    ArchiveQuery q;
    EXPECT_TRUE(parse_archive_status("finished", q.status));
    EXPECT_FALSE(parse_archive_status("klaar", q.status));
    q.search = "ZOE";
    std::ostringstream out, err;
    ASSERT_EQ(cmd_sessions_list(path(), out, err, q), 0) << err.str();
    std::istringstream lines(out.str());
    std::string line;
    std::getline(lines, line);  // the header
    int n = 0;
    while (std::getline(lines, line)) {
        ++n;
        EXPECT_NE(line.find("Zoë"), std::string::npos) << line;
    }
    EXPECT_EQ(n, 50);  // the sessions with Zoë in their title are all finished
}

TEST(ArchiveStore, ArchiveAwayAndBackKeepsTheSessionWhole) {
    TempDir dir;
    testing::generate_archive(dir.file("kiosk.db"), 5, 3);
    Store store(dir.file("kiosk.db"), Access::Write);
    const auto before = store.load_session("s-gen-0003");
    store.set_archived("s-gen-0003", true, 1'800'000'000'000);
    EXPECT_EQ(ids(store.find_sessions({})),
              (std::vector<std::string>{"s-gen-0004", "s-gen-0002", "s-gen-0001", "s-gen-0000"}));
    ArchiveQuery archived;
    archived.archived = ArchiveQuery::Archived::Yes;
    const auto away = store.find_sessions(archived);
    ASSERT_EQ(ids(away), std::vector<std::string>{"s-gen-0003"});
    EXPECT_EQ(away[0].archived_ms, 1'800'000'000'000);
    archived.archived = ArchiveQuery::Archived::Both;
    EXPECT_EQ(store.find_sessions(archived).size(), 5u);
    EXPECT_EQ(store.archive_facets().archived, 1);
    EXPECT_EQ(store.load_session("s-gen-0003").action_count, before.action_count);
    store.set_archived("s-gen-0003", false, 0);
    EXPECT_EQ(store.find_sessions({}).size(), 5u);
    EXPECT_EQ(store.summary("s-gen-0003")->archived_ms, 0);
    EXPECT_THROW(store.set_archived("s-none", true, 1), StoreError);
    EXPECT_TRUE(store.check().ok());
}

TEST(ArchiveStore, DeleteWritesTheLogFirstAndApplyBringsTheSessionBack) {
    TempDir dir;
    const std::string db = dir.file("kiosk.db");
    testing::generate_archive(db, 3, 7);
    DeletedSession deleted;
    Json before;
    {
        Store store(db, Access::Write);
        const auto loaded = store.load_session("s-gen-0002");
        deleted = store.delete_session("s-gen-0002");
        EXPECT_EQ(deleted.actions, loaded.action_count);
        EXPECT_EQ(std::filesystem::path(deleted.log_path).parent_path(), dir.path());
        EXPECT_FALSE(store.summary("s-gen-0002"));
        EXPECT_TRUE(store.actions_of("s-gen-0002").empty());
        EXPECT_EQ(store.find_sessions({}).size(), 2u);
        EXPECT_TRUE(store.check().ok()) << store.check().problems.front();
        EXPECT_THROW(store.delete_session("s-gen-0002"), StoreError);
    }
    ASSERT_TRUE(std::filesystem::exists(deleted.log_path));
    std::ifstream log(deleted.log_path);
    std::ostringstream out, err;
    EXPECT_EQ(cmd_apply(db, plans_dir_resolver(std::string(KIOSK_SOURCE_DIR) + "/sessions"), log, deleted.log_path,
                        out, err),
              0)
        << err.str();
    Store store(db, Access::Read);
    const auto row = store.summary("s-gen-0002");
    ASSERT_TRUE(row);
    EXPECT_EQ(row->note_count, 7);
    EXPECT_EQ(row->vision_count, testing::generated_counts(2).visions);
    EXPECT_EQ(row->subgoal_count, testing::generated_counts(2).subgoals);
}

TEST(ArchiveStore, DeleteIntoAReadOnlyFolderDeletesNothing) {
    if (::geteuid() == 0) GTEST_SKIP() << "root writes into read-only folders";
    TempDir dir;
    const std::string sub = dir.file("ro");
    std::filesystem::create_directories(sub);
    const std::string db = sub + "/kiosk.db";
    testing::generate_archive(db, 2, 1);
    Store store(db, Access::Write);
    std::filesystem::permissions(sub, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    EXPECT_THROW(store.delete_session("s-gen-0001"), StoreError);
    std::filesystem::permissions(sub, std::filesystem::perms::owner_all);
    EXPECT_TRUE(store.summary("s-gen-0001"));
    EXPECT_EQ(store.actions_of("s-gen-0001").size(), 2u);
}

TEST(ArchiveStore, AnOlderDatabaseMigratesWithItsCounts) {
    TempDir dir;
    const std::string db = dir.file("kiosk.db");
    std::filesystem::copy_file(kFixture + "/main.db", db);
    {
        SQLite::Database old(db, SQLite::OPEN_READONLY);
        ASSERT_EQ(old.execAndGet("PRAGMA user_version").getInt(), 2);
    }
    Store store(db, Access::Write);
    EXPECT_EQ(schema_version(), 4);
    const auto row = store.summary("s-fixture01");
    ASSERT_TRUE(row);
    const Session replayed = store.load_session("s-fixture01").session;
    EXPECT_EQ(row->vision_count, static_cast<std::int64_t>(replayed.visions.size()));
    EXPECT_GT(row->vision_count, 0);
    EXPECT_EQ(row->plan_title, replayed.plan.title);
    EXPECT_EQ(row->archived_ms, 0);
    ArchiveQuery q;
    q.search = "OUDE DATABASE";
    EXPECT_EQ(ids(store.find_sessions(q)), std::vector<std::string>{"s-fixture01"});
    EXPECT_TRUE(store.check().ok()) << store.check().problems.front();
}

}  // namespace
}  // namespace kiosk
