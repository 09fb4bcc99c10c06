// open_database(): bad files are moved aside with a message (Write) or reported (Read).
#include "store/database.h"

#include "sample_plan.h"
#include "store/live_session.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/store_error.h"
#include "temp_dir.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <vector>

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using testing::ManualClock;
using testing::TempDir;

/// A real kiosk database with a session of `notes` notes, checkpointed and closed.
void make_database(const std::string& path, int notes) {
    ManualClock clock;
    Store store(path, Access::Write);
    LiveSession live(store, clock);
    live.submit(testing::create_sample_session());
    for (int i = 0; i < notes; ++i)
        live.submit(make_action("note.add", "s-test", 0,
                                {{"id", "n-" + std::to_string(i)}, {"exercise", "matrix"}, {"column", "by"},
                                 {"text", std::string(200, 'x') + " ideeën " + std::to_string(i)}}));
}

std::vector<fs::path> damaged_copies(const TempDir& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir.path()))
        if (e.path().filename().string().rfind("kiosk.db.damaged-", 0) == 0) out.push_back(e.path());
    return out;
}

/// Opens for writing and expects the file moved aside, a message that says where, and a fresh,
/// working database in its place; the moved file keeps the original bytes.
void expect_moved_aside(const TempDir& dir, const std::string& reason_word) {
    std::string path = dir.file("kiosk.db");
    std::ifstream before_in(path, std::ios::binary);
    std::string before((std::istreambuf_iterator<char>(before_in)), {});
    // A reader never moves anything: it reports.
    try {
        Store reader(path, Access::Read);
        FAIL() << "a damaged file was opened for reading";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreErrorKind::Damaged) << e.what();
    }
    EXPECT_TRUE(damaged_copies(dir).empty());

    Store store(path, Access::Write);
    EXPECT_NE(store.notice().find(reason_word), std::string::npos) << store.notice();
    auto moved = damaged_copies(dir);
    ASSERT_EQ(moved.size(), 1u);
    EXPECT_NE(store.notice().find(moved[0].string()), std::string::npos) << store.notice();
    std::ifstream after_in(moved[0], std::ios::binary);
    std::string after((std::istreambuf_iterator<char>(after_in)), {});
    EXPECT_EQ(after, before);
    EXPECT_TRUE(store.list_sessions().empty());
    ManualClock clock;
    LiveSession live(store, clock);
    EXPECT_EQ(live.submit(testing::create_sample_session()).state, SaveState::Saved);
}

TEST(Database, RandomBytesAreMovedAside) {
    TempDir dir;
    std::mt19937 rng(42);
    std::ofstream out(dir.file("kiosk.db"), std::ios::binary);
    for (int i = 0; i < 10000; ++i) out.put(static_cast<char>(rng()));
    out.close();
    expect_moved_aside(dir, "SQLite");
}

TEST(Database, ATruncatedCopyIsMovedAside) {
    TempDir dir;
    std::string whole = dir.file("whole.db");
    make_database(whole, 300);
    auto size = fs::file_size(whole);
    ASSERT_GT(size, 40'000u);
    fs::copy_file(whole, dir.file("kiosk.db"));
    fs::resize_file(dir.file("kiosk.db"), size / 2);
    expect_moved_aside(dir, "damaged");
}

TEST(Database, OverwrittenPagesAreMovedAside) {
    TempDir dir;
    make_database(dir.file("kiosk.db"), 300);
    std::fstream f(dir.file("kiosk.db"), std::ios::binary | std::ios::in | std::ios::out);
    f.seekp(4096 * 3);
    for (int i = 0; i < 4096 * 2; ++i) f.put(static_cast<char>(0x5A));
    f.close();
    Store store(dir.file("kiosk.db"), Access::Write);
    EXPECT_FALSE(store.notice().empty());
    EXPECT_EQ(damaged_copies(dir).size(), 1u);
}

TEST(Database, AForeignSqliteDatabaseIsMovedAside) {
    TempDir dir;
    {
        SQLite::Database other(dir.file("kiosk.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('stamppot')");
    }
    expect_moved_aside(dir, "another program");
}

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

/// Opens `path` for writing, then for reading, and expects both refused as written by a newer
/// kiosk; returns the two messages.
std::vector<std::string> newer_refusals(const std::string& path) {
    std::vector<std::string> messages;
    for (Access access : {Access::Write, Access::Read}) {
        try {
            Store store(path, access);
            ADD_FAILURE() << "a newer database was opened";
        } catch (const StoreError& e) {
            EXPECT_EQ(e.kind(), StoreErrorKind::Newer);
            messages.push_back(e.what());
        }
    }
    return messages;
}

TEST(Database, ADatabaseOfANewerKioskIsRefusedAndLeftUntouched) {
    // Case K25: user_version = current + 5 and an extra column, as a later kiosk might leave it.
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    make_database(path, 3);
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("ALTER TABLE actions ADD COLUMN device TEXT");
        raw.exec("PRAGMA user_version = " + std::to_string(schema_version() + 5));
        raw.exec("PRAGMA journal_mode = DELETE");  // one file: its bytes say all
    }
    const std::string before = file_bytes(path);
    for (const std::string& message : newer_refusals(path)) {
        EXPECT_NE(message.find("newer version of the kiosk"), std::string::npos) << message;
        EXPECT_NE(message.find(std::to_string(schema_version() + 5)), std::string::npos) << message;
    }
    EXPECT_EQ(file_bytes(path), before) << "the newer database was changed";
    EXPECT_TRUE(damaged_copies(dir).empty()) << "the newer database was moved aside";
    EXPECT_FALSE(fs::exists(path + "-wal"));
}

/// The database at `path` as the kiosk of schema version 1 left it: no ui_state table.
void make_version_1(const std::string& path) {
    make_database(path, 3);
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("DROP TABLE ui_state");
    // Step 3's columns (the archive) and step 4's (follow-ups) came after version 1 too.
    raw.exec("DROP TABLE subgoal_checks");
    raw.exec("DROP INDEX sessions_by_follows");
    for (const char* column : {"vision_count", "partner_count", "subgoal_count", "plan_title", "search_key", "archived_ms",
                               "follows", "checks_indexed"})
        raw.exec(std::string("ALTER TABLE sessions DROP COLUMN ") + column);
    raw.exec("PRAGMA user_version = 1");
}

std::vector<fs::path> backups(const TempDir& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir.path()))
        if (e.path().filename().string().rfind("kiosk.db.before-v", 0) == 0) out.push_back(e.path());
    return out;
}

int version_of(const std::string& path) {
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    return raw.execAndGet("PRAGMA user_version").getInt();
}

TEST(Database, AnOlderDatabaseIsCopiedThenMigrated) {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    make_version_1(path);
    {
        OpenedDatabase opened = open_database(path, Access::Write, 1000);
        ASSERT_EQ(backups(dir).size(), 1u);
        EXPECT_EQ(opened.backup, backups(dir)[0].string());
        EXPECT_NE(opened.backup.find(".before-v" + std::to_string(schema_version()) + "-"), std::string::npos);
    }
    EXPECT_EQ(version_of(path), schema_version());
    EXPECT_EQ(version_of(backups(dir)[0].string()), 1) << "the copy is the file as it was";
    {
        SQLite::Database copy(backups(dir)[0].string(), SQLite::OPEN_READONLY);
        EXPECT_EQ(copy.execAndGet("SELECT count(*) FROM actions").getInt(), 4);  // session + 3 notes
    }
    Store store(path, Access::Read);
    EXPECT_EQ(store.list_sessions().size(), 1u);
    // Opening it again changes and copies nothing more.
    EXPECT_TRUE(open_database(path, Access::Write, 1000).backup.empty());
    EXPECT_EQ(backups(dir).size(), 1u);
}

TEST(Database, AMigrationThatFailsLeavesTheOlderFileAsItWas) {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    make_version_1(path);
    {
        // A step 2 that cannot run: its table is there already, as a hand-made change might leave it.
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("CREATE TABLE ui_state (other INTEGER)");
    }
    EXPECT_THROW(open_database(path, Access::Write, 1000), StoreError);
    EXPECT_EQ(version_of(path), 1) << "half a migration was kept";
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    EXPECT_EQ(raw.execAndGet("SELECT count(*) FROM actions").getInt(), 4);
    EXPECT_EQ(backups(dir).size(), 1u) << "the copy was made before the failing step";
}

TEST(Database, ANewerDatabaseKeepsItsUncheckpointedWal) {
    // A newer kiosk that was killed leaves part of its data in the WAL only; closing our refused
    // connection must not fold it into the file (SQLite checkpoints on the last close).
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    make_database(path, 3);
    {
        SQLite::Database raw(path, SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = " + std::to_string(schema_version() + 5));
    }
    {  // a writer that leaves its last change in the WAL, as a killed kiosk would
        SQLite::Database writer(path, SQLite::OPEN_READWRITE);
        sqlite3_db_config(writer.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        writer.exec("PRAGMA wal_autocheckpoint = 0");
        writer.exec("INSERT INTO sessions (id, title, date, place, facilitator, plan_id, language, status, "
                    "created_ms, updated_ms, action_count, note_count) VALUES ('s-later', 'Later', '2027-01-01', "
                    "'', '', 'p', 'nl', 'open', 0, 0, 0, 0)");
    }
    ASSERT_TRUE(fs::exists(path + "-wal"));
    const std::string db_before = file_bytes(path), wal_before = file_bytes(path + "-wal");
    EXPECT_EQ(newer_refusals(path).size(), 2u);
    EXPECT_EQ(file_bytes(path), db_before) << "the WAL was folded into the refused file";
    ASSERT_TRUE(fs::exists(path + "-wal")) << "the refused file's WAL was deleted";
    EXPECT_EQ(file_bytes(path + "-wal"), wal_before);
}

TEST(Database, ItsWalTravelsWithTheMovedFile) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    {
        std::ofstream(path, std::ios::binary) << "not a database at all, just some text";
        std::ofstream(path + "-wal", std::ios::binary) << "wal bytes";
    }
    Store store(path, Access::Write);
    auto moved = damaged_copies(dir);
    ASSERT_EQ(moved.size(), 2u);  // the file and its -wal
    bool wal_found = false;
    for (const auto& m : moved) wal_found |= m.string().size() > 4 && m.string().substr(m.string().size() - 4) == "-wal";
    EXPECT_TRUE(wal_found);
}

TEST(Database, AFileThatCannotBeCreatedIsReported) {
    TempDir dir;
    std::ofstream(dir.file("plain-file")) << "x";
    try {
        Store store(dir.file("plain-file/kiosk.db"), Access::Write);
        FAIL();
    } catch (const StoreError& e) {
        EXPECT_EQ(e.kind(), StoreErrorKind::Unwritable) << e.what();
        EXPECT_NE(std::string(e.what()).find("plain-file"), std::string::npos);
    }
}

}  // namespace
}  // namespace kiosk
