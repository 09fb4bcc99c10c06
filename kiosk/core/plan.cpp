#include "core/plan.h"

#include "core/find_by_id.h"


namespace kiosk {
namespace {

struct KindName { ExerciseKind kind; const char* word; };
constexpr KindName kKinds[] = {
    {ExerciseKind::Checklist, "checklist"}, {ExerciseKind::Writing, "writing"},
    {ExerciseKind::Board, "board"},         {ExerciseKind::Form, "form"},
    {ExerciseKind::Info, "info"},
};

struct FieldName { FieldKind kind; const char* word; };
constexpr FieldName kFields[] = {
    {FieldKind::Text, "text"},     {FieldKind::LongText, "longtext"},
    {FieldKind::Choice, "choice"}, {FieldKind::MultiChoice, "multichoice"},
    {FieldKind::Scale, "scale"},   {FieldKind::Date, "date"},
};

}  // namespace

const char* to_string(ExerciseKind kind) {
    for (const auto& k : kKinds) if (k.kind == kind) return k.word;
    return "?";
}

bool parse_exercise_kind(const std::string& word, ExerciseKind& out) {
    for (const auto& k : kKinds) if (word == k.word) { out = k.kind; return true; }
    return false;
}

const char* to_string(FieldKind kind) {
    for (const auto& k : kFields) if (k.kind == kind) return k.word;
    return "?";
}

bool parse_field_kind(const std::string& word, FieldKind& out) {
    for (const auto& k : kFields) if (word == k.word) { out = k.kind; return true; }
    return false;
}

const Column* Exercise::find_column(const std::string& column_id) const { return find_item(columns, column_id); }
const Field* Exercise::find_field(const std::string& field_id) const { return find_item(fields, field_id); }
const Exercise* Plan::find(const std::string& exercise_id) const { return find_item(agenda, exercise_id); }

int Plan::planned_minutes() const {
    int total = 0;
    for (const auto& e : agenda) total += e.minutes;
    return total;
}

}  // namespace kiosk
