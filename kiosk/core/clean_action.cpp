#include "core/reduce.h"
#include "core/text.h"

#include <unordered_map>
#include <utility>
#include <vector>

namespace kiosk {
namespace {

using TextFields = std::vector<std::pair<const char*, TextKind>>;

const TextFields& text_fields(const std::string& type) {
    static const std::unordered_map<std::string, TextFields> table = {
        {"session.create", {{"title", TextKind::Line}, {"date", TextKind::Line}, {"place", TextKind::Line}, {"facilitator", TextKind::Line}}},
        {"session.update", {{"title", TextKind::Line}, {"date", TextKind::Line}, {"place", TextKind::Line}, {"facilitator", TextKind::Line}}},
        {"checklist.remark", {{"remark", TextKind::Note}}},
        {"note.add", {{"text", TextKind::Note}, {"author", TextKind::Line}, {"seat", TextKind::Line}}},
        {"note.edit", {{"text", TextKind::Note}}},
        {"note.author", {{"author", TextKind::Line}}},
        {"group.create", {{"name", TextKind::Line}}},
        {"group.rename", {{"name", TextKind::Line}}},
        {"vote.add", {{"voter", TextKind::Line}}},
        {"vote.remove", {{"voter", TextKind::Line}}},
        {"vision.add", {{"text", TextKind::Document}, {"author", TextKind::Line}}},
        {"vision.edit", {{"text", TextKind::Document}}},
        {"vision.author", {{"author", TextKind::Line}}},
        {"writing.shared", {{"text", TextKind::Document}}},
    };
    static const TextFields none;
    auto it = table.find(type);
    return it == table.end() ? none : it->second;
}

void clean_field(Json& data, const char* key, TextKind kind, CleanNotices& notices) {
    auto it = data.find(key);
    if (it == data.end() || !it->is_string()) return;
    CleanText clean = clean_text(it->get_ref<const std::string&>(), kind);
    notices.clamped |= clean.clamped;
    notices.repaired |= clean.repaired;
    *it = std::move(clean.text);
}

/// The text kind of a form value: a paragraph for long-text fields, a line otherwise.
TextKind form_value_kind(const Json& data, const Session& session) {
    const FormRecord* record = session.find_form(data.value("id", std::string()));
    const Exercise* exercise = record ? session.plan.find(record->exercise) : nullptr;
    const Field* field = exercise ? exercise->find_field(data.value("field", std::string())) : nullptr;
    return field && field->kind == FieldKind::LongText ? TextKind::Paragraph : TextKind::Line;
}

}  // namespace

CleanNotices clean_action(Action& action, const Session& session, std::int64_t now_ms) {
    CleanNotices notices;
    Json& data = action.data;
    if (!data.is_object()) return notices;
    if (!data.contains("at") || !data["at"].is_number_integer()) data["at"] = now_ms;
    std::string type = data.value("type", std::string());
    for (const auto& [key, kind] : text_fields(type)) clean_field(data, key, kind, notices);
    if (type == "form.set") clean_field(data, "value", form_value_kind(data, session), notices);
    if (type == "form.add")
        if (auto v = data.find("values"); v != data.end() && v->is_object())
            for (auto& [key, value] : v->items())
                if (value.is_string()) {
                    CleanText clean = clean_text(value.get_ref<const std::string&>(), TextKind::Paragraph);
                    notices.clamped |= clean.clamped;
                    notices.repaired |= clean.repaired;
                    value = std::move(clean.text);
                }
    return notices;
}

}  // namespace kiosk
