#include "core/action_catalogue.h"

#include "core/date.h"
#include "core/i18n.h"
#include "core/session.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace kiosk {
namespace {

constexpr unsigned bit(Source s) { return 1u << static_cast<unsigned>(s); }
/// Everyone but phones: the kiosk's screens, a facilitator's device, `kiosk apply`.
constexpr unsigned kRoom = bit(Source::Table) | bit(Source::Facilitator) | bit(Source::CommandLine);
/// What a participant's phone may send too (their own notes, visions, dots, answers, boxes).
constexpr unsigned kWithPhones = kRoom | bit(Source::Phone);
/// The facilitator's settings (issue 11: the console behind the PIN holds them all): the timer,
/// a board's dots, privacy and authors, closing the session. Never a participant's hands at the
/// table or on a phone; the console sends them as Source::Facilitator.
constexpr unsigned kFacilitator = bit(Source::Facilitator) | bit(Source::CommandLine);
/// Written only by the reducer, as the inverse of another action (undo).
constexpr unsigned kUndoOnly = 0;

// --- field builders (the catalogue below reads as a table) ---------------------------------

/// An id or a name from the plan: text, taken as sent, at most a line long.
FieldSpec id(std::string name, std::string doc = {}) {
    FieldSpec f;
    f.name = std::move(name);
    f.doc = std::move(doc);
    return f;
}
FieldSpec optional_id(std::string name, std::string doc = {}) {
    FieldSpec f = id(std::move(name), std::move(doc));
    f.required = false;
    return f;
}
/// Text people type, cleaned to its kind's limit.
FieldSpec text(std::string name, TextKind kind, bool required = true, std::string doc = {}) {
    FieldSpec f = id(std::move(name), std::move(doc));
    f.kind = kind;
    f.clean = Clean::Text;
    f.required = required;
    return f;
}
FieldSpec integer(std::string name, std::int64_t min, std::int64_t max, bool required = true, std::string doc = {}) {
    FieldSpec f = id(std::move(name), std::move(doc));
    f.type = FieldType::Int;
    f.min = min;
    f.max = max;
    f.required = required;
    return f;
}
FieldSpec boolean(std::string name) {
    FieldSpec f = id(std::move(name));
    f.type = FieldType::Bool;
    return f;
}
FieldSpec object(std::string name, bool required, std::string doc) {
    FieldSpec f = id(std::move(name), std::move(doc));
    f.type = FieldType::Object;
    f.required = required;
    return f;
}

/// Marks a catalogue entry as participants' input (ActionSpec::participant).
ActionSpec by_participants(ActionSpec spec) {
    spec.participant = true;
    return spec;
}

constexpr std::int64_t kIntMax = std::numeric_limits<int>::max();

/// `f`, which new input may not leave blank: refused with `message` (a msgid).
FieldSpec not_blank(FieldSpec f, const char* message) {
    f.check = Check::NotBlank;
    f.blank_message = message;
    return f;
}
FieldSpec date(FieldSpec f) {
    f.check = Check::Date;
    return f;
}

/// A note's text: never blank (issue 14), from any source.
FieldSpec note_text() { return not_blank(text("text", TextKind::Note), N_("A note needs some text.")); }

std::vector<FieldSpec> session_fields(bool create) {
    return {not_blank(text("title", TextKind::Line, create), N_("Give the session a title.")),
            date(text("date", TextKind::Line, false, "YYYY-MM-DD")),
            text("place", TextKind::Line, false), text("facilitator", TextKind::Line, false)};
}

std::vector<ActionSpec> build_catalogue() {
    FieldSpec colour = integer("colour", 0, kNoteColours - 1);
    FieldSpec optional_colour = colour;
    optional_colour.required = false;
    FieldSpec notes = id("notes", "note ids");
    notes.type = FieldType::Array;
    notes.texts_inside = true;
    FieldSpec values = object("values", false, "field id → value, as `form.set` would fill them");
    values.kind = TextKind::Paragraph;
    values.clean = Clean::FormValues;
    values.texts_inside = true;
    FieldSpec value = text("value", TextKind::Paragraph);
    value.clean = Clean::FormValue;
    value.doc = "a line, or a form box for a long-text field";
    FieldSpec plan = object("plan", true,
                            "the plan snapshot; in `kiosk apply` also a plan name with `\"language\"` "
                            "(`\"plan\":\"bootcamp\",\"language\":\"nl\"`), looked up in the plans folder (`--plans`)");
    std::vector<FieldSpec> create = session_fields(true);
    create.push_back(plan);
    create.push_back(optional_id("follows", "the id of the earlier session this one follows up (core/followup.h)"));

    return {
        {"session.create", create, false, kRoom, "starts a session"},
        {"session.update", session_fields(false), false, kRoom, "changes only the fields it has"},
        {"session.close", {}, false, kFacilitator, ""},
        {"session.reopen", {}, false, kFacilitator, ""},
        {"agenda.goto", {id("exercise")}, false, kRoom,
         "a countdown running for another exercise pauses where it is"},
        by_participants({"checklist.answer",
                         {id("exercise"), id("question"), id("answer", "`yes`, `not_yet`, `no` or `none`")}, true,
                         kWithPhones, ""}),
        by_participants(
            {"checklist.remark", {id("exercise"), id("question"), text("remark", TextKind::Note)}, true, kRoom, ""}),
        by_participants({"note.add",
         {id("id"), id("exercise"), id("column"), note_text(), optional_colour,
          text("author", TextKind::Line, false),
          text("seat", TextKind::Line, false,
               "the seat that wrote it, e.g. `seat-3`: private writing shows it to that seat")},
         true, kWithPhones, "hidden while the board is in private writing"}),
        by_participants({"note.edit", {id("id"), note_text()}, true, kWithPhones, ""}),
        by_participants({"note.colour", {id("id"), colour}, true, kRoom, ""}),
        by_participants({"note.author", {id("id"), text("author", TextKind::Line)}, true, kRoom, ""}),
        by_participants({"note.move",
         {id("id"), id("column"), optional_id("before", "a note id; `\"\"` or left out: the end of the column"),
          optional_id("group", "a stack of that column to put it in; written by the undo of a move out of a stack")},
         true, kRoom, ""}),
        by_participants({"note.delete", {id("id")}, true, kRoom, "its votes go with it and come back on undo"}),
        {"note.restore",
         {object("note", true, "the deleted note"), integer("index", 0, kIntMax, false, "its place"),
          object("votes", false, "voter → dots")},
         true, kUndoOnly, "the inverse of `note.delete`, written by undo"},
        by_participants({"group.create", {id("id"), id("exercise"), id("column"), text("name", TextKind::Line), notes},
                         true, kRoom, ""}),
        by_participants({"group.rename", {id("id"), text("name", TextKind::Line)}, true, kRoom, ""}),
        by_participants({"group.dissolve", {id("id")}, true, kRoom, "the notes stay"}),
        by_participants({"vote.add", {id("note"), text("voter", TextKind::Line)}, true, kWithPhones,
                         "refused past the board's dot budget"}),
        by_participants({"vote.remove", {id("note"), text("voter", TextKind::Line)}, true, kWithPhones,
                         "refused without a dot there"}),
        {"note.approve", {id("id")}, false, kFacilitator,
         "a note waiting for approval (a phone's, while `phones.approval` is on) is shown to the room"},
        {"note.hide", {id("id")}, false, kFacilitator, "kept, but not shown to the room; exported as hidden"},
        {"note.unhide", {id("id")}, false, kFacilitator, "a hidden note is shown to the room again"},
        {"phones.approval", {boolean("on")}, false, kFacilitator,
         "phones' new notes wait for `note.approve` before the room sees them"},
        {"board.budget", {id("exercise"), integer("votes", 1, 99, true, "dots per person")}, false, kFacilitator, ""},
        {"board.private", {id("exercise"), boolean("on")}, false, kFacilitator, ""},
        {"board.anonymous", {id("exercise"), boolean("on")}, false, kFacilitator, ""},
        {"board.reveal", {id("exercise")}, false, kFacilitator, "turns every hidden note face-up"},
        {"board.totals", {id("exercise"), boolean("shown")}, false, kFacilitator,
         "vote totals shown on shared screens (the projector), only when the facilitator shows them"},
        by_participants({"vision.add",
         {id("id"), id("exercise"), text("author", TextKind::Line, false), text("text", TextKind::Document, false),
          text("seat", TextKind::Line, false,
               "the seat or phone that wrote it (`p-…` for a phone): a phone edits only its own vision")},
         true, kWithPhones, ""}),
        by_participants({"vision.edit", {id("id"), text("text", TextKind::Document)}, true, kWithPhones, ""}),
        by_participants({"vision.author", {id("id"), text("author", TextKind::Line)}, true, kRoom, ""}),
        by_participants({"vision.delete", {id("id")}, true, kRoom, ""}),
        {"writing.phase", {id("exercise"), id("phase", "a phase id of the plan")}, false, kRoom, ""},
        {"writing.share", {id("exercise"), integer("index", 0, kIntMax, true, "which vision is shown large")}, false,
         kRoom, ""},
        by_participants({"writing.shared",
                         {id("exercise"), text("text", TextKind::Document, true, "the group's shared vision")}, true,
                         kRoom, ""}),
        by_participants({"form.add", {id("id"), id("exercise"), values}, true, kRoom, ""}),
        by_participants({"form.set", {id("id"), id("field"), value}, true, kRoom, ""}),
        by_participants({"form.delete", {id("id")}, true, kRoom, ""}),
        {"timer.start", {integer("seconds", 1, 24 * 3600, false, "default: the current exercise's minutes")}, false, kFacilitator,
         ""},
        {"timer.pause", {}, false, kFacilitator, ""},
        {"timer.resume", {}, false, kFacilitator, ""},
        {"timer.reset", {}, false, kFacilitator, ""},
        {"timer.adjust", {integer("seconds", -3600, 3600, true, "e.g. `60` or `-60`")}, false, kFacilitator, ""},
        {"timer.lock_at_end", {id("exercise"), boolean("on")}, false, kFacilitator,
         "whether the table locks when that exercise's countdown runs out; wins over the plan key `lock_at_end`"},
        {"table.lock", {}, false, kFacilitator,
         "participants' input at the table and from phones is refused until `table.unlock`, while the facilitator "
         "speaks"},
        {"table.unlock", {}, false, kFacilitator,
         "ends `table.lock`; after the countdown of a `lock_at_end` exercise ran out, also lifts that lock for "
         "the rest of the timer run"},
        by_participants({"undo", {optional_id("exercise")}, false, kRoom,
         "takes back the most recent undoable step of that exercise (the exercise it names, or that of the note, "
         "group, vision or form it changes); without `exercise`, of the whole session"}),
        by_participants({"redo", {optional_id("exercise")}, false, kRoom, "as `undo`, the other way"}),
    };
}

// --- validation ---------------------------------------------------------------------------

/// The message for a field of the wrong JSON type, per type (table, not control flow).
const char* wrong_type_message(FieldType type) {
    static constexpr const char* kMessages[] = {
        N_("The field \"{}\" of {} must be text."),          N_("The field \"{}\" of {} must be a whole number."),
        N_("The field \"{}\" of {} must be true or false."), N_("The field \"{}\" of {} must be a list."),
        N_("The field \"{}\" of {} must be an object."),
    };
    return kMessages[static_cast<int>(type)];
}

/// The message for a source that may not send a type, per source.
const char* refused_source_message(Source source) {
    static constexpr const char* kMessages[] = {
        N_("{} cannot be sent from the table."),
        N_("{} cannot be sent from a facilitator's device."),
        N_("{} cannot be sent from a phone."),
        N_("{} cannot be sent from the command line."),
    };
    return kMessages[static_cast<int>(source)];
}

bool has_type(const Json& value, FieldType type) {
    switch (type) {
        case FieldType::Text: return value.is_string();
        case FieldType::Int: return value.is_number_integer();
        case FieldType::Bool: return value.is_boolean();
        case FieldType::Array: return value.is_array();
        case FieldType::Object: return value.is_object();
    }
    return false;
}

template <typename... Args>
std::string say(const char* msgid, const Args&... args) {
    return fmt::format(fmt::runtime(tr(msgid)), args...);
}

std::string check_text(const std::string& s, const FieldSpec& f, const std::string& type) {
    if (s.size() > max_bytes(f.kind))
        return say(N_("The field \"{}\" of {} is longer than {} bytes."), f.name, type, max_bytes(f.kind));
    switch (f.check) {
        case Check::None: break;
        case Check::NotBlank:
            if (is_blank(s)) return tr(f.blank_message);
            break;
        case Check::Date:
            if (!s.empty() && !valid_iso_date(s)) return date_refusal(s);
            break;
    }
    return {};
}

/// "" when `value` (present, not null) fits `f`.
std::string check_field(const Json& value, const FieldSpec& f, const std::string& type) {
    if (!has_type(value, f.type)) return say(wrong_type_message(f.type), f.name, type);
    if (f.type == FieldType::Text) return check_text(value.get_ref<const std::string&>(), f, type);
    if (f.type == FieldType::Int) {
        // A whole number beyond int64 parses as unsigned; it is out of every range here.
        bool huge = value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(f.max);
        std::int64_t n = huge ? f.max : value.get<std::int64_t>();
        if (huge || n < f.min || n > f.max) {
            if (f.max == kIntMax) return say(N_("The field \"{}\" of {} must be {} or more."), f.name, type, f.min);
            return say(N_("The field \"{}\" of {} must be from {} to {}."), f.name, type, f.min, f.max);
        }
        return {};
    }
    if (f.texts_inside)
        for (const auto& element : value) {
            if (!element.is_string()) return say(N_("The field \"{}\" of {} must hold only texts."), f.name, type);
            if (auto e = check_text(element.get_ref<const std::string&>(), f, type); !e.empty()) return e;
        }
    return {};
}

}  // namespace

const std::vector<ActionSpec>& action_catalogue() {
    static const std::vector<ActionSpec> catalogue = build_catalogue();
    return catalogue;
}

const ActionSpec* find_action_spec(std::string_view type) {
    const auto& all = action_catalogue();
    auto it = std::find_if(all.begin(), all.end(), [&](const ActionSpec& s) { return s.type == type; });
    return it == all.end() ? nullptr : &*it;
}

const FieldSpec* find_field(const ActionSpec& spec, std::string_view name) {
    auto it = std::find_if(spec.fields.begin(), spec.fields.end(), [&](const FieldSpec& f) { return f.name == name; });
    return it == spec.fields.end() ? nullptr : &*it;
}

bool may_send(const ActionSpec& spec, Source source) { return (spec.sources & bit(source)) != 0; }

bool locked_out(const ActionSpec& spec, Source source) {
    return spec.participant && (source == Source::Table || source == Source::Phone);
}

bool is_common_field(std::string_view name) {
    return name == "type" || name == "session" || name == "at" || name == "mono" || name == "run" ||
           name == "source" || name == "device" || name == "request";
}

std::string validate(const Json& action, Source source) {
    if (!action.is_object()) return tr("An action must be a JSON object.");
    auto type_it = action.find("type");
    if (type_it == action.end() || !type_it->is_string()) return tr("The action has no \"type\".");
    const std::string& type = type_it->get_ref<const std::string&>();
    const ActionSpec* spec = find_action_spec(type);
    if (!spec) return say(N_("Unknown action \"{}\"."), type);
    if (spec->sources == kUndoOnly) return say(N_("{} is written only by undo; send \"undo\" instead."), type);
    if (!may_send(*spec, source)) return say(refused_source_message(source), type);
    const FieldSpec session = id("session");
    const FieldSpec at = integer("at", 0, std::numeric_limits<std::int64_t>::max(), false);
    const FieldSpec mono = integer("mono", std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max(), false);
    const FieldSpec from = optional_id("source"), device = optional_id("device"), request = optional_id("request");
    const FieldSpec run = optional_id("run");
    for (const FieldSpec* f : {&session, &at, &mono, &run, &from, &device, &request}) {
        auto it = action.find(f->name);
        if (it == action.end()) {
            if (f->required) return say(N_("The field \"{}\" of {} is missing."), f->name, type);
        } else if (auto e = check_field(*it, *f, type); !e.empty()) {
            return e;
        }
    }
    for (const FieldSpec& f : spec->fields) {
        auto it = action.find(f.name);
        if (it == action.end() || it->is_null()) {  // null counts as left out, as the reducer reads it
            if (f.required) return say(N_("The field \"{}\" of {} is missing."), f.name, type);
            continue;
        }
        if (auto e = check_field(*it, f, type); !e.empty()) return e;
    }
    for (const auto& [key, value] : action.items())
        if (!is_common_field(key) && !find_field(*spec, key))
            return say(N_("The field \"{}\" of {} is not known."), key, type);
    return {};
}

// --- the README table ---------------------------------------------------------------------

namespace {

/// 20000 → "20,000" (the README is English).
std::string grouped(std::int64_t n) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    for (auto i = static_cast<std::ptrdiff_t>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return n < 0 ? "−" + digits : digits;
}

std::string field_markdown(const FieldSpec& f) {
    std::vector<std::string> words;
    switch (f.type) {
        case FieldType::Text:
            if (f.clean == Clean::Text) words.push_back("text ≤ " + grouped(static_cast<std::int64_t>(max_bytes(f.kind))) + " bytes");
            if (f.clean == Clean::FormValue) words.push_back("text ≤ " + grouped(static_cast<std::int64_t>(max_bytes(f.kind))) + " bytes");
            break;
        case FieldType::Int:
            words.push_back(f.max == kIntMax ? "whole number ≥ " + grouped(f.min)
                                             : "whole number " + grouped(f.min) + " to " + grouped(f.max));
            break;
        case FieldType::Bool: words.push_back("true/false"); break;
        case FieldType::Array: words.push_back("list"); break;
        case FieldType::Object: words.push_back("object"); break;
    }
    if (!f.required) words.push_back("optional");
    if (!f.doc.empty()) words.push_back(f.doc);
    std::string out = "`" + f.name + "`";
    for (std::size_t i = 0; i < words.size(); ++i) out += (i == 0 ? " (" : ", ") + words[i];
    return words.empty() ? out : out + ")";
}

std::string sources_markdown(unsigned sources) {
    if (sources == kWithPhones) return "all, phones too";
    if (sources == kRoom) return "all but phones";
    if (sources == kUndoOnly) return "undo only";
    static const char* kNames[] = {"table", "facilitator", "phone", "command line"};
    std::string out;
    for (unsigned s = 0; s < std::size(kNames); ++s)
        if (sources & (1u << s)) out += (out.empty() ? "" : ", ") + std::string(kNames[s]);
    return out;
}

}  // namespace

std::string catalogue_markdown() {
    std::string out = "| type | fields | undoable | sent by |\n| --- | --- | --- | --- |\n";
    for (const ActionSpec& spec : action_catalogue()) {
        std::string fields;
        for (const FieldSpec& f : spec.fields) fields += (fields.empty() ? "" : ", ") + field_markdown(f);
        if (fields.empty()) fields = "—";
        if (!spec.doc.empty()) fields += " — " + spec.doc;
        out += "| `" + spec.type + "` | " + fields + " | " + (spec.undoable ? "yes" : "") + " | " +
               sources_markdown(spec.sources) + (spec.participant ? "; not from the table or phones while locked" : "") +
               " |\n";
    }
    return out;
}

}  // namespace kiosk
