// Store: the action log and summary rows on a real SQLite file.
#include "store/store.h"

#include "core/plan_json.h"
#include "sample_plan.h"
#include "store/live_session.h"
#include "store/schema.h"
#include "store/store_error.h"
#include "temp_dir.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace kiosk {
namespace {

using testing::ManualClock;
using testing::TempDir;

Action note_add(const std::string& session, const std::string& id, const std::string& text) {
    return testing::user_action("note.add", session, {{"id", id}, {"exercise", "matrix"}, {"column", "of"}, {"text", text}});
}

TEST(Store, AppendAndReplayRoundTrip) {
    TempDir dir;
    ManualClock clock;
    {
        Store store(dir.file("kiosk.db"), Access::Write);
        LiveSession live(store, clock);
        ASSERT_EQ(live.submit(testing::create_sample_session()).state, SaveState::Saved);
        ASSERT_EQ(live.submit(note_add("s-test", "n-1", "Ideeën voor de één-op-één gesprekken")).state, SaveState::Saved);
        ASSERT_EQ(live.submit(note_add("s-test", "n-2", "Coördinatie café-overleg")).state, SaveState::Saved);
        ASSERT_EQ(live.submit(testing::user_action("vote.add", "s-test", {{"note", "n-1"}, {"voter", "Anna"}})).state,
                  SaveState::Saved);
    }
    Store store(dir.file("kiosk.db"), Access::Read);
    LoadedSession loaded = store.load_session("s-test");
    EXPECT_TRUE(loaded.problems.empty());
    EXPECT_EQ(loaded.action_count, 4);
    ASSERT_EQ(loaded.session.notes.size(), 2u);
    EXPECT_EQ(loaded.session.notes[0].text, "Ideeën voor de één-op-één gesprekken");
    EXPECT_EQ(loaded.session.notes[1].text, "Coördinatie café-overleg");
    EXPECT_EQ(loaded.session.votes_on("n-1"), 1);
    EXPECT_EQ(loaded.session.title, "Bootcamp Zwolle");
    std::vector<Action> log = store.actions_of("s-test");
    ASSERT_EQ(log.size(), 4u);
    EXPECT_EQ(log[1].type(), "note.add");
    EXPECT_EQ(log[1].at(), clock.wall);  // filled in by clean_action
}

TEST(Store, SummaryRowFollowsTheSession) {
    TempDir dir;
    ManualClock clock;
    Store store(dir.file("kiosk.db"), Access::Write);
    LiveSession live(store, clock);
    live.submit(testing::create_sample_session());
    clock.wall = 3'000'000;
    live.submit(note_add("s-test", "n-1", "Leesclub"));
    live.submit(testing::user_action("session.update", "s-test", {{"title", "Bootcamp Deventer"}, {"place", "Zaal 3"}}));
    clock.wall = 4'000'000;
    live.set_source(Source::Facilitator);  // closing is the facilitator's (issue 11)
    live.submit(testing::user_action("session.close", "s-test"));
    auto row = store.summary("s-test");
    ASSERT_TRUE(row);
    EXPECT_EQ(row->title, "Bootcamp Deventer");
    EXPECT_EQ(row->place, "Zaal 3");
    EXPECT_EQ(row->date, "2026-11-29");
    EXPECT_EQ(row->facilitator, "Anna");
    EXPECT_EQ(row->plan_id, "proef");
    EXPECT_EQ(row->language, "nl");
    EXPECT_EQ(row->status, "closed");
    EXPECT_EQ(row->created_ms, 1'000'000);
    EXPECT_EQ(row->updated_ms, 4'000'000);
    EXPECT_EQ(row->action_count, 4);
    EXPECT_EQ(row->note_count, 1);
    EXPECT_TRUE(store.check().ok());
}

TEST(Store, LatestIsTheMostRecentlyUpdatedSession) {
    TempDir dir;
    ManualClock clock;
    Store store(dir.file("kiosk.db"), Access::Write);
    EXPECT_THROW(store.resolve("latest"), StoreError);
    for (const char* id : {"s-a", "s-b"}) {
        Action create = testing::create_sample_session();
        create.data["session"] = id;
        LiveSession live(store, clock);
        ASSERT_EQ(live.submit(create).state, SaveState::Saved);
    }
    EXPECT_EQ(store.resolve("latest"), "s-b");  // same updated_ms: the one created later wins
    LiveSession a = LiveSession::open(store, "s-a", clock);
    clock.wall = 9'000'000;
    ASSERT_EQ(a.submit(note_add("s-a", "n-1", "later")).state, SaveState::Saved);
    EXPECT_EQ(store.resolve("latest"), "s-a");
    EXPECT_EQ(store.list_sessions().front().id, "s-a");
    EXPECT_EQ(LiveSession::open(store, "latest", clock).session().id, "s-a");
    try {
        store.resolve("s-nope");
        FAIL();
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreErrorKind::NotFound);
        EXPECT_NE(std::string(e.what()).find("s-nope"), std::string::npos);
    }
}

TEST(Store, FreshFileGetsSchemaAndApplicationId) {
    TempDir dir;
    std::string path = dir.file("sub/dir/kiosk.db");  // parents are created
    { Store store(path, Access::Write); }
    SQLite::Database raw(path);
    EXPECT_EQ(raw.execAndGet("PRAGMA application_id").getInt(), kApplicationId);
    EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), schema_version());
    EXPECT_EQ(raw.execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name IN ('sessions','actions')").getInt(), 2);
}

TEST(Store, MigratingTwiceChangesNothing) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    ManualClock clock;
    {
        Store store(path, Access::Write);
        LiveSession live(store, clock);
        live.submit(testing::create_sample_session());
    }
    { Store store(path, Access::Write); EXPECT_TRUE(store.notice().empty()); }
    Store store(path, Access::Read);
    EXPECT_EQ(store.list_sessions().size(), 1u);
}

TEST(Store, ReaderOfAnEmptyOrMissingFile) {
    TempDir dir;
    try {
        Store store(dir.file("none.db"), Access::Read);
        FAIL();
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreErrorKind::NotFound);
    }
    { std::ofstream(dir.file("empty.db")); }
    Store store(dir.file("empty.db"), Access::Read);
    EXPECT_TRUE(store.list_sessions().empty());
    EXPECT_TRUE(store.check().ok());
}

TEST(Store, CheckFindsASummaryThatDisagreesWithTheLog) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    ManualClock clock;
    {
        Store store(path, Access::Write);
        LiveSession live(store, clock);
        live.submit(testing::create_sample_session());
        live.submit(note_add("s-test", "n-1", "Leesclub"));
    }
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("UPDATE sessions SET note_count = 7");
    }
    Store store(path, Access::Read);
    CheckReport report = store.check();
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_NE(report.problems[0].find("s-test"), std::string::npos);
}

TEST(Store, BackupWhileAWriterHoldsTheDatabase) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    ManualClock clock;
    Store writer(path, Access::Write);
    LiveSession live(writer, clock);
    live.submit(testing::create_sample_session());
    for (int i = 0; i < 50; ++i) live.submit(note_add("s-test", "n-" + std::to_string(i), "notitie " + std::to_string(i)));
    // The last actions are only in the WAL (no checkpoint yet); the copy must hold them.
    Store reader(path, Access::Read);
    reader.backup(dir.file("copy.db"));
    live.submit(note_add("s-test", "n-late", "na de kopie"));
    Store copy(dir.file("copy.db"), Access::Read);
    EXPECT_EQ(copy.load_session("s-test").session.notes.size(), 50u);
    EXPECT_TRUE(copy.check().ok());
    EXPECT_FALSE(std::filesystem::exists(dir.file("copy.db.partial-" + std::to_string(::getpid()))));
    // Overwriting an earlier copy goes through a rename: the old one is whole until then.
    reader.backup(dir.file("copy.db"));
    Store copy2(dir.file("copy.db"), Access::Read);
    EXPECT_EQ(copy2.load_session("s-test").session.notes.size(), 51u);
}

TEST(Store, BackupIntoAMissingFolderReports) {
    TempDir dir;
    Store store(dir.file("kiosk.db"), Access::Write);
    EXPECT_THROW(store.backup(dir.file("no/such/folder/copy.db")), StoreError);
}

}  // namespace
}  // namespace kiosk
