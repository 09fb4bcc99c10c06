// A database written by main before the action catalogue (tests/fixtures/main-db) replays
// unchanged with today's code: same session, same undo and redo stacks, no problems.
#include "store/session_json.h"
#include "store/store.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace kiosk {
namespace {

const std::string kFixture = std::string(KIOSK_SOURCE_DIR) + "/tests/fixtures/main-db";

TEST(MainDbReplay, ADatabaseFromMainReplaysUnchanged) {
    testing::TempDir dir;
    const std::string db = dir.file("kiosk.db");
    std::filesystem::copy_file(kFixture + "/main.db", db);  // the store may write next to it
    std::ifstream expected_in(kFixture + "/expected.json");
    const Json expected = Json::parse(expected_in);

    // Written before the archive's columns (schema step 3): opening it for writing migrates the
    // copy first, which must not change what the log replays to.
    Store store(db, Access::Write);
    LoadedSession loaded = store.load_session("s-fixture01");
    EXPECT_TRUE(loaded.problems.empty()) << loaded.problems.front();
    EXPECT_EQ(loaded.action_count, 64);
    const Json replayed = session_to_json(loaded.session);
    for (const auto& [key, value] : expected.items()) EXPECT_EQ(replayed.value(key, Json()), value) << key;
    EXPECT_EQ(replayed, expected);
}

}  // namespace
}  // namespace kiosk
