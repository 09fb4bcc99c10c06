// phone_request(): every refusal of PROTOCOL.md that needs no Session, the fields kept per type
// and the ones the kiosk fills in.
#include "net/phone_request.h"

#include "net/phone_server.h"

#include "core/action_catalogue.h"
#include "core/phone_rules.h"

#include <gtest/gtest.h>

#include <string>

namespace kiosk::net {
namespace {

const std::string kCode = "123456";
const std::string kToken = "0123456789abcdef0123456789abcdef";
constexpr std::int64_t kNow = 5'000'000;

PhoneView board_view() {
    PhoneView view;
    view.session = "s-test";
    view.exercise = "matrix";
    return view;
}

Json note_add() {
    return {{"code", kCode}, {"device", kToken}, {"request", "r-0123456789abcdef"}, {"type", "note.add"},
            {"id", "n-0123456789ab"}, {"column", "of"}, {"text", "Leesclub in het café"}, {"author", "Sanne"}};
}

PhoneRequest read(const Json& body, const PhoneView& view = board_view()) {
    return phone_request(body.dump(), kCode, view, kNow);
}

void expect_refused(const PhoneRequest& r, int status, const std::string& error) {
    EXPECT_FALSE(r.action.has_value());
    EXPECT_EQ(r.error.status, status);
    EXPECT_EQ(r.error.error, error);
    EXPECT_FALSE(r.error.message.empty());
}

TEST(PhoneRequest, NoteAddKeepsThePhonesFieldsAndFillsInTheKiosks) {
    Json body = note_add();
    body["colour"] = "yellow";
    body["seat"] = "p-forged00000";   // the kiosk's to fill in
    body["voter"] = "someone";        // not a field of note.add
    body["undo"] = true;
    PhoneRequest r = read(body);
    ASSERT_TRUE(r.action.has_value()) << r.error.message;
    const std::string device = device_id(kToken);
    EXPECT_EQ(r.device, device);
    Json expected = {{"type", "note.add"},         {"session", "s-test"},   {"at", kNow},
                     {"id", "n-0123456789ab"},     {"column", "of"},        {"text", "Leesclub in het café"},
                     {"author", "Sanne"},          {"colour", "yellow"},    {"exercise", "matrix"},
                     {"seat", device},             {"source", "phone"},     {"device", device},
                     {"request", "r-0123456789abcdef"}};
    EXPECT_EQ(r.action->data, expected);
}

TEST(PhoneRequest, EachTypeGetsWhatTheTableSays) {
    const std::string device = device_id(kToken);
    auto base = [](const char* type) {
        return Json{{"code", kCode}, {"device", kToken}, {"request", "r-00000000000000aa"}, {"type", type}};
    };
    Json vote = base("vote.add");
    vote["note"] = "n-111111111111";
    PhoneRequest r = read(vote);
    ASSERT_TRUE(r.action);
    EXPECT_EQ(r.action->data["voter"], device);
    EXPECT_FALSE(r.action->data.contains("exercise"));

    Json vision = base("vision.add");
    vision["id"] = "v-222222222222";
    vision["text"] = "Samen lezen";
    r = read(vision);
    ASSERT_TRUE(r.action);
    EXPECT_EQ(r.action->data["seat"], device);
    EXPECT_EQ(r.action->data["exercise"], "matrix");

    Json answer = base("checklist.answer");
    answer["question"] = "q1";
    answer["answer"] = "yes";
    r = read(answer);
    ASSERT_TRUE(r.action);
    EXPECT_EQ(r.action->data["exercise"], "matrix");
    EXPECT_FALSE(r.action->data.contains("seat"));

    Json edit = base("note.edit");
    edit["id"] = "n-333333333333";
    edit["text"] = "anders";
    edit["column"] = "by";  // a move is not an edit
    r = read(edit);
    ASSERT_TRUE(r.action);
    EXPECT_FALSE(r.action->data.contains("column"));
    EXPECT_EQ(r.action->data["device"], device);
}

TEST(PhoneRequest, NotJsonOrNotAnObjectIsBadJson) {
    for (const char* body : {"", "{", "not json", "{\"code\":", "\xff\xfe", "{\"a\":1}}"})
        expect_refused(phone_request(body, kCode, board_view(), kNow), 400, "bad_json");
    for (const char* body : {"[]", "\"note.add\"", "42", "null", "true"})
        expect_refused(phone_request(body, kCode, board_view(), kNow), 400, "bad_json");
}

TEST(PhoneRequest, AWrongMissingOrOldCodeIsRefused) {
    Json body = note_add();
    body["code"] = "654321";
    expect_refused(read(body), 403, "wrong_code");
    body["code"] = 123456;  // a number, not the text
    expect_refused(read(body), 403, "wrong_code");
    body.erase("code");
    expect_refused(read(body), 403, "wrong_code");
    // No code set on the kiosk: nothing matches, not even an empty one.
    body["code"] = "";
    expect_refused(phone_request(body.dump(), "", board_view(), kNow), 403, "wrong_code");
}

TEST(PhoneRequest, ABadDeviceTokenIsRefused) {
    for (Json token : {Json("0123456789ABCDEF0123456789ABCDEF"), Json("0123"), Json(""), Json(42), Json(),
                       Json("0123456789abcdef0123456789abcdeg"), Json("0123456789abcdef0123456789abcdef0")}) {
        Json body = note_add();
        body["device"] = token;
        expect_refused(read(body), 400, "bad_device");
    }
    Json body = note_add();
    body.erase("device");
    expect_refused(read(body), 400, "bad_device");
}

TEST(PhoneRequest, AMissingOrBadRequestIdIsRefused) {
    for (Json request : {Json("r-0123"), Json("x-0123456789abcdef"), Json(7), Json("r-0123456789ABCDEF")}) {
        Json body = note_add();
        body["request"] = request;
        expect_refused(read(body), 400, "bad_request");
    }
    Json body = note_add();
    body.erase("request");
    expect_refused(read(body), 400, "bad_request");
}

TEST(PhoneRequest, ANewIdOfTheWrongKindIsRefused) {
    for (Json id : {Json("v-0123456789ab"), Json("n-01"), Json(), Json("n-../../etc/pa")}) {
        Json body = note_add();
        body["id"] = id;
        expect_refused(read(body), 400, "bad_request");
    }
}

TEST(PhoneRequest, TypesPhonesMayNotSendAreNotAllowed) {
    for (const char* type : {"board.reveal", "note.delete", "session.close", "undo", "timer.start",
                             "note.move", "session.create", "phones.approval", "", "note.add "}) {
        Json body = note_add();
        body["type"] = type;
        expect_refused(read(body), 403, "not_allowed");
    }
    Json body = note_add();
    body.erase("type");
    expect_refused(read(body), 403, "not_allowed");
}

TEST(PhoneRequest, NothingOpenOrAnotherExerciseIsAConflict) {
    expect_refused(read(note_add(), PhoneView{}), 409, "no_session");
    PhoneView between = board_view();
    between.exercise = "";  // an exercise phones take no part in
    expect_refused(read(note_add(), between), 409, "other_exercise");
    Json body = note_add();
    body["exercise"] = "visie";  // the phone still shows the previous exercise
    expect_refused(read(body), 409, "other_exercise");
    body["exercise"] = Json();
    expect_refused(read(body), 409, "other_exercise");
    body["exercise"] = "matrix";
    EXPECT_TRUE(read(body).action.has_value());
}

TEST(DeviceId, IsPMinusTenHexOfBlake2bAndStable) {
    const std::string id = device_id(kToken);
    ASSERT_EQ(id.size(), 12u);
    EXPECT_EQ(id.substr(0, 2), "p-");
    EXPECT_TRUE(is_device_token(id.substr(2) + "0000000000000000000000"));  // lower-case hex
    EXPECT_EQ(id, device_id(kToken));
    EXPECT_NE(id, device_id("fedcba9876543210fedcba9876543210"));
}

TEST(JoinCode, SixDigits) {
    for (int i = 0; i < 50; ++i) {
        const std::string code = new_join_code();
        ASSERT_EQ(code.size(), 6u) << code;
        for (char c : code) ASSERT_TRUE(c >= '0' && c <= '9') << code;
    }
}

TEST(PhoneRequest, ReadsExactlyTheTypesTheCatalogueLetsPhonesSend) {
    // The catalogue says which types a phone may send (core/phone_rules.h); this file's table
    // says which fields each has. A type in one and not the other is a phone that cannot send
    // what the rules allow, or a request read for a type the rules then refuse.
    int phone_types = 0;
    for (const ActionSpec& spec : action_catalogue()) {
        Json body = note_add();
        body["type"] = spec.type;
        const PhoneRequest r = read(body);
        const bool read_as_phone_type = r.action.has_value() || r.error.error != "not_allowed";
        EXPECT_EQ(read_as_phone_type, may_send(spec, Source::Phone)) << spec.type;
        EXPECT_EQ(phone_may_send(spec.type), may_send(spec, Source::Phone)) << spec.type;
        phone_types += may_send(spec, Source::Phone) ? 1 : 0;
    }
    EXPECT_EQ(phone_types, 7);
}

}  // namespace
}  // namespace kiosk::net
