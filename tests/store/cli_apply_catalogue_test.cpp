// `kiosk apply` refuses each malformed action with the catalogue's own message: one line per
// field of every action type and per way of breaking it (missing, wrong type, too long, unknown
// field), plus unknown types, all in one run of cmd_apply().
#include "app/cli_store.h"

#include "core/action_catalogue.h"
#include "sample_plan.h"
#include "store/store.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <vector>

namespace kiosk {
namespace {

using testing::TempDir;

/// A value of `f`'s type that passes validate().
Json valid_value(const FieldSpec& f, const Json& plan) {
    switch (f.type) {
        case FieldType::Text: return f.check == Check::Date ? "2026-05-17" : "x";
        case FieldType::Int: return std::clamp<std::int64_t>(1, f.min, f.max);
        case FieldType::Bool: return true;
        case FieldType::Array: return Json::array({"n-1"});
        case FieldType::Object: return f.name == "plan" ? plan : Json::object();
    }
    return nullptr;
}

/// A value of another JSON type than `f`'s (a number for a plan: a text there is a plan name).
Json wrong_type_value(const FieldSpec& f) {
    return f.type == FieldType::Text || f.type == FieldType::Object ? Json(12) : Json("12");
}

/// One malformed line and the message the catalogue gives for it.
struct Case {
    std::string what;
    Json line;
    std::string expected;  // validate()'s message, checked to name the field
};

Json valid_record(const ActionSpec& spec, const std::string& session, const Json& plan) {
    Json j = {{"type", spec.type}, {"session", session}};
    for (const FieldSpec& f : spec.fields) j[f.name] = valid_value(f, plan);
    return j;
}

/// The message validate() gives `line` from the command line, as cmd_apply() checks it (with
/// its "at" filled in).
std::string catalogue_message(Json line) {
    line["at"] = 1;
    return validate(line, Source::CommandLine);
}

std::vector<Case> malformed_cases(const Json& plan) {
    std::vector<Case> cases;
    int n = 0;
    for (const ActionSpec& spec : action_catalogue()) {
        if (spec.sources == 0) continue;  // note.restore: its own case below
        // A session.create names a new session per line; everything else the stored "s-1".
        auto session = [&] { return spec.type == "session.create" ? "s-new-" + std::to_string(++n) : std::string("s-1"); };
        for (const FieldSpec& f : spec.fields) {
            if (f.required) {
                Json j = valid_record(spec, session(), plan);
                j.erase(f.name);
                cases.push_back({spec.type + " without " + f.name, j, ""});
            }
            Json wrong = valid_record(spec, session(), plan);
            wrong[f.name] = wrong_type_value(f);
            cases.push_back({spec.type + " with " + f.name + " of the wrong type", wrong, ""});
            // Too long: past the byte limit for texts taken as sent (cleaned texts are cut to
            // their limit instead, see CleanedTextIsShortenedNotRefused), past the range for
            // whole numbers, and a text inside a list too long.
            Json too_long = valid_record(spec, session(), plan);
            std::string long_text(max_bytes(f.kind) + 1, 'a');
            if (f.type == FieldType::Text && f.clean == Clean::None) too_long[f.name] = long_text;
            else if (f.type == FieldType::Int) too_long[f.name] = f.max == std::numeric_limits<int>::max() ? f.min - 1 : f.max + 1;
            else if (f.type == FieldType::Array && f.texts_inside) too_long[f.name] = Json::array({long_text});
            else continue;
            cases.push_back({spec.type + " with " + f.name + " too long", too_long, ""});
        }
        Json unknown = valid_record(spec, session(), plan);
        unknown["bogus"] = 1;
        cases.push_back({spec.type + " with an unknown field", unknown, ""});
    }
    cases.push_back({"an unknown type", {{"type", "note.paint"}, {"session", "s-1"}, {"id", "n-1"}}, ""});
    cases.push_back({"a type that is not text", {{"type", 5}, {"session", "s-1"}}, ""});
    cases.push_back({"a type without a prefix", {{"type", "restore"}, {"session", "s-1"}}, ""});
    cases.push_back({"note.restore", {{"type", "note.restore"}, {"session", "s-1"}, {"note", Json::object()}}, ""});
    for (Case& c : cases) c.expected = catalogue_message(c.line);
    return cases;
}

/// The sample session's create line for session "s-1", as a file would hold it (no "at").
Action create_s1() {
    Action create = testing::create_sample_session();
    create.data["session"] = "s-1";
    create.data.erase("at");
    return create;
}

TEST(CliApplyCatalogue, EveryMalformedFieldOfEveryTypeIsRefusedWithTheCatalogueMessage) {
    TempDir dir;
    const std::string db = dir.file("kiosk.db");
    const Action create = create_s1();
    const Json plan = create.data.at("plan");
    const std::vector<Case> cases = malformed_cases(plan);

    std::ostringstream script;
    script << create.to_line() << '\n';
    for (const Case& c : cases) script << c.line.dump() << '\n';
    std::istringstream in(script.str());
    std::ostringstream out, err;
    EXPECT_EQ(cmd_apply(db, nullptr, in, "acties.jsonl", out, err), 1);
    EXPECT_EQ(out.str(), "applied 1\n") << "only the create is valid";

    std::size_t fields_checked = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const Case& c = cases[i];
        ASSERT_FALSE(c.expected.empty()) << c.what << " passes validate(): " << c.line.dump();
        const Json& type = c.line["type"];
        if (type.is_string()) EXPECT_NE(c.expected.find(type.get<std::string>()), std::string::npos) << c.what << ": " << c.expected;
        const std::string where = "acties.jsonl:" + std::to_string(i + 2) + ": ";
        EXPECT_NE(err.str().find(where + c.expected + "\n"), std::string::npos)
            << c.what << ": expected \"" << where << c.expected << "\"";
        fields_checked += c.expected.find("The field \"") == 0;
    }
    // Every field of every type had at least its wrong-type case.
    std::size_t fields = 0;
    for (const ActionSpec& spec : action_catalogue())
        if (spec.sources != 0) fields += spec.fields.size();
    EXPECT_GE(fields_checked, fields);
    Store store(db, Access::Read);
    EXPECT_EQ(store.list_sessions().size(), 1u) << "no refused create left a session";
}

TEST(CliApplyCatalogue, CleanedTextIsShortenedNotRefused) {
    TempDir dir;
    const std::string db = dir.file("kiosk.db");
    const Action create = create_s1();
    Json add = {{"type", "note.add"},        {"session", "s-1"}, {"id", "n-1"}, {"exercise", "matrix"},
                {"column", "of"},            {"text", std::string(1500, 'a')},
                {"author", std::string(300, 'b')}};
    std::istringstream in(create.to_line() + "\n" + add.dump() + "\n");
    std::ostringstream out, err;
    EXPECT_EQ(cmd_apply(db, nullptr, in, "acties.jsonl", out, err), 0) << err.str();
    EXPECT_NE(err.str().find("acties.jsonl:2: Text was shortened to its maximum length."), std::string::npos) << err.str();
    Store store(db, Access::Read);
    const Session s = store.load_session("s-1").session;
    ASSERT_EQ(s.notes.size(), 1u);
    EXPECT_EQ(s.notes[0].text.size(), max_bytes(TextKind::Note));
    EXPECT_EQ(s.notes[0].author.size(), max_bytes(TextKind::Line));
}

}  // namespace
}  // namespace kiosk
