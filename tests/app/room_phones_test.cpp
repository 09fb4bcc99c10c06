// The phones' join code belongs to a session and outlives the kiosk's run (issue 12: after a
// crash the room must not type a new code). RoomPhones over a CodeMemory, and the real one: the
// store's ui_state through UiStateSync, across a child process that dies without closing.
#include "app/room_phones.h"

#include "app/ui_state_sync.h"
#include "sample_plan.h"
#include "../store/temp_dir.h"

#include "store/store.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace kiosk::app {
namespace {

Session session_named(const std::string& id) {
    Session s = testing::sample_session();
    s.id = id;
    return s;
}

/// A CodeMemory over a map the test reads.
RoomPhones::CodeMemory memory_in(std::map<std::string, std::string>& kept) {
    RoomPhones::CodeMemory m;
    m.recall = [&kept](const std::string& id) { return kept.count(id) ? kept.at(id) : std::string(); };
    m.keep = [&kept](const std::string& id, const std::string& code) { kept[id] = code; };
    return m;
}

RoomPhones::Settings loopback() {
    RoomPhones::Settings s;
    s.address = "127.0.0.1";
    s.port = 0;
    return s;
}

TEST(RoomPhonesJoinCode, EachSessionKeepsItsOwnCode) {
    std::map<std::string, std::string> kept;
    ActionQueue queue;
    RoomPhones phones(queue, {}, loopback(), memory_in(kept));
    const Session a = session_named("s-a"), b = session_named("s-b");
    const std::string before = phones.code();
    phones.follow(&a, {}, false);
    EXPECT_EQ(phones.code(), before) << "the code shown before any session becomes the first one's";
    EXPECT_EQ(kept["s-a"], before);
    phones.follow(&b, {}, false);
    EXPECT_NE(phones.code(), before) << "another session, another code";
    EXPECT_EQ(kept["s-b"], phones.code());
    phones.follow(nullptr, {}, false);
    phones.follow(&a, {}, false);
    EXPECT_EQ(phones.code(), before) << "a session resumed keeps its code";
    phones.renew_code();
    EXPECT_NE(phones.code(), before);
    EXPECT_EQ(kept["s-a"], phones.code()) << "a renewed code is the one kept";
}

TEST(RoomPhonesJoinCode, ARestartedKioskTakesTheKeptCodeAndTheServerAcceptsIt) {
    std::map<std::string, std::string> kept{{"s-a", "314159"}};
    ActionQueue queue;
    RoomPhones phones(queue, {}, loopback(), memory_in(kept));
    ASSERT_TRUE(phones.set_on(true)) << phones.error();
    const Session a = session_named("s-a");
    ::testing::internal::CaptureStderr();
    phones.follow(&a, {}, false);
    const std::string log = ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(phones.code(), "314159");
    const std::string url = phones.url();
    EXPECT_EQ(url.substr(url.size() - 9), "/j/314159");
    // Scripts (and facilitators reading the log) take the last "phones join at" line: it holds
    // the kept code, not the one drawn at start.
    const auto last = log.rfind("kiosk: phones join at ");
    ASSERT_NE(last, std::string::npos) << log;
    EXPECT_EQ(log.substr(last + 22, url.size()), url) << log;
    EXPECT_EQ(phones.info(&a).code, "314159");
    phones.set_on(false);
}

TEST(RoomPhonesJoinCode, ADamagedKeptCodeIsNotUsed) {
    for (const std::string damaged : {"", "12ab56", "1234567", "12345"}) {
        std::map<std::string, std::string> kept{{"s-a", damaged}, {"s-other", "111111"}};
        ActionQueue queue;
        RoomPhones phones(queue, {}, loopback(), memory_in(kept));
        const Session a = session_named("s-a");
        phones.follow(&a, {}, false);
        EXPECT_EQ(phones.code().size(), 6u) << damaged;
        EXPECT_NE(phones.code(), damaged);
        EXPECT_EQ(kept["s-a"], phones.code());
    }
}

TEST(RoomPhonesJoinCode, WithoutAMemoryEverySessionGetsACodeForThisRunOnly) {
    ActionQueue queue;
    RoomPhones phones(queue, {}, loopback());
    const Session a = session_named("s-a"), b = session_named("s-b");
    phones.follow(&a, {}, false);
    const std::string code_a = phones.code();
    phones.follow(&b, {}, false);
    EXPECT_NE(phones.code(), code_a);
}

TEST(RoomPhonesJoinCode, TheCodeOutlivesACrashInTheStore) {
    testing::TempDir dir;
    const std::string db = dir.file("kiosk.db");
    const pid_t pid = ::fork();
    if (pid == 0) {
        int result = 1;
        {
            Store store(db, Access::Write);
            UiStateSync sync(store);
            sync.keep_join_code("s-a", "271828");
            sync.keep_join_code("s-a", "161803");  // renewed: the last one counts
            result = sync.join_code("s-a") == "161803" ? 0 : 2;
            ::_exit(result);  // dies with the store open, as after SIGKILL
        }
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0);

    Store store(db, Access::Write);
    UiStateSync sync(store);
    EXPECT_EQ(sync.join_code("s-a"), "161803");
    EXPECT_EQ(sync.join_code("s-b"), "") << "a code is only its own session's";
    sync.left();
    EXPECT_EQ(sync.join_code("s-a"), "161803") << "leaving on purpose keeps it for a resume later";
}

}  // namespace
}  // namespace kiosk::app
