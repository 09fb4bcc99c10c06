// LiveSession: submit → clean, validate, store durably, apply; pending when the disk refuses.
#include "store/live_session.h"

#include "core/phone_rules.h"

#include "core/text.h"
#include "sample_plan.h"
#include "store/store.h"
#include "temp_dir.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <future>
#include <thread>

#include <sys/resource.h>

namespace kiosk {
namespace {

using testing::ManualClock;
using testing::TempDir;
using std::chrono::steady_clock;

Action note_add(const std::string& id, const std::string& text) {
    return testing::user_action("note.add", "s-test", {{"id", id}, {"exercise", "matrix"}, {"column", "of"}, {"text", text}});
}

std::size_t stored_notes(const std::string& path) {
    Store reader(path, Access::Read);
    return reader.load_session("s-test").session.notes.size();
}

TEST(LiveSession, UndoAndRedoSurviveReopening) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    ManualClock clock;
    {
        Store store(path, Access::Write);
        LiveSession live(store, clock);
        live.submit(testing::create_sample_session());
        live.submit(note_add("n-1", "Leesclub"));
        live.submit(note_add("n-2", "Taalcafé"));
        live.submit(testing::user_action("note.delete", "s-test", {{"id", "n-1"}}));
        live.submit(testing::user_action("undo", "s-test"));  // n-1 is back
        ASSERT_EQ(live.session().notes.size(), 2u);
    }
    Store store(path, Access::Write);
    LiveSession live = LiveSession::open(store, "s-test", clock);
    EXPECT_TRUE(live.replay_problems().empty());
    ASSERT_EQ(live.session().notes.size(), 2u);
    EXPECT_EQ(live.session().undo.size(), 2u);
    EXPECT_EQ(live.session().redo.size(), 1u);
    EXPECT_EQ(live.submit(testing::user_action("redo", "s-test")).state, SaveState::Saved);  // delete n-1 again
    EXPECT_EQ(live.session().notes.size(), 1u);
    EXPECT_EQ(live.submit(testing::user_action("undo", "s-test")).state, SaveState::Saved);
    EXPECT_EQ(live.submit(testing::user_action("undo", "s-test")).state, SaveState::Saved);  // n-2 gone
    EXPECT_EQ(live.session().notes.size(), 1u);
    EXPECT_EQ(live.session().notes[0].id, "n-1");
    EXPECT_EQ(stored_notes(path), 1u);
}

// Issue 12: a phone's action applies once, also across a restart. Its log record keeps "source",
// "device" and "request", and replaying it rebuilds the set of applied requests.
TEST(LiveSession, APhonesRetryAfterReopeningIsADuplicate) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    ManualClock clock;
    const char* phone = "p-0123456789";
    Action add = testing::user_action("note.add", "s-test",
                                      {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "Leesclub"},
                                       {"seat", phone}, {"device", phone}, {"request", "r-00000000000000aa"}});
    {
        Store store(path, Access::Write);
        LiveSession live(store, clock);
        ASSERT_TRUE(live.submit(testing::create_sample_session()).ok());
        ASSERT_TRUE(live.submit(testing::user_action("agenda.goto", "s-test", {{"exercise", "matrix"}})).ok());
        live.set_source(Source::Phone);
        ASSERT_EQ(live.submit(add).state, SaveState::Saved);
    }
    {
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        SQLite::Statement last(db, "SELECT data FROM actions ORDER BY seq DESC LIMIT 1");
        ASSERT_TRUE(last.executeStep());
        const Json stored = Json::parse(last.getColumn(0).getString());
        EXPECT_EQ(stored.value("source", ""), "phone");
        EXPECT_EQ(stored.value("device", ""), phone);
        EXPECT_EQ(stored.value("request", ""), "r-00000000000000aa");
    }
    Store store(path, Access::Write);
    LiveSession live = LiveSession::open(store, "s-test", clock);
    EXPECT_TRUE(live.replay_problems().empty());
    EXPECT_EQ(live.session().requests.count(request_key(add.data)), 1u);
    live.set_source(Source::Phone);
    add.data["id"] = "n-2";  // even under a new note id the request is the same one
    const SubmitResult retry = live.submit(add);
    EXPECT_EQ(retry.state, SaveState::Rejected);
    EXPECT_TRUE(retry.duplicate);
    EXPECT_EQ(live.session().notes.size(), 1u);
    EXPECT_EQ(stored_notes(path), 1u);
}

TEST(LiveSession, ABatchIsStoredAndAppliedAllOrNone) {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    ManualClock clock;
    Store store(path, Access::Write);
    LiveSession live(store, clock);
    live.submit(testing::create_sample_session());
    // The second action builds on the first (it edits the note the first adds).
    const SubmitResult ok = live.submit_all(
        {note_add("n-1", "Leesclub"), testing::user_action("note.edit", "s-test", {{"id", "n-1"}, {"text", "Boekenclub"}}),
         note_add("n-2", std::string(5000, 'x'))});
    EXPECT_EQ(ok.state, SaveState::Saved);
    EXPECT_TRUE(ok.notices.clamped);
    ASSERT_EQ(live.session().notes.size(), 2u);
    EXPECT_EQ(live.session().find_note("n-1")->text, "Boekenclub");
    EXPECT_EQ(stored_notes(path), 2u);

    const SubmitResult refused = live.submit_all({note_add("n-3", "a"), note_add("n-1", "twice")});
    EXPECT_EQ(refused.state, SaveState::Rejected);
    EXPECT_FALSE(refused.message.empty());
    EXPECT_EQ(live.session().find_note("n-3"), nullptr);
    EXPECT_EQ(stored_notes(path), 2u);
    EXPECT_EQ(store.action_count("s-test"), 4);
}

TEST(LiveSession, RejectedActionsChangeNothingAndStoreNothing) {
    TempDir dir;
    ManualClock clock;
    Store store(dir.file("kiosk.db"), Access::Write);
    LiveSession live(store, clock);
    SubmitResult r = live.submit(note_add("n-1", "te vroeg"));
    EXPECT_EQ(r.state, SaveState::Rejected);
    EXPECT_FALSE(r.message.empty());
    live.submit(testing::create_sample_session());
    r = live.submit(testing::user_action("note.add", "s-test", {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "nope"}, {"text", "x"}}));
    EXPECT_EQ(r.state, SaveState::Rejected);
    EXPECT_NE(r.message.find("nope"), std::string::npos);
    EXPECT_EQ(store.action_count("s-test"), 1);
    // A second create with a stored id would mix two logs: refused.
    LiveSession other(store, clock);
    EXPECT_EQ(other.submit(testing::create_sample_session()).state, SaveState::Rejected);
    EXPECT_EQ(store.action_count("s-test"), 1);
}

TEST(LiveSession, TextIsCleanedWithTheLimitsOfTheUi) {
    TempDir dir;
    ManualClock clock;
    Store store(dir.file("kiosk.db"), Access::Write);
    LiveSession live(store, clock);
    live.submit(testing::create_sample_session());
    std::string huge;
    while (huge.size() < 20'000) huge += "ideeën ";
    SubmitResult r = live.submit(note_add("n-1", "e\xCC\x88" + huge));  // e + combining diaeresis
    ASSERT_EQ(r.state, SaveState::Saved);
    EXPECT_TRUE(r.notices.clamped);
    const std::string& text = live.session().notes[0].text;
    EXPECT_LE(text.size(), max_bytes(TextKind::Note));
    EXPECT_EQ(text.substr(0, 2), "\xC3\xAB");  // NFC: ë as U+00EB
    Store reader(dir.file("kiosk.db"), Access::Read);
    EXPECT_EQ(reader.load_session("s-test").session.notes[0].text, text);
}

// K12: another program holds a write transaction for a while; the note is saved once it ends.
TEST(LiveSession, WaitsForABusyDatabaseThenSaves) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    ManualClock clock;
    Store store(path, Access::Write);
    LiveSession live(store, clock);
    live.submit(testing::create_sample_session());
    std::promise<void> locked;
    std::thread other([&] {
        SQLite::Database shell(path, SQLite::OPEN_READWRITE);
        shell.exec("BEGIN IMMEDIATE");
        locked.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(1000));
        shell.exec("COMMIT");
    });
    locked.get_future().wait();
    auto start = steady_clock::now();
    SubmitResult r = live.submit(note_add("n-1", "tijdens het slot"));
    auto waited = steady_clock::now() - start;
    other.join();
    EXPECT_EQ(r.state, SaveState::Saved) << r.message;
    EXPECT_GE(waited, std::chrono::milliseconds(800));
    EXPECT_EQ(live.pending(), 0u);
    EXPECT_EQ(stored_notes(path), 1u);
}

TEST(LiveSession, ABusyTimeoutKeepsTheActionPendingUntilRetry) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    ManualClock clock;
    Store store(path, Access::Write, StoreOptions{100});
    LiveSession live(store, clock);
    live.submit(testing::create_sample_session());
    SQLite::Database shell(path, SQLite::OPEN_READWRITE);
    shell.exec("BEGIN IMMEDIATE");
    SubmitResult r = live.submit(note_add("n-1", "wacht even…"));
    EXPECT_EQ(r.state, SaveState::NotSaved);
    EXPECT_FALSE(r.message.empty());
    EXPECT_EQ(live.pending(), 1u);
    EXPECT_EQ(live.session().notes.size(), 1u);  // shown, marked not saved by the UI
    r = live.submit(testing::user_action("note.edit", "s-test", {{"id", "n-1"}, {"text", "wacht even… nog"}}));
    EXPECT_EQ(r.state, SaveState::NotSaved);  // builds on the pending note: valid, queued behind it
    EXPECT_EQ(live.pending(), 2u);
    shell.exec("COMMIT");
    EXPECT_EQ(live.retry().state, SaveState::Saved);
    EXPECT_EQ(live.pending(), 0u);
    Store reader(path, Access::Read);
    auto loaded = reader.load_session("s-test");
    EXPECT_EQ(loaded.action_count, 3);
    EXPECT_EQ(loaded.session.notes.at(0).text, "wacht even… nog");
    EXPECT_TRUE(reader.check().ok());
}

// A disk that refuses writes. As root, chmod cannot make a folder read-only, so the refusal is
// made with RLIMIT_FSIZE: the kernel then fails every write past the limit (EFBIG), as a full
// disk would. SQLite reports it on the commit; the action must wait, then be saved.
TEST(LiveSession, AFailingDiskKeepsActionsPendingThenSavesThem) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    ManualClock clock;
    Store store(path, Access::Write);
    LiveSession live(store, clock);
    live.submit(testing::create_sample_session());
    live.submit(note_add("n-0", "voor de storing"));

    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit tiny = old;
    tiny.rlim_cur = 1;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &tiny), 0);
    SubmitResult a = live.submit(note_add("n-1", "tijdens de storing"));
    SubmitResult b = live.submit(note_add("n-2", "nog een"));
    SubmitResult c = live.retry();
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &old), 0);

    EXPECT_EQ(a.state, SaveState::NotSaved);
    EXPECT_EQ(b.state, SaveState::NotSaved);
    EXPECT_EQ(c.state, SaveState::NotSaved);
    EXPECT_FALSE(a.message.empty());
    EXPECT_EQ(live.pending(), 2u);
    EXPECT_EQ(live.session().notes.size(), 3u);
    EXPECT_EQ(stored_notes(path), 1u);  // nothing claimed saved that is not

    EXPECT_EQ(live.retry().state, SaveState::Saved);
    EXPECT_EQ(live.pending(), 0u);
    EXPECT_EQ(stored_notes(path), 3u);
    Store reader(path, Access::Read);
    EXPECT_EQ(reader.load_session("s-test").action_count, 4);
    EXPECT_TRUE(reader.check().ok());
}

/// Removes the database at `path` with its WAL and shared-memory files, as a user deleting
/// "kiosk.db" in a file manager would (the open connection keeps writing into the unlinked file).
void delete_database_files(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

TEST(LiveSession, ADeletedDatabaseFileIsNoticedAndItsActionsAreKept) {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    ManualClock clock;
    Store store(path, Access::Write);
    LiveSession live(store, clock);
    ASSERT_EQ(live.submit(testing::create_sample_session()).state, SaveState::Saved);
    ASSERT_EQ(live.submit(note_add("n-1", "Leesclub")).state, SaveState::Saved);
    delete_database_files(path);
    const SubmitResult r = live.submit(note_add("n-2", "Taalcafé"));
    EXPECT_EQ(r.state, SaveState::NotSaved) << "an action into a deleted file was reported as saved";
    EXPECT_NE(r.message.find("deleted"), std::string::npos) << r.message;
    EXPECT_NE(r.message.find("export"), std::string::npos) << r.message;
    EXPECT_EQ(live.session().notes.size(), 2u);  // still on screen
    EXPECT_EQ(live.pending(), 1u);
    EXPECT_EQ(live.retry().state, SaveState::NotSaved);  // and it stays not saved, never "Saved"
    EXPECT_EQ(live.pending(), 1u);
}

TEST(LiveSession, ADatabaseFileReplacedByAnotherIsNoticed) {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    {
        Store other(dir.file("other.db"), Access::Write);
    }
    ManualClock clock;
    Store store(path, Access::Write);
    LiveSession live(store, clock);
    ASSERT_EQ(live.submit(testing::create_sample_session()).state, SaveState::Saved);
    std::filesystem::rename(dir.file("other.db"), path);  // a restored backup, say
    const SubmitResult r = live.submit(note_add("n-1", "Leesclub"));
    EXPECT_EQ(r.state, SaveState::NotSaved);
    EXPECT_NE(r.message.find("replaced"), std::string::npos) << r.message;
    EXPECT_EQ(live.pending(), 1u);
}

TEST(LiveSession, TheTimerResumesByWallClockAfterReopening) {
    TempDir dir;
    std::string path = dir.file("kiosk.db");
    ManualClock clock;
    {
        Store store(path, Access::Write);
        LiveSession live(store, clock);
        live.submit(testing::create_sample_session());
        clock.wall = 5'000'000;
        live.set_source(Source::Facilitator);  // the timer is the facilitator's (issue 11)
        live.submit(testing::user_action("timer.start", "s-test", {{"seconds", 600}}));
    }
    Store store(path, Access::Write);
    LiveSession live = LiveSession::open(store, "s-test", clock);
    EXPECT_TRUE(live.session().timer.running);
    EXPECT_EQ(remaining_at(live.session().timer, 5'000'000 + 90'000), 510'000);
}

}  // namespace
}  // namespace kiosk
