#include "core/plan.h"

#include "core/find_by_id.h"
#include "core/i18n.h"


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

struct DecisionName { Decision decision; const char* word; };
constexpr DecisionName kDecisions[] = {
    {Decision::Community, "community"}, {Decision::FirstStep, "first_step"}, {Decision::Who, "who"},
    {Decision::What, "what"},           {Decision::When, "when"},
};

struct RoleName { ExerciseRole role; const char* word; };
constexpr RoleName kRoles[] = {
    {ExerciseRole::Readiness, "readiness"},  {ExerciseRole::Community, "community"},
    {ExerciseRole::CommunityBoard, "community_board"}, {ExerciseRole::Partners, "partners"},
    {ExerciseRole::SubGoals, "sub_goals"},   {ExerciseRole::Review, "review"},
    {ExerciseRole::ActionPoints, "action_points"},
};

// METHOD.md "The steps", in the project's own words.
constexpr const char* kStepNames[kMethodSteps] = {
    N_("Are we ready?"),
    N_("Goals and vision"),
    N_("Choosing the community"),
    N_("Getting to know the community"),
    N_("Vision and SMART sub-goals with the community"),
    N_("Working with the community"),
};

}  // namespace

const char* to_string(Decision decision) {
    for (const auto& d : kDecisions) if (d.decision == decision) return d.word;
    return "";
}

bool parse_decision(const std::string& word, Decision& out) {
    for (const auto& d : kDecisions) if (word == d.word) { out = d.decision; return true; }
    return false;
}

const char* to_string(ExerciseRole role) {
    for (const auto& r : kRoles) if (r.role == role) return r.word;
    return "";
}

bool parse_exercise_role(const std::string& word, ExerciseRole& out) {
    for (const auto& r : kRoles) if (word == r.word) { out = r.role; return true; }
    return false;
}

const char* method_step_name(int step) { return step >= 1 && step <= kMethodSteps ? kStepNames[step - 1] : ""; }

ExerciseKind role_kind(ExerciseRole role) {
    switch (role) {
        case ExerciseRole::None: return ExerciseKind::Info;
        case ExerciseRole::Readiness: return ExerciseKind::Checklist;
        case ExerciseRole::CommunityBoard: return ExerciseKind::Board;
        default: return ExerciseKind::Form;
    }
}

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

const Exercise* Plan::with_role(ExerciseRole role) const {
    if (role == ExerciseRole::None) return nullptr;
    for (const auto& e : agenda)
        if (e.role == role) return &e;
    return nullptr;
}

int Plan::planned_minutes() const {
    int total = 0;
    for (const auto& e : agenda) total += e.minutes;
    return total;
}

}  // namespace kiosk
