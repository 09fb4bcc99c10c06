// The phone rules (issue 12, core/phone_rules.h): every type a phone may send passes when it keeps
// the rules, and each rule broken in turn is refused; through the sink, a phone's retry applies
// once and its record keeps "source", "device" and "request".
#include "core/phone_rules.h"

#include "core/action_sink.h"
#include "core/actions.h"
#include "core/reduce.h"
#include "fake_clock.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

constexpr const char* kMe = "p-0123456789";
constexpr const char* kOther = "p-abcdef0123";

/// The sample session with, on the matrix board, a note of this phone and one of another, a dot
/// of each, and in the writing exercise a vision of each.
Session room() {
    Session s = testing::sample_session();
    std::int64_t at = 1'100'000;
    auto act = [&](const std::string& type, Json fields) {
        Action a = make_action(type, s.id, at += 1000, std::move(fields));
        clean_action(a, s, at);
        ASSERT_TRUE(apply(s, a)) << a.to_line();
    };
    act("note.add", {{"id", "n-mine"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "x"}, {"seat", kMe}});
    act("note.add", {{"id", "n-theirs"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "y"}, {"seat", kOther}});
    act("vote.add", {{"note", "n-theirs"}, {"voter", kMe}});
    act("vision.add", {{"id", "v-mine"}, {"exercise", "visie"}, {"text", "a"}, {"seat", kMe}});
    act("vision.add", {{"id", "v-theirs"}, {"exercise", "visie"}, {"text", "b"}, {"seat", kOther}});
    return s;
}

/// `fields` as the phone server hands them on: type, session, device and request put in.
Action from_phone(const std::string& type, Json fields) {
    Action a = make_action(type, "s-test", 1'200'000, std::move(fields));
    a.data["device"] = kMe;
    a.data["request"] = "r-0000000000000001";
    a.data["source"] = "phone";
    return a;
}

struct Case {
    const char* name;
    const char* exercise;  // the current exercise
    const char* type;
    Json fields;
    const char* refusal;  // "" = allowed
};

const char* const kNotAllowed = "A phone cannot send this.";
const char* const kMoved = "The exercise has moved on.";
const char* const kNotOwn = "A phone can change only what it wrote itself.";

Json with_seat(Json fields, const char* seat) {
    fields["seat"] = seat;
    return fields;
}

std::vector<Case> cases() {
    const Json add = {{"id", "n-new"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "t"}, {"seat", kMe}};
    const Json vision = {{"id", "v-new"}, {"exercise", "visie"}, {"text", "t"}, {"seat", kMe}};
    const Json answer = {{"exercise", "klaar"}, {"question", "team"}, {"answer", "yes"}};
    return {
        // every type of PROTOCOL.md's table, keeping the rules
        {"note.add", "matrix", "note.add", add, ""},
        {"note.edit own", "matrix", "note.edit", {{"id", "n-mine"}, {"text", "z"}}, ""},
        {"vote.add", "matrix", "vote.add", {{"note", "n-theirs"}, {"voter", kMe}}, ""},
        {"vote.remove", "matrix", "vote.remove", {{"note", "n-theirs"}, {"voter", kMe}}, ""},
        {"vision.add a second time", "visie", "vision.add", vision, "This phone has handed in already; it can change what it wrote."},
        {"vision.edit own", "visie", "vision.edit", {{"id", "v-mine"}, {"text", "z"}}, ""},
        {"checklist.answer", "klaar", "checklist.answer", answer, ""},
        // types outside the table, though the catalogue lets phones send them
        {"note.colour", "matrix", "note.colour", {{"id", "n-mine"}, {"colour", 1}}, kNotAllowed},
        {"form.set", "kaart", "form.set", {{"id", "f-1"}, {"field", "naam"}, {"value", "v"}}, kNotAllowed},
        {"note.delete", "matrix", "note.delete", {{"id", "n-mine"}}, kNotAllowed},
        {"undo", "matrix", "undo", Json::object(), kNotAllowed},
        // another exercise than the current one
        {"note.add elsewhere", "visie", "note.add", add, kMoved},
        {"note.edit elsewhere", "klaar", "note.edit", {{"id", "n-mine"}, {"text", "z"}}, kMoved},
        {"vote.add elsewhere", "klaar", "vote.add", {{"note", "n-theirs"}, {"voter", kMe}}, kMoved},
        {"vote.remove elsewhere", "visie", "vote.remove", {{"note", "n-theirs"}, {"voter", kMe}}, kMoved},
        {"vision.add elsewhere", "matrix", "vision.add", vision, kMoved},
        {"vision.edit elsewhere", "matrix", "vision.edit", {{"id", "v-mine"}, {"text", "z"}}, kMoved},
        {"checklist.answer elsewhere", "matrix", "checklist.answer", answer, kMoved},
        // someone else's things
        {"note.add as another seat", "matrix", "note.add", with_seat(add, kOther), kNotOwn},
        {"note.add without seat", "matrix", "note.add", with_seat(add, ""), kNotOwn},
        {"note.edit of another", "matrix", "note.edit", {{"id", "n-theirs"}, {"text", "z"}}, kNotOwn},
        {"vote.add for another", "matrix", "vote.add", {{"note", "n-mine"}, {"voter", kOther}}, kNotOwn},
        {"vote.remove for another", "matrix", "vote.remove", {{"note", "n-mine"}, {"voter", kOther}}, kNotOwn},
        {"vision.add as another", "visie", "vision.add", with_seat(vision, kOther), kNotOwn},
        {"vision.edit of another", "visie", "vision.edit", {{"id", "v-theirs"}, {"text", "z"}}, kNotOwn},
    };
}

TEST(PhoneRules, EveryTypeAndEachRuleBrokenInTurn) {
    for (const Case& c : cases()) {
        Session s = room();
        Action go = make_action("agenda.goto", s.id, 1'150'000, {{"exercise", c.exercise}});
        ASSERT_TRUE(apply(s, go));
        EXPECT_EQ(phone_refusal(s, from_phone(c.type, c.fields)), c.refusal) << c.name;
    }
}

TEST(PhoneRules, TheOpenSessionOnlyAndTheServersFields) {
    Session s = room();
    Action add = from_phone("checklist.answer", {{"exercise", "klaar"}, {"question", "team"}, {"answer", "yes"}});
    ASSERT_EQ(phone_refusal(s, add), "");
    Action other = add;
    other.data["session"] = "s-other";
    EXPECT_EQ(phone_refusal(s, other), "No session is open.");
    for (const char* key : {"device", "request"}) {
        Action without = add;
        without.data.erase(key);
        EXPECT_EQ(phone_refusal(s, without), "A phone's action needs its device and request.") << key;
    }
    ASSERT_TRUE(apply(s, make_action("session.close", s.id, 1'300'000)));
    EXPECT_EQ(phone_refusal(s, add), "No session is open.");
    EXPECT_EQ(phone_refusal(Session{}, add), "No session is open.");
}

TEST(PhoneRules, TheSinkRefusesThemAndAppliesARequestOnce) {
    testing::FakeClock clock;
    MemorySession sink(room(), clock);
    sink.set_source(Source::Facilitator);
    ASSERT_TRUE(sink.submit(actions::AgendaGoto{"matrix"}).ok());
    sink.set_source(Source::Phone);
    Json edit = {{"id", "n-theirs"}, {"text", "overschreven"}, {"device", kMe}, {"request", "r-1"}};
    SubmitResult refused = sink.submit("note.edit", edit);
    EXPECT_EQ(refused.state, SaveState::Rejected);
    EXPECT_EQ(refused.message, kNotOwn);
    EXPECT_FALSE(refused.duplicate);
    EXPECT_EQ(sink.session().find_note("n-theirs")->text, "y");

    Json add = {{"id", "n-2"}, {"exercise", "matrix"}, {"column", "by"}, {"text", "Leesclub"},
                {"seat", kMe}, {"device", kMe}, {"request", "r-2"}};
    ASSERT_TRUE(sink.submit("note.add", add).ok());
    SubmitResult again = sink.submit("note.add", add);
    EXPECT_EQ(again.state, SaveState::Rejected);
    EXPECT_TRUE(again.duplicate);
    EXPECT_EQ(again.message, "This was received already.");
    // A retry with a new note id (a phone that lost its draft's id) is still the same request.
    add["id"] = "n-3";
    EXPECT_TRUE(sink.submit("note.add", add).duplicate);
    EXPECT_EQ(sink.session().notes_in("matrix", "by").size(), 1u);
    EXPECT_EQ(sink.session().requests.count(request_key(add)), 1u);
    EXPECT_EQ(sink.session().requests.count(request_key(edit)), 0u) << "a refused request can be sent again";

    // Request ids are each phone's own choice: another phone with the same one is not a retry.
    Json theirs = {{"id", "n-4"}, {"exercise", "matrix"}, {"column", "by"}, {"text", "Ook een idee"},
                   {"seat", kOther}, {"device", kOther}, {"request", "r-2"}};
    const SubmitResult other = sink.submit("note.add", theirs);
    EXPECT_TRUE(other.ok()) << other.message;
    EXPECT_FALSE(other.duplicate);
    EXPECT_EQ(sink.session().notes_in("matrix", "by").size(), 2u);
}

TEST(PhoneRules, NoBlankNotesAndNoDotsOnNotesThePhoneCannotSee) {
    Session s = room();
    Action go = make_action("agenda.goto", s.id, 1'150'000, {{"exercise", "matrix"}});
    ASSERT_TRUE(apply(s, go));
    const char* refused_blank = "A note needs some text.";
    // The catalogue refuses a blank note for every source, phones included (Check::NotBlank).
    EXPECT_EQ(validate(from_phone("note.add", {{"id", "n-5"}, {"exercise", "matrix"}, {"column", "of"},
                                               {"text", " \n\t "}, {"seat", kMe}}).data,
                       Source::Phone),
              refused_blank);
    EXPECT_EQ(validate(from_phone("note.edit", {{"id", "n-mine"}, {"text", ""}}).data, Source::Phone), refused_blank);

    // Another seat's face-down note, a waiting one and a hidden one take no dots from a phone;
    // its own face-down note does, and a shown one.
    const char* refused_dot = "This note cannot be voted on yet.";
    Note* theirs = &s.notes[s.note_position("n-theirs")];
    const auto vote = [&] { return phone_refusal(s, from_phone("vote.add", {{"note", "n-theirs"}, {"voter", kMe}})); };
    EXPECT_EQ(vote(), "");
    theirs->hidden = true;
    EXPECT_EQ(vote(), refused_dot);
    theirs->hidden = false;
    theirs->moderation = Moderation::Waiting;
    EXPECT_EQ(vote(), refused_dot);
    theirs->moderation = Moderation::Hidden;
    EXPECT_EQ(vote(), refused_dot);
    s.notes[s.note_position("n-mine")].hidden = true;
    EXPECT_EQ(phone_refusal(s, from_phone("vote.add", {{"note", "n-mine"}, {"voter", kMe}})), "");
}

TEST(PhoneRules, APhoneHandsInOneVisionPerExercise) {
    Session s = room();
    Action go = make_action("agenda.goto", s.id, 1'150'000, {{"exercise", "visie"}});
    ASSERT_TRUE(apply(s, go));
    constexpr const char* kNew = "p-5555555555";
    Action first = from_phone("vision.add", {{"id", "v-new"}, {"exercise", "visie"}, {"text", "t"}, {"seat", kNew}});
    first.data["device"] = kNew;
    EXPECT_EQ(phone_refusal(s, first), "") << "a phone that has not handed in yet";
    clean_action(first, s, 1'200'000);
    ASSERT_TRUE(apply(s, first));
    Action second = first;
    second.data["id"] = "v-again";
    second.data["request"] = "r-0000000000000002";
    EXPECT_EQ(phone_refusal(s, second), "This phone has handed in already; it can change what it wrote.");
}

TEST(PhoneRules, AnAnonymousBoardKeepsNoNameAPhoneSent) {
    Session s = room();
    s.exercises["matrix"].anonymous = true;
    Action a = from_phone("note.add", {{"id", "n-6"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "Geheim"},
                                       {"author", "Joris"}, {"seat", kMe}});
    strip_for_phone(s, a);
    EXPECT_FALSE(a.data.contains("author")) << "turning anonymity off later must show no name (K26)";
    s.exercises["matrix"].anonymous = false;
    Action named = from_phone("note.add", {{"id", "n-7"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "Open"},
                                           {"author", "Joris"}, {"seat", kMe}});
    strip_for_phone(s, named);
    EXPECT_EQ(named.data["author"], "Joris");
}

TEST(PhoneRules, ThePhonesRecordSaysWhoSentIt) {
    testing::FakeClock clock;
    MemorySession sink(room(), clock);
    sink.set_source(Source::Facilitator);
    ASSERT_TRUE(sink.submit(actions::AgendaGoto{"matrix"}).ok());
    sink.set_source(Source::Phone);
    Action a = make_action("note.add", "s-test", clock.wall,
                           {{"id", "n-2"}, {"exercise", "matrix"}, {"column", "by"}, {"text", "x"}, {"seat", kMe},
                            {"device", kMe}, {"request", "r-9"}, {"source", "table"}});
    Action checked = a;
    struct Peek : ActionSink {  // reads what clean_and_validate leaves in the record
        MemorySession& inner;
        explicit Peek(MemorySession& s) : inner(s) { set_source(Source::Phone); }
        const Session& session() const override { return inner.session(); }
        using ActionSink::submit;
        SubmitResult submit(Action) override { return {}; }
        SubmitResult check(Action& x) const { return clean_and_validate(x, inner.session(), ClockReading{2'000'000, 0, {}}); }
        const Clock& clock() const override { return system_clock(); }
    } peek(sink);
    ASSERT_TRUE(peek.check(checked).ok()) << peek.check(checked).message;
    EXPECT_EQ(checked.data["source"], "phone") << "the kiosk records the source, whatever was sent";
    EXPECT_EQ(checked.data["device"], kMe);
    EXPECT_EQ(checked.data["request"], "r-9");
}

}  // namespace
}  // namespace kiosk
