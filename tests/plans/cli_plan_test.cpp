// plan_check / plan_list: exit codes and the exact lines a facilitator sees.
#include "app/cli_plan.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "temp_dir.h"

using namespace kiosk;

namespace {

const char* const kGood =
    "id = \"mini\"\nlanguage = \"nl\"\ntitle = \"Korte sessie – ideeën\"\n"
    "[[exercise]]\nid = \"a\"\nkind = \"info\"\ntitle = \"A\"\nprompt = \"P\"\nminutes = 5\n"
    "[[exercise]]\nid = \"b\"\nkind = \"info\"\ntitle = \"B\"\nprompt = \"P\"\nminutes = 20\n";

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) result.push_back(line);
    return result;
}

}  // namespace

TEST(CliPlan, CheckValidFileReturnsZero) {
    TempDir dir;
    const std::string good = dir.write("good.toml", kGood);
    std::ostringstream out;
    EXPECT_EQ(plan_check({good}, out), 0);
    EXPECT_EQ(split_lines(out.str()), std::vector<std::string>{"Plan files checked: 1, valid: 1, problems: 0"});
}

TEST(CliPlan, CheckPrintsOneLinePerProblemAndReturnsOne) {
    TempDir dir;
    const std::string good = dir.write("good.toml", kGood);
    const std::string bad = dir.write("bad.toml",
                                      "id = \"x\"\nlanguage = \"de\"\ntitle = \"X\"\n[[exercise]]\nid = \"a\"\n"
                                      "kind = \"info\"\ntitle = \"A\"\nprompt = \"P\"\nminuts = 5\n");
    std::ostringstream out;
    EXPECT_EQ(plan_check({good, bad}, out), 1);
    const std::vector<std::string> expected = {
        bad + ":2:12: 'language' must be \"nl\" or \"en\", not \"de\"",
        bad + ":4:1: [[exercise]] is missing the required key 'minutes'",
        bad + ":9:1: unknown key 'minuts'; did you mean 'minutes'?",
        "Plan files checked: 2, valid: 1, problems: 3",
    };
    EXPECT_EQ(split_lines(out.str()), expected);
}

TEST(CliPlan, CheckWithoutFilesFails) {
    std::ostringstream out;
    EXPECT_EQ(plan_check({}, out), 1);
    EXPECT_EQ(out.str(), "No plan files given.\n");
}

TEST(CliPlan, CheckMissingFileFails) {
    TempDir dir;
    const std::string missing = (dir.path() / "gone.toml").string();
    std::ostringstream out;
    EXPECT_EQ(plan_check({missing}, out), 1);
    EXPECT_EQ(split_lines(out.str()).at(0), missing + ":0:0: the file does not exist");
}

TEST(CliPlan, ListShowsPlansThenSkippedFiles) {
    TempDir dir;
    dir.write("mini.toml", kGood);
    const std::string bad = dir.write("zz-bad.toml", "id = \"x\"\nlanguage = \n");
    std::ostringstream out;
    EXPECT_EQ(plan_list(dir.path().string(), out), 1);
    const std::vector<std::string> expected = {
        "id    language  minutes  exercises  title",
        "mini  nl             25          2  Korte sessie – ideeën",
        "Skipped files:",
        bad + ":2:12: TOML syntax error: Error while parsing key-value pair: expected value, saw '\\n'",
    };
    EXPECT_EQ(split_lines(out.str()), expected);
}

TEST(CliPlan, ListOfShippedSessionsSucceeds) {
    std::ostringstream out;
    EXPECT_EQ(plan_list(std::string(KIOSK_SOURCE_DIR) + "/sessions", out), 0);
    const auto lines = split_lines(out.str());
    ASSERT_EQ(lines.size(), 5u) << out.str();
    EXPECT_EQ(lines[1].rfind("bootcamp  en", 0), 0u) << lines[1];
    EXPECT_EQ(lines[2].rfind("bootcamp  nl", 0), 0u) << lines[2];
    EXPECT_EQ(lines[3].rfind("vervolg   en", 0), 0u) << lines[3];
    EXPECT_EQ(lines[4].rfind("vervolg   nl", 0), 0u) << lines[4];
}

TEST(CliPlan, ListOfEmptyFolderFails) {
    TempDir dir;
    std::ostringstream out;
    EXPECT_EQ(plan_list(dir.path().string(), out), 1);
    EXPECT_EQ(out.str(), "No valid plans in " + dir.path().string() + "\n");
}
