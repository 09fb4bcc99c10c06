// scan_plans on real folders: bad files are listed with their problems and skipped, good ones
// kept, a second plan with the same (id, language) refused, non-plan files ignored.
#include "plans/plan_catalog.h"

#include <gtest/gtest.h>

#include <string>

#include "temp_dir.h"

using namespace kiosk;

namespace {

std::string plan_text(const char* id, const char* language) {
    return std::string("id = \"") + id + "\"\nlanguage = \"" + language +
           "\"\ntitle = \"Plan\"\n[[exercise]]\nid = \"a\"\nkind = \"info\"\ntitle = \"A\"\n"
           "prompt = \"P\"\nminutes = 5\n";
}

}  // namespace

TEST(PlanCatalog, SkipsBadFileKeepsGoodOnesInNameOrder) {
    TempDir dir;
    dir.write("b.toml", plan_text("second", "nl"));
    dir.write("a.toml", plan_text("first", "en"));
    dir.write("c.toml", "id = \"broken\"\nlanguage = \n");
    dir.write("notes.txt", "not a plan");
    std::filesystem::create_directory(dir.path() / "sub.toml");  // a folder, not a file

    const PlanCatalog catalog = scan_plans(dir.path().string());
    ASSERT_EQ(catalog.plans.size(), 2u);
    EXPECT_EQ(catalog.plans[0].plan.id, "first");
    EXPECT_EQ(catalog.plans[1].plan.id, "second");
    EXPECT_EQ(catalog.plans[0].file, (dir.path() / "a.toml").string());
    ASSERT_EQ(catalog.skipped.size(), 1u);
    EXPECT_EQ(catalog.skipped[0].file, (dir.path() / "c.toml").string());
    ASSERT_EQ(catalog.skipped[0].problems.size(), 1u);
    EXPECT_EQ(catalog.skipped[0].problems[0].line, 2);
    EXPECT_NE(catalog.find("first", "en"), nullptr);
    EXPECT_EQ(catalog.find("first", "nl"), nullptr);
}

TEST(PlanCatalog, DuplicateIdAndLanguageIsAProblemForTheSecondFile) {
    TempDir dir;
    dir.write("one.toml", plan_text("bootcamp", "nl"));
    dir.write("two.toml", plan_text("bootcamp", "nl"));
    dir.write("three.toml", plan_text("bootcamp", "en"));  // another language is fine

    const PlanCatalog catalog = scan_plans(dir.path().string());
    ASSERT_EQ(catalog.plans.size(), 2u);  // one.toml (nl) and three.toml (en)
    EXPECT_EQ(catalog.plans[0].file, (dir.path() / "one.toml").string());
    EXPECT_EQ(catalog.plans[1].file, (dir.path() / "three.toml").string());
    ASSERT_EQ(catalog.skipped.size(), 1u);
    const PlanProblem& problem = catalog.skipped[0].problems.at(0);
    EXPECT_EQ(problem.file, (dir.path() / "two.toml").string());
    EXPECT_EQ(problem.line, 1);
    EXPECT_EQ(problem.column, 6);
    EXPECT_NE(problem.message.find("already defined in"), std::string::npos);
    EXPECT_NE(problem.message.find("one.toml"), std::string::npos);
}

TEST(PlanCatalog, MissingFolderIsReportedNotThrown) {
    TempDir dir;
    const std::string missing = (dir.path() / "nope").string();
    const PlanCatalog catalog = scan_plans(missing);
    EXPECT_TRUE(catalog.plans.empty());
    ASSERT_EQ(catalog.skipped.size(), 1u);
    EXPECT_EQ(catalog.skipped[0].file, missing);
    EXPECT_NE(catalog.skipped[0].problems.at(0).message.find("cannot read the plan folder"), std::string::npos);
}
