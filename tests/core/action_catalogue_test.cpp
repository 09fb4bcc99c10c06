// The action catalogue (core/action_catalogue.h) against everything that must agree with it:
// the reducer's dispatch, the typed actions, the README table; and what validate() says.
#include "core/action_catalogue.h"
#include "core/action_sink.h"
#include "core/actions.h"
#include "core/plan_json.h"
#include "core/reduce.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace kiosk {
namespace {

std::vector<std::string> catalogue_types() {
    std::vector<std::string> types;
    for (const ActionSpec& spec : action_catalogue()) types.push_back(spec.type);
    std::sort(types.begin(), types.end());
    return types;
}

TEST(ActionCatalogue, EveryTypeHasAHandlerAndEveryHandlerAnEntry) {
    const std::vector<std::string> types = catalogue_types();
    EXPECT_EQ(types, handled_action_types());
    std::set<std::string> unique(types.begin(), types.end());
    EXPECT_EQ(unique.size(), action_catalogue().size()) << "a type is listed twice";
}

TEST(ActionCatalogue, UndoableComesFromTheCatalogue) {
    for (const ActionSpec& spec : action_catalogue()) EXPECT_EQ(is_undoable(spec.type), spec.undoable) << spec.type;
    EXPECT_TRUE(is_undoable("note.add"));
    EXPECT_FALSE(is_undoable("timer.start"));
    EXPECT_FALSE(is_undoable("no.such"));
}

/// A record of `type` for session "s-1" with `fields`, as validate() sees new input.
Json record(const std::string& type, Json fields = Json::object()) {
    return make_action(type, "s-1", 1'000'000, std::move(fields)).data;
}

// --- typed actions ------------------------------------------------------------------------

/// Every typed action with every field set (and optional ones filled), checked against its
/// catalogue entry; the list must cover the catalogue (but note.restore, which undo writes).
template <class A>
void expect_valid(const A& action, std::set<std::string>& seen) {
    seen.insert(A::kType);
    const Json data = record(A::kType, action.fields());
    EXPECT_EQ(validate(data, Source::CommandLine), "") << data.dump();  // `kiosk apply` may send them all
    const ActionSpec* spec = find_action_spec(A::kType);
    ASSERT_NE(spec, nullptr) << A::kType;
    for (const FieldSpec& f : spec->fields)
        if (f.required) EXPECT_TRUE(data.contains(f.name)) << A::kType << " lacks " << f.name;
}

TEST(ActionCatalogue, EveryTypedActionValidatesAgainstItsEntry) {
    namespace a = actions;
    std::set<std::string> seen;
    Json plan = plan_to_json(testing::sample_plan());
    expect_valid(a::SessionCreate{"Bootcamp", "2026-11-29", "Zaal 2", "Anna", plan, ""}, seen);
    expect_valid(a::SessionCreate{"Vervolg", "2027-01-12", "Zaal 2", "Anna", plan, "s-earlier"}, seen);
    expect_valid(a::SessionUpdate{"t", "2026-11-30", "p", "f"}, seen);
    expect_valid(a::SessionUpdate{}, seen);
    expect_valid(a::SessionClose{}, seen);
    expect_valid(a::SessionReopen{}, seen);
    expect_valid(a::AgendaGoto{"matrix"}, seen);
    expect_valid(a::ChecklistAnswer{"klaar", "team", "yes"}, seen);
    expect_valid(a::ChecklistRemark{"klaar", "team", "Budget in maart"}, seen);
    expect_valid(a::NoteAdd{"n-1", "matrix", "of", "Leesclub", 2, "Anna", "seat-3"}, seen);
    expect_valid(a::NoteAdd{"n-1", "matrix", "of", "Leesclub", std::nullopt, "", ""}, seen);
    expect_valid(a::NoteEdit{"n-1", "tekst"}, seen);
    expect_valid(a::NoteColour{"n-1", 5}, seen);
    expect_valid(a::NoteAuthor{"n-1", "Bram"}, seen);
    expect_valid(a::NoteMove{"n-1", "by", ""}, seen);
    expect_valid(a::NoteDelete{"n-1"}, seen);
    expect_valid(a::GroupCreate{"g-1", "matrix", "of", "Jong", {"n-1", "n-2"}}, seen);
    expect_valid(a::GroupRename{"g-1", "Jongeren"}, seen);
    expect_valid(a::GroupDissolve{"g-1"}, seen);
    expect_valid(a::VoteAdd{"n-1", "seat-1"}, seen);
    expect_valid(a::VoteRemove{"n-1", "seat-1"}, seen);
    expect_valid(a::BoardBudget{"matrix", 3}, seen);
    expect_valid(a::BoardPrivate{"matrix", true}, seen);
    expect_valid(a::BoardReveal{"matrix"}, seen);
    expect_valid(a::BoardAnonymous{"matrix", false}, seen);
    expect_valid(a::BoardTotals{"matrix", true}, seen);
    expect_valid(a::VisionAdd{"v-1", "visie", "Sanne", std::string("Het is 2036.")}, seen);
    expect_valid(a::VisionAdd{"v-1", "visie", "", std::nullopt}, seen);
    expect_valid(a::VisionAdd{"v-1", "visie", "", std::string("x"), "p-0123456789"}, seen);
    expect_valid(a::NoteApprove{"n-1"}, seen);
    expect_valid(a::NoteHide{"n-1"}, seen);
    expect_valid(a::NoteUnhide{"n-1"}, seen);
    expect_valid(a::PhonesApproval{true}, seen);
    expect_valid(a::VisionEdit{"v-1", "tekst"}, seen);
    expect_valid(a::VisionAuthor{"v-1", "Ahmed"}, seen);
    expect_valid(a::VisionDelete{"v-1"}, seen);
    expect_valid(a::WritingPhase{"visie", "delen"}, seen);
    expect_valid(a::WritingShare{"visie", 2}, seen);
    expect_valid(a::WritingShared{"visie", "Samen"}, seen);
    expect_valid(a::FormAdd{"f-1", "kaart"}, seen);
    expect_valid(a::FormSet{"f-1", "naam", "Nieuwkomers"}, seen);
    expect_valid(a::FormDelete{"f-1"}, seen);
    expect_valid(a::TimerStart{600}, seen);
    expect_valid(a::TimerStart{}, seen);
    expect_valid(a::TimerPause{}, seen);
    expect_valid(a::TimerResume{}, seen);
    expect_valid(a::TimerReset{}, seen);
    expect_valid(a::TimerAdjust{-60}, seen);
    expect_valid(a::TimerLockAtEnd{"matrix", true}, seen);
    expect_valid(a::TableLock{}, seen);
    expect_valid(a::TableUnlock{}, seen);
    expect_valid(a::Undo{}, seen);
    expect_valid(a::Undo{"matrix"}, seen);
    expect_valid(a::Redo{"matrix"}, seen);
    seen.insert("note.restore");  // written only by the reducer (undo of note.delete)
    EXPECT_EQ(std::vector<std::string>(seen.begin(), seen.end()), catalogue_types());
}

/// The screens and the app build no action JSON by hand: they submit the typed actions above,
/// so their fields are the ones checked against the catalogue. The board's files too, where the
/// hand-built form was `submit(sink, "…", Json{…})`.
TEST(ActionCatalogue, TheScreensAndTheAppSubmitTypedActions) {
    const std::string root = std::string(KIOSK_SOURCE_DIR) + "/kiosk/";
    std::vector<std::string> files;
    for (const char* ui : {"form_view", "session_view", "checklist_view", "countdown_view", "writing_view", "bound_text",
                           "board_view", "board_gestures", "board_paint", "board_measure"})
        files.push_back(root + "ui/" + ui + ".cpp");
    for (const auto& entry : std::filesystem::directory_iterator(root + "app"))
        if (entry.path().extension() == ".cpp") files.push_back(entry.path().string());
    for (const std::string& file : files) {
        std::ifstream in(file);
        ASSERT_TRUE(in) << file;
        std::string line;
        for (int n = 1; std::getline(in, line); ++n) {
            EXPECT_EQ(line.find("submit(\""), std::string::npos) << file << ":" << n << ": " << line;
            EXPECT_EQ(line.find("submit(sink, \""), std::string::npos) << file << ":" << n << ": " << line;
        }
    }
}

// --- validate -----------------------------------------------------------------------------

TEST(ActionCatalogue, ValidateNamesTheFieldAndTheType) {
    EXPECT_EQ(validate(record("note.add", {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}}), Source::Table),
              "The field \"text\" of note.add is missing.");
    EXPECT_EQ(validate(record("note.edit", {{"id", "n-1"}, {"text", 12}}), Source::Table),
              "The field \"text\" of note.edit must be text.");
    EXPECT_EQ(validate(record("note.edit", {{"id", "n-1"}, {"text", std::string(1001, 'a')}}), Source::Table),
              "The field \"text\" of note.edit is longer than 1000 bytes.");
    EXPECT_EQ(validate(record("note.edit", {{"id", "n-1"}, {"text", "x"}, {"colour", 2}}), Source::Table),
              "The field \"colour\" of note.edit is not known.");
    EXPECT_EQ(validate(record("note.colour", {{"id", "n-1"}, {"colour", 6}}), Source::Table),
              "The field \"colour\" of note.colour must be from 0 to 5.");
    EXPECT_EQ(validate(record("board.private", {{"exercise", "matrix"}, {"on", "yes"}}), Source::Facilitator),
              "The field \"on\" of board.private must be true or false.");
    EXPECT_EQ(validate(record("group.create", {{"id", "g"}, {"exercise", "m"}, {"column", "of"}, {"name", "x"}, {"notes", {1}}}),
                       Source::Table),
              "The field \"notes\" of group.create must hold only texts.");
    EXPECT_EQ(validate(record("note.paint"), Source::Table), "Unknown action \"note.paint\".");
    Json no_session = record("timer.pause");
    no_session.erase("session");
    EXPECT_EQ(validate(no_session, Source::Facilitator), "The field \"session\" of timer.pause is missing.");
}

// Issue 11: the facilitator's settings come only from the console behind the PIN (and `kiosk
// apply`), never from a participant's hands at the table or on a phone.
TEST(ActionCatalogue, TheFacilitatorsSettingsAreRefusedFromEveryParticipantSource) {
    const std::vector<Json> settings = {
        record("timer.start", {{"seconds", 600}}),
        record("timer.pause"),
        record("timer.resume"),
        record("timer.reset"),
        record("timer.adjust", {{"seconds", 60}}),
        record("timer.lock_at_end", {{"exercise", "matrix"}, {"on", true}}),
        record("board.budget", {{"exercise", "matrix"}, {"votes", 5}}),
        record("board.private", {{"exercise", "matrix"}, {"on", true}}),
        record("board.anonymous", {{"exercise", "matrix"}, {"on", true}}),
        record("board.reveal", {{"exercise", "matrix"}}),
        record("board.totals", {{"exercise", "matrix"}, {"shown", true}}),
        record("table.lock"),
        record("table.unlock"),
        record("session.close"),
        record("session.reopen"),
        record("note.approve", {{"id", "n-1"}}),
        record("note.hide", {{"id", "n-1"}}),
        record("note.unhide", {{"id", "n-1"}}),
        record("phones.approval", {{"on", true}}),
    };
    for (const Json& a : settings) {
        const std::string type = a["type"];
        EXPECT_EQ(validate(a, Source::Table), type + " cannot be sent from the table.");
        EXPECT_EQ(validate(a, Source::Phone), type + " cannot be sent from a phone.");
        EXPECT_EQ(validate(a, Source::Facilitator), "") << type;
        EXPECT_EQ(validate(a, Source::CommandLine), "") << type;
    }
}

TEST(ActionCatalogue, SourcesDecideWhoMaySendWhat) {
    const Json add = record("note.add", {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "x"}});
    for (Source s : {Source::Table, Source::Facilitator, Source::Phone, Source::CommandLine})
        EXPECT_EQ(validate(add, s), "");
    EXPECT_EQ(validate(record("note.delete", {{"id", "n-1"}}), Source::Phone), "note.delete cannot be sent from a phone.");
    EXPECT_EQ(validate(record("timer.pause"), Source::Phone), "timer.pause cannot be sent from a phone.");
    EXPECT_EQ(validate(record("undo"), Source::Phone), "undo cannot be sent from a phone.");
    EXPECT_EQ(validate(record("timer.pause"), Source::Facilitator), "");
    const Json restore = record("note.restore", {{"note", Json::object()}});
    for (Source s : {Source::Table, Source::Facilitator, Source::Phone, Source::CommandLine})
        EXPECT_EQ(validate(restore, s), "note.restore is written only by undo; send \"undo\" instead.");
}

TEST(ActionCatalogue, NullCountsAsLeftOutForOptionalFields) {
    EXPECT_EQ(validate(record("undo", {{"exercise", nullptr}}), Source::Table), "");
    EXPECT_EQ(validate(record("note.edit", {{"id", "n-1"}, {"text", nullptr}}), Source::Table),
              "The field \"text\" of note.edit is missing.");
}

TEST(ActionCatalogue, TheSinkRefusesWhatValidateRefusesButReplayStillAcceptsIt) {
    MemorySession sink(testing::sample_session());
    SubmitResult r = sink.submit("note.add", {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"},
                                              {"text", "Leesclub"}, {"mood", "blij"}});
    EXPECT_EQ(r.state, SaveState::Rejected);
    EXPECT_EQ(r.message, "The field \"mood\" of note.add is not known.");
    EXPECT_TRUE(sink.session().notes.empty());
    // A stored log is replayed by apply() alone, which never refused an extra field.
    Session replayed = testing::sample_session();
    Action stored = make_action("note.add", replayed.id, 2'000'000,
                                {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "x"}, {"mood", "blij"}});
    EXPECT_TRUE(apply(replayed, stored).ok);
    EXPECT_EQ(replayed.notes.size(), 1u);
}

TEST(ActionCatalogue, APhoneSinkGetsOnlyTheParticipantPart) {
    MemorySession sink(testing::sample_session());
    ASSERT_TRUE(sink.submit(actions::AgendaGoto{"matrix"}).ok());
    sink.set_source(Source::Phone);
    Json add = actions::NoteAdd{"n-1", "matrix", "of", "Vanaf de telefoon", std::nullopt, "", "p-0123456789"}.fields();
    add["device"] = "p-0123456789";
    add["request"] = "r-1";
    EXPECT_TRUE(sink.submit("note.add", add).ok());
    SubmitResult r = sink.submit("note.delete", {{"id", "n-1"}, {"device", "p-0123456789"}, {"request", "r-2"}});
    EXPECT_EQ(r.state, SaveState::Rejected);
    EXPECT_EQ(sink.session().notes.size(), 1u);
}

// --- the drift the issue named: form.add values ---------------------------------------------

TEST(ActionCatalogue, FormAddValuesAreLengthCheckedByTheReducer) {
    Session s = testing::sample_session();
    Action a = make_action("form.add", s.id, 2'000'000,
                           {{"id", "f-1"}, {"exercise", "partners"}, {"values", {{"naam", std::string(4001, 'a')}}}});
    ApplyResult r = apply(s, a);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(s.forms.empty());
}

TEST(ActionCatalogue, FormAddValuesAreCleanedByTheirFieldsKind) {
    Session s = testing::sample_session();
    const Exercise* partners = s.plan.find("partners");
    ASSERT_NE(partners, nullptr);
    std::string line_field, long_field;
    for (const Field& f : partners->fields) {
        if (f.kind == FieldKind::LongText) long_field = f.id;
        if (f.kind == FieldKind::Text && line_field.empty()) line_field = f.id;
    }
    ASSERT_FALSE(line_field.empty());
    ASSERT_FALSE(long_field.empty());
    Action a = make_action("form.add", s.id, 2'000'000,
                           {{"id", "f-1"}, {"exercise", "partners"},
                            {"values", {{line_field, std::string(300, 'a')}, {long_field, std::string(300, 'b')}}}});
    CleanNotices n = clean_action(a, s, 0);
    EXPECT_TRUE(n.clamped);
    EXPECT_EQ(a.data["values"][line_field].get<std::string>().size(), max_bytes(TextKind::Line));
    EXPECT_EQ(a.data["values"][long_field].get<std::string>().size(), 300u);
}

// --- the README table -----------------------------------------------------------------------

/// The table under "## Action format" in README.md: its rows from the header row on.
std::string readme_action_table() {
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/README.md");
    std::string line, table;
    bool in_section = false, in_table = false;
    while (std::getline(in, line)) {
        if (line.rfind("## ", 0) == 0) in_section = line == "## Action format";
        if (!in_section) continue;
        if (line.rfind("| type |", 0) == 0) in_table = true;
        if (in_table && line.rfind("|", 0) != 0) break;
        if (in_table) table += line + "\n";
    }
    return table;
}

TEST(ActionCatalogue, ReadmeTableIsTheCatalogue) {
    // On failure, paste the expected table below into README.md's "Action format".
    EXPECT_EQ(readme_action_table(), catalogue_markdown()) << "Expected table:\n" << catalogue_markdown();
}

}  // namespace
}  // namespace kiosk
