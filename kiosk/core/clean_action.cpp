#include "core/action_catalogue.h"
#include "core/reduce.h"
#include "core/date.h"
#include "core/text.h"

#include <utility>

namespace kiosk {
namespace {

void clean_value(Json& value, TextKind kind, CleanNotices& notices) {
    if (!value.is_string()) return;  // a wrong type is validate()'s to refuse, not ours to guess
    CleanText clean = clean_text(value.get_ref<const std::string&>(), kind);
    notices.clamped |= clean.clamped;
    notices.repaired |= clean.repaired;
    value = std::move(clean.text);
}

/// The text kind of the form field `field` of form record `form_id`: a paragraph for long-text
/// fields, a line otherwise (also when the record or field is unknown: the reducer refuses it).
TextKind form_field_kind(const Session& session, const std::string& form_id, const std::string& field) {
    const FormRecord* record = session.find_form(form_id);
    const Exercise* exercise = record ? session.plan.find(record->exercise) : nullptr;
    const Field* f = exercise ? exercise->find_field(field) : nullptr;
    return f && f->kind == FieldKind::LongText ? TextKind::Paragraph : TextKind::Line;
}

/// The kind of a value of a new form record of `exercise_id`, by the field its key names.
TextKind new_form_field_kind(const Session& session, const std::string& exercise_id, const std::string& field) {
    const Exercise* exercise = session.plan.find(exercise_id);
    const Field* f = exercise ? exercise->find_field(field) : nullptr;
    return f && f->kind == FieldKind::LongText ? TextKind::Paragraph : TextKind::Line;
}

/// The field `field` of the plan's exercise `exercise_id`, or nullptr.
const Field* plan_field(const Session& session, const std::string& exercise_id, const std::string& field) {
    const Exercise* exercise = session.plan.find(exercise_id);
    return exercise ? exercise->find_field(field) : nullptr;
}

/// "" when `value` may fill `field` (nullptr: unknown, the reducer's to refuse), else the refusal.
std::string check_form_value(const Field* field, const Json& value) {
    if (!field || field->kind != FieldKind::Date || !value.is_string()) return {};
    const std::string& s = value.get_ref<const std::string&>();
    return s.empty() || valid_iso_date(s) ? std::string() : date_refusal(s);
}

/// The text of `key` in `data`, or "" when it is missing or not text (validate() says which).
std::string text_of(const Json& data, const char* key) {
    auto it = data.find(key);
    return it != data.end() && it->is_string() ? it->get<std::string>() : std::string();
}

/// Cleans one field of `data` by its catalogue rule (Clean).
void clean_field(Json& data, const FieldSpec& f, const Session& session, CleanNotices& notices) {
    auto it = data.find(f.name);
    if (it == data.end()) return;
    switch (f.clean) {
        case Clean::None: return;
        case Clean::Text: return clean_value(*it, f.kind, notices);
        case Clean::FormValue:
            return clean_value(*it, form_field_kind(session, text_of(data, "id"), text_of(data, "field")),
                               notices);
        case Clean::FormValues:
            if (!it->is_object()) return;
            for (auto& [key, value] : it->items())
                clean_value(value, new_form_field_kind(session, text_of(data, "exercise"), key), notices);
            return;
    }
}

}  // namespace

std::string check_input(const Action& action, const Session& session) {
    const Json& data = action.data;
    if (!data.is_object()) return {};
    const std::string type = text_of(data, "type");
    if (type == "form.set") {
        const FormRecord* record = session.find_form(text_of(data, "id"));
        if (!record || !data.contains("value")) return {};
        return check_form_value(plan_field(session, record->exercise, text_of(data, "field")), data["value"]);
    }
    if (type == "form.add") {
        auto values = data.find("values");
        if (values == data.end() || !values->is_object()) return {};
        for (const auto& [key, value] : values->items())
            if (std::string e = check_form_value(plan_field(session, text_of(data, "exercise"), key), value); !e.empty())
                return e;
    }
    return {};
}

CleanNotices clean_action(Action& action, const Session& session, std::int64_t now_ms) {
    CleanNotices notices;
    Json& data = action.data;
    if (!data.is_object()) return notices;
    if (!data.contains("at") || !data["at"].is_number_integer()) data["at"] = now_ms;
    auto type = data.find("type");
    const ActionSpec* spec = type != data.end() && type->is_string() ? find_action_spec(type->get<std::string>()) : nullptr;
    if (spec)
        for (const FieldSpec& f : spec->fields) clean_field(data, f, session, notices);
    return notices;
}

}  // namespace kiosk
