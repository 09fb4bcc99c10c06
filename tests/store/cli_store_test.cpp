// The store's commands (kiosk/app/cli_store.h), called as the command line calls them.
#include "app/cli_store.h"

#include "core/plan_json.h"
#include "sample_plan.h"
#include "store/store.h"
#include "temp_dir.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace kiosk {
namespace {

using testing::TempDir;

struct CommandRun {
    int code;
    std::string out, err;
};

CommandRun apply_lines(const std::string& db, const std::string& text, const PlanResolver& plans = nullptr) {
    std::istringstream in(text);
    std::ostringstream out, err;
    int code = cmd_apply(db, plans, in, "acties.jsonl", out, err);
    return {code, out.str(), err.str()};
}

std::string create_line(const std::string& id) {
    Action a = testing::create_sample_session();
    a.data["session"] = id;
    a.data.erase("at");
    return a.to_line() + "\n";
}

std::string note_line(const std::string& session, const std::string& id, const std::string& text) {
    // Built by hand: the text goes in raw, invalid UTF-8 included, as a file could hold it.
    return R"({"type":"note.add","session":")" + session + R"(","id":")" + id +
           R"(","exercise":"matrix","column":"of","text":")" + text + "\"}\n";
}

TEST(CliStore, ApplyReportsEachDurableLineAndEachRefusal) {
    TempDir dir;
    std::string db = dir.file("kiosk.db");
    std::string text = create_line("s-1") + note_line("s-1", "n-1", "Ideeën voor de één-op-één gesprekken") + "\n" +
                       note_line("s-1", "n-1", "dubbel id") + "{not json\n" +
                       note_line("s-1", "n-2", "Coördinatie café-overleg");
    CommandRun r = apply_lines(db, text);
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "applied 1\napplied 2\napplied 6\n");  // line 3 is blank
    EXPECT_NE(r.err.find("acties.jsonl:4: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("n-1"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("acties.jsonl:5: "), std::string::npos) << r.err;
    Store store(db, Access::Read);
    auto loaded = store.load_session("s-1");
    ASSERT_EQ(loaded.session.notes.size(), 2u);
    EXPECT_EQ(loaded.session.notes[1].text, "Coördinatie café-overleg");
}

TEST(CliStore, ApplyContinuesAStoredSessionAndAcceptsLatest) {
    TempDir dir;
    std::string db = dir.file("kiosk.db");
    ASSERT_EQ(apply_lines(db, create_line("s-1")).code, 0);
    CommandRun r = apply_lines(db, note_line("latest", "n-1", "via latest") + note_line("s-1", "n-2", "direct"));
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "applied 1\napplied 2\n");
    Store store(db, Access::Read);
    EXPECT_EQ(store.load_session("s-1").session.notes.size(), 2u);
}

TEST(CliStore, ApplyCleansTextWithTheUiLimits) {
    TempDir dir;
    std::string db = dir.file("kiosk.db");
    CommandRun r = apply_lines(db, create_line("s-1") + note_line("s-1", "n-1", std::string(5000, 'a') + "\xff") +
                                       note_line("s-1", "n-2", "caf\xe9 \xff\xfe"));
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("acties.jsonl:2: "), std::string::npos);  // a notice, not a failure
    Store store(db, Access::Read);
    EXPECT_NE(r.err.find("acties.jsonl:3: "), std::string::npos);
    auto notes = store.load_session("s-1").session.notes;
    ASSERT_EQ(notes.size(), 2u);
    EXPECT_EQ(notes[0].text, std::string(1000, 'a'));
    EXPECT_EQ(notes[1].text, "caf\uFFFD \uFFFD\uFFFD");
}

TEST(CliStore, ApplyResolvesAPlanByName) {
    TempDir dir;
    std::string db = dir.file("kiosk.db");
    PlanResolver plans = [](const std::string& id, const std::string& language, Json& snapshot, std::string&) {
        if (id != "proef" || language != "nl") return false;
        snapshot = plan_to_json(testing::sample_plan());
        return true;
    };
    std::string named = R"({"type":"session.create","session":"s-9","title":"Bootcamp","plan":"proef","language":"nl"})";
    CommandRun r = apply_lines(db, named + "\n" + note_line("s-9", "n-1", "x"), plans);
    EXPECT_EQ(r.code, 0) << r.err;
    std::string unknown = R"({"type":"session.create","session":"s-8","title":"B","plan":"onbekend","language":"nl"})";
    r = apply_lines(db, unknown + "\n", plans);
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("onbekend"), std::string::npos) << r.err;
    Store store(db, Access::Read);
    EXPECT_EQ(store.load_session("s-9").session.plan.id, "proef");
    EXPECT_FALSE(store.summary("s-8"));
}

TEST(CliStore, ASecondWriterIsRefused) {
    TempDir dir;
    std::string db = dir.file("kiosk.db");
    Store kiosk_running(db, Access::Write);
    CommandRun r = apply_lines(db, create_line("s-1"));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find("Another kiosk"), std::string::npos) << r.err;
}

TEST(CliStore, ListShowCheckAndBackupWhileTheKioskRuns) {
    TempDir dir;
    std::string db = dir.file("kiosk.db");
    ASSERT_EQ(apply_lines(db, create_line("s-1") + note_line("s-1", "n-1", "„goed” geregeld…")).code, 0);
    Store kiosk_running(db, Access::Write);
    std::ostringstream out, err;
    EXPECT_EQ(cmd_sessions_list(db, out, err), 0);
    EXPECT_NE(out.str().find("s-1"), std::string::npos);
    EXPECT_NE(out.str().find("Bootcamp Zwolle — Zaal 2"), std::string::npos) << out.str();

    out.str("");
    EXPECT_EQ(cmd_sessions_show(db, "latest", false, out, err), 0);
    EXPECT_NE(out.str().find("„goed” geregeld…"), std::string::npos) << out.str();
    out.str("");
    EXPECT_EQ(cmd_sessions_show(db, "s-1", true, out, err), 0);
    Json j = Json::parse(out.str());
    EXPECT_EQ(j["notes"][0]["text"], "„goed” geregeld…");

    out.str("");
    EXPECT_EQ(cmd_db_check(db, out, err), 0) << err.str();
    EXPECT_EQ(cmd_db_backup(db, dir.file("kopie.db"), out, err), 0) << err.str();
    EXPECT_EQ(cmd_db_check(dir.file("kopie.db"), out, err), 0) << err.str();
    err.str("");
    EXPECT_EQ(cmd_sessions_show(db, "s-none", false, out, err), 1);
    EXPECT_NE(err.str().find("s-none"), std::string::npos);
}

TEST(CliStore, CheckFailsOnADamagedFileWithoutMovingIt) {
    TempDir dir;
    std::string db = dir.file("kiosk.db");
    std::ofstream(db) << "dit is geen database, maar een boodschappenlijst";
    std::ostringstream out, err;
    EXPECT_EQ(cmd_db_check(db, out, err), 1);
    EXPECT_FALSE(err.str().empty());
    EXPECT_EQ(cmd_sessions_list(db, out, err), 1);
    std::ifstream still(db);
    std::string first;
    std::getline(still, first);
    EXPECT_EQ(first, "dit is geen database, maar een boodschappenlijst");
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

TEST(CliStore, FollowUpOfTheDemoCarriesItsWorkAndRefusesAMissingPlan) {
    TempDir dir;
    const std::string db = dir.file("kiosk.db");
    const std::string plans = std::string(KIOSK_SOURCE_DIR) + "/sessions";
    std::ostringstream out, err;
    ASSERT_EQ(cmd_demo(db, plans, "nl", out, err), 0) << err.str();
    std::ostringstream id, msgs;
    ASSERT_EQ(cmd_sessions_follow_up(db, plans, "latest", "vervolg", "", "2027-01-12", id, msgs), 0) << msgs.str();
    EXPECT_EQ(msgs.str(), "") << "the follow-up plan carries every part";
    std::string new_session = id.str();
    new_session.pop_back();  // the newline
    Store store(db, Access::Read);
    const Session s = store.load_session(new_session).session;
    EXPECT_EQ(s.plan.id, "vervolg");
    EXPECT_EQ(s.date, "2027-01-12");
    EXPECT_FALSE(s.follows.empty());
    EXPECT_EQ(s.title, "Follow-up: " + store.load_session(s.follows).session.title);
    EXPECT_FALSE(s.forms.empty());

    std::ostringstream none, why;
    EXPECT_EQ(cmd_sessions_follow_up(db, plans, new_session, "no-such-plan", "", "", none, why), 1);
    EXPECT_NE(why.str().find("no-such-plan"), std::string::npos) << why.str();
}

}  // namespace
}  // namespace kiosk
