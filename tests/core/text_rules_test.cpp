// The text rules of issue 14 ("Smaller"), over every action type that carries text and every
// source that may send it: bidirectional embedding, override and isolate controls are removed
// (U+202A..U+202E, U+2066..U+2069), blank notes and titles are refused, and dates must be real
// calendar dates. New input only: a stored log replays as it was written.
#include "core/action_catalogue.h"
#include "core/action_sink.h"
#include "core/date.h"
#include "core/text.h"

#include "sample_plan.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace kiosk;

namespace {

const std::string kRlo = "\xE2\x80\xAE";  // U+202E RIGHT-TO-LEFT OVERRIDE
const std::vector<std::string> kBidi = {"\xE2\x80\xAA", "\xE2\x80\xAB", "\xE2\x80\xAC", "\xE2\x80\xAD",
                                        "\xE2\x80\xAE", "\xE2\x81\xA6", "\xE2\x81\xA7", "\xE2\x81\xA8",
                                        "\xE2\x81\xA9"};

bool has_bidi(const std::string& s) {
    for (const std::string& b : kBidi)
        if (s.find(b) != std::string::npos) return true;
    return false;
}

/// A session with one of everything that text actions name: note n1, group g1, vision v1, form f1.
MemorySession prepared(Source source) {
    MemorySession sink(kiosk::testing::sample_session());
    EXPECT_TRUE(sink.submit("note.add", {{"id", "n1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "Eerste"}}).ok());
    EXPECT_TRUE(sink.submit("note.add", {{"id", "n2"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "Tweede"}}).ok());
    EXPECT_TRUE(sink.submit("group.create", {{"id", "g1"}, {"exercise", "matrix"}, {"column", "of"}, {"name", "Stapel"},
                                             {"notes", {"n2"}}}).ok());
    EXPECT_TRUE(sink.submit("vision.add", {{"id", "v1"}, {"exercise", "visie"}, {"text", "Visie"}}).ok());
    EXPECT_TRUE(sink.submit("form.add", {{"id", "f1"}, {"exercise", "partners"}}).ok());
    sink.set_source(source);
    return sink;
}

/// One action of each type that carries text people type, with a bidi control in every text.
struct TextCase {
    std::string type;
    Json fields;
};

std::vector<TextCase> text_cases() {
    const std::string t = "Bib" + kRlo + "liotheek";
    return {
        {"session.update", {{"title", t}, {"place", t}, {"facilitator", t}}},
        {"checklist.remark", {{"exercise", "klaar"}, {"question", "team"}, {"remark", t}}},
        {"note.add", {{"id", "n9"}, {"exercise", "matrix"}, {"column", "by"}, {"text", t}, {"author", t}, {"seat", t}}},
        {"note.edit", {{"id", "n1"}, {"text", t}}},
        {"note.author", {{"id", "n1"}, {"author", t}}},
        {"group.create", {{"id", "g9"}, {"exercise", "matrix"}, {"column", "of"}, {"name", t}, {"notes", {"n1"}}}},
        {"group.rename", {{"id", "g1"}, {"name", t}}},
        {"vote.add", {{"note", "n1"}, {"voter", t}}},
        {"vote.remove", {{"note", "n1"}, {"voter", t}}},
        {"vision.add", {{"id", "v9"}, {"exercise", "visie"}, {"author", t}, {"text", t}, {"seat", t}}},
        {"vision.edit", {{"id", "v1"}, {"text", t}}},
        {"vision.author", {{"id", "v1"}, {"author", t}}},
        {"writing.shared", {{"exercise", "visie"}, {"text", t}}},
        {"form.add", {{"id", "f9"}, {"exercise", "partners"}, {"values", {{"partner", t}, {"uitdagingen", t}}}}},
        {"form.set", {{"id", "f1"}, {"field", "partner"}, {"value", t}}},
    };
}

}  // namespace

TEST(TextRules, EveryActionTypeWithTextHasACase) {
    std::set<std::string> covered;
    for (const TextCase& c : text_cases()) covered.insert(c.type);
    for (const ActionSpec& spec : action_catalogue()) {
        if (spec.sources == 0) continue;  // written by undo only
        bool carries_text = false;
        for (const FieldSpec& f : spec.fields) carries_text |= f.clean != Clean::None;
        // session.create's text is checked with its plan below (CreateCleansBidiControls).
        if (carries_text && spec.type != "session.create") {
            EXPECT_TRUE(covered.count(spec.type)) << spec.type;
        }
    }
}

TEST(TextRules, BidiControlsAreRemovedFromEveryTextFromEverySource) {
    for (Source source : {Source::Table, Source::Facilitator, Source::CommandLine}) {
        for (const TextCase& c : text_cases()) {
            if (!may_send(*find_action_spec(c.type), source)) continue;
            MemorySession sink = prepared(source);
            Action a = make_action(c.type, sink.session().id, 2'000'000, c.fields);
            CleanNotices notices = clean_action(a, sink.session(), 2'000'000);
            EXPECT_FALSE(has_bidi(a.data.dump())) << c.type;
            EXPECT_NE(a.data.dump().find("Bibliotheek"), std::string::npos) << c.type;
            EXPECT_TRUE(notices.repaired) << c.type;
            if (c.type == "vote.remove") continue;  // needs a dot there first; cleaned all the same
            const SubmitResult r = sink.submit(c.type, c.fields);
            EXPECT_TRUE(r.ok()) << c.type << ": " << r.message;
        }
    }
    // What is stored holds none of them (a few readers, to be sure).
    MemorySession sink = prepared(Source::Table);
    ASSERT_TRUE(sink.submit("session.update", {{"title", kRlo + "gnirts"}, {"place", "\xE2\x81\xA7" "Zaal"}}).ok());
    ASSERT_TRUE(sink.submit("note.edit", {{"id", "n1"}, {"text", "a\xE2\x80\xAB" "b\xE2\x80\xAC"}}).ok());
    EXPECT_EQ(sink.session().title, "gnirts");
    EXPECT_EQ(sink.session().place, "Zaal");
    EXPECT_EQ(sink.session().find_note("n1")->text, "ab");
}

TEST(TextRules, CreateCleansBidiControls) {
    Action create = kiosk::testing::create_sample_session();
    create.data["title"] = "Werk" + kRlo + "sessie";
    create.data["facilitator"] = "\xE2\x81\xA6" "Anna" "\xE2\x81\xA9";
    MemorySession sink{Session{}};
    sink.set_source(Source::CommandLine);
    ASSERT_TRUE(sink.submit(create).ok());
    EXPECT_EQ(sink.session().title, "Werksessie");
    EXPECT_EQ(sink.session().facilitator, "Anna");
}

TEST(TextRules, BidiMarksAndOtherTextStay) {
    // U+200F RIGHT-TO-LEFT MARK and Arabic or Hebrew letters are text, not controls.
    const std::string text = "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xE2\x80\x8F" "(1)";
    EXPECT_EQ(clean_text(text, TextKind::Note).text, text);
    EXPECT_FALSE(clean_text(text, TextKind::Note).repaired);
    for (const std::string& b : kBidi) EXPECT_EQ(clean_text("a" + b + "b", TextKind::Line).text, "ab");
}

TEST(TextRules, BlankNotesAreRefusedFromEverySource) {
    for (Source source : {Source::Table, Source::Facilitator, Source::CommandLine}) {
        for (const char* blank : {"", " ", " \n\t ", "\r\n"}) {
            MemorySession sink = prepared(source);
            const SubmitResult add =
                sink.submit("note.add", {{"id", "n9"}, {"exercise", "matrix"}, {"column", "of"}, {"text", blank}});
            EXPECT_EQ(add.state, SaveState::Rejected);
            EXPECT_EQ(add.message, "A note needs some text.");
            EXPECT_EQ(sink.session().find_note("n9"), nullptr);
            const SubmitResult edit = sink.submit("note.edit", {{"id", "n1"}, {"text", blank}});
            EXPECT_EQ(edit.message, "A note needs some text.");
            EXPECT_EQ(sink.session().find_note("n1")->text, "Eerste");
        }
    }
    // Only control characters and bidi controls, cleaned away: blank too.
    MemorySession sink = prepared(Source::Table);
    EXPECT_FALSE(sink.submit("note.edit", {{"id", "n1"}, {"text", kRlo + "\x01 "}}).ok());
}

TEST(TextRules, ABlankTitleIsRefused) {
    MemorySession sink = prepared(Source::CommandLine);
    const SubmitResult r = sink.submit("session.update", {{"title", "  "}});
    EXPECT_EQ(r.message, "Give the session a title.");
    EXPECT_EQ(sink.session().title, "Bootcamp Zwolle");
    EXPECT_TRUE(sink.submit("session.update", {{"place", ""}}).ok());  // a place may be left empty
}

TEST(TextRules, InvalidDatesAreRefusedWithAClearMessage) {
    for (const char* bad : {"2026-02-30", "2026-13-01", "2025-02-29", "2026-00-10", "2026-04-31", "2026-4-1", "morgen"}) {
        MemorySession sink = prepared(Source::CommandLine);
        const SubmitResult update = sink.submit("session.update", {{"date", bad}});
        EXPECT_EQ(update.state, SaveState::Rejected) << bad;
        EXPECT_NE(update.message.find(bad), std::string::npos) << update.message;
        EXPECT_NE(update.message.find("year-month-day"), std::string::npos) << update.message;
        EXPECT_EQ(sink.session().date, "2026-11-29");
        Action create = kiosk::testing::create_sample_session();
        create.data["date"] = bad;
        MemorySession fresh{Session{}};
        EXPECT_FALSE(fresh.submit(create).ok()) << bad;
        // A plan's date box (the sample plan's partners.datum), by form.set and by form.add.
        EXPECT_FALSE(sink.submit("form.set", {{"id", "f1"}, {"field", "datum"}, {"value", bad}}).ok()) << bad;
        EXPECT_FALSE(sink.submit("form.add", {{"id", "f9"}, {"exercise", "partners"}, {"values", {{"datum", bad}}}}).ok())
            << bad;
    }
    MemorySession sink = prepared(Source::Table);
    EXPECT_TRUE(sink.submit("session.update", {{"date", "2028-02-29"}}).ok());
    EXPECT_EQ(sink.session().date, "2028-02-29");
    EXPECT_TRUE(sink.submit("form.set", {{"id", "f1"}, {"field", "datum"}, {"value", "2024-02-29"}}).ok());
    EXPECT_TRUE(sink.submit("form.set", {{"id", "f1"}, {"field", "datum"}, {"value", ""}}).ok());  // cleared
    EXPECT_TRUE(sink.submit("form.set", {{"id", "f1"}, {"field", "partner"}, {"value", "2026-02-30"}}).ok());  // text
}

TEST(TextRules, AStoredLogWithAnOldDateStillReplays) {
    // validate() and check_input() are for new input: a record an older kiosk stored applies.
    Session s = kiosk::testing::sample_session();
    EXPECT_TRUE(apply(s, make_action("session.update", s.id, 2'000'000, {{"date", "2026-02-30"}})));
    EXPECT_EQ(s.date, "2026-02-30");
}

TEST(Date, RealCalendarDatesOnly) {
    EXPECT_TRUE(valid_iso_date("2024-02-29"));
    EXPECT_TRUE(valid_iso_date("2000-02-29"));
    EXPECT_FALSE(valid_iso_date("2100-02-29"));
    EXPECT_TRUE(valid_iso_date("2026-12-31"));
    EXPECT_FALSE(valid_iso_date("2026-02-30"));
    EXPECT_FALSE(valid_iso_date("2026-13-01"));
    EXPECT_FALSE(valid_iso_date("2026-06-31"));
    EXPECT_FALSE(valid_iso_date("2026-06-00"));
    EXPECT_FALSE(valid_iso_date("1999-12-31"));
    EXPECT_FALSE(valid_iso_date("2026-1a-01"));
    EXPECT_FALSE(valid_iso_date("2026/01/01"));
}
