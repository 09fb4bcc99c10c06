#include "core/followup.h"

#include "core/actions.h"
#include "core/i18n.h"
#include "core/privacy.h"

#include <algorithm>

namespace kiosk {
namespace {

std::vector<const FormRecord*> records_of(const Session& s, const Exercise* e) {
    std::vector<const FormRecord*> out;
    if (!e) return out;
    for (const auto& r : s.forms)
        if (r.exercise == e->id) out.push_back(&r);
    return out;
}

/// `values` cut to the fields `to` has, empties left out.
Json values_for(const std::map<std::string, std::string>& values, const Exercise& to) {
    Json out = Json::object();
    for (const auto& [field, value] : values)
        if (!value.empty() && to.find_field(field)) out[field] = value;
    return out;
}

struct Carrier {
    const Session& earlier;
    const Plan& plan;
    const std::string& session_id;
    const ClockReading& at;
    CarryOver out;

    template <typename A>
    void add(const A& action) {
        out.actions.push_back(make_action(A::kType, session_id, at, action.fields()));
    }
    /// The earlier and the new exercise of `role`; records `role` as missing when only the
    /// earlier one has something (`has_content`) to carry.
    const Exercise* target(ExerciseRole role, bool has_content) {
        const Exercise* to = plan.with_role(role);
        if (!to && has_content) out.missing.push_back(role);
        return to;
    }

    void forms(ExerciseRole role) {
        auto records = records_of(earlier, earlier.plan.with_role(role));
        const Exercise* to = target(role, !records.empty());
        if (!to || to->kind != ExerciseKind::Form) return;
        for (const FormRecord* r : records) {
            Json f = actions::FormAdd{r->id, to->id}.fields();
            f["values"] = values_for(r->values, *to);
            out.actions.push_back(make_action(actions::FormAdd::kType, session_id, at, std::move(f)));
        }
    }

    void board() {
        const Exercise* from = earlier.plan.with_role(ExerciseRole::CommunityBoard);
        std::vector<const Note*> notes;
        if (from)
            for (const auto& c : from->columns)
                for (const Note* n : room_notes(earlier, from->id, c.id)) notes.push_back(n);
        const Exercise* to = target(ExerciseRole::CommunityBoard, !notes.empty());
        if (!to || to->kind != ExerciseKind::Board) return;
        for (const Note* n : notes) {
            if (!to->find_column(n->column)) continue;
            add(actions::NoteAdd{new_id('n'), to->id, n->column, n->text, n->colour, room_author(earlier, *n), ""});
        }
    }

    void reviews() {
        auto checks = subgoal_checks(earlier);
        const Exercise* to = target(ExerciseRole::Review, !checks.empty());
        if (!to || !plan.with_role(ExerciseRole::SubGoals)) return;
        for (const SubGoalCheck& c : checks) {
            std::map<std::string, std::string> values{{kReviewSubGoal, c.text}, {kReviewStatus, c.status}};
            // The check date the earlier meeting agreed on is where this one starts; the
            // sub-goal's own date when it was never reviewed.
            values[kReviewNextCheck] = c.check_date;
            Json f = actions::FormAdd{new_id('f'), to->id}.fields();
            f["values"] = values_for(values, *to);
            out.actions.push_back(make_action(actions::FormAdd::kType, session_id, at, std::move(f)));
        }
    }

    void action_points() {
        const Exercise* from = earlier.plan.with_role(ExerciseRole::Readiness);
        std::vector<std::map<std::string, std::string>> points;
        if (from)
            for (const Question& q : from->questions) {
                const ChecklistAnswer* a = nullptr;
                const auto& answers = earlier.state_of(from->id).answers;
                if (auto it = answers.find(q.id); it != answers.end()) a = &it->second;
                if (!a || (a->answer != Answer::No && a->answer != Answer::NotYet)) continue;
                points.push_back({{kPointText, q.text}, {kPointAnswer, to_string(a->answer)}, {kPointRemark, a->remark}});
            }
        const Exercise* to = target(ExerciseRole::ActionPoints, !points.empty());
        if (!to) return;
        for (const auto& values : points) {
            Json f = actions::FormAdd{new_id('f'), to->id}.fields();
            f["values"] = values_for(values, *to);
            out.actions.push_back(make_action(actions::FormAdd::kType, session_id, at, std::move(f)));
        }
    }
};

const Field* field_with(const Exercise& e, Decision d) {
    for (const auto& f : e.fields)
        if (f.decision == d) return &f;
    return nullptr;
}
const Field* field_of_kind(const Exercise& e, FieldKind kind) {
    for (const auto& f : e.fields)
        if (f.kind == kind) return &f;
    return nullptr;
}
std::string value_of(const FormRecord& r, const Field* f) {
    if (!f) return {};
    auto it = r.values.find(f->id);
    return it == r.values.end() ? std::string() : it->second;
}

/// The text a sub-goal is known by: its "what", else the first text value it has.
std::string subgoal_text(const Exercise& e, const FormRecord& r) {
    std::string text = value_of(r, field_with(e, Decision::What));
    for (const auto& f : e.fields)
        if (text.empty() && (f.kind == FieldKind::Text || f.kind == FieldKind::LongText)) text = value_of(r, &f);
    return text;
}

}  // namespace

const std::vector<ExerciseRole>& carried_roles() {
    static const std::vector<ExerciseRole> roles = {ExerciseRole::Community, ExerciseRole::CommunityBoard,
                                                    ExerciseRole::Partners,  ExerciseRole::SubGoals,
                                                    ExerciseRole::Review,    ExerciseRole::ActionPoints};
    return roles;
}

const char* carried_part_name(ExerciseRole role) {
    switch (role) {
        case ExerciseRole::Community: return N_("the chosen community");
        case ExerciseRole::CommunityBoard: return N_("its strengths and needs");
        case ExerciseRole::Partners: return N_("the partners");
        case ExerciseRole::SubGoals: return N_("the SMART sub-goals");
        case ExerciseRole::Review: return N_("the review of the sub-goals");
        case ExerciseRole::ActionPoints: return N_("the action points of the readiness check");
        default: return "";
    }
}

CarryOver carry_over(const Session& earlier, const Plan& plan, const std::string& session_id,
                     const ClockReading& at) {
    Carrier c{earlier, plan, session_id, at, {}};
    c.forms(ExerciseRole::Community);
    c.board();
    c.forms(ExerciseRole::Partners);
    c.forms(ExerciseRole::SubGoals);
    c.reviews();
    c.action_points();
    return std::move(c.out);
}

std::vector<SubGoalCheck> subgoal_checks(const Session& session) {
    std::vector<SubGoalCheck> out;
    const Exercise* goals = session.plan.with_role(ExerciseRole::SubGoals);
    if (!goals) return out;
    const Exercise* review = session.plan.with_role(ExerciseRole::Review);
    auto reviews = records_of(session, review);
    for (const FormRecord* r : records_of(session, goals)) {
        SubGoalCheck c{r->id, subgoal_text(*goals, *r), value_of(*r, field_of_kind(*goals, FieldKind::Date)), ""};
        for (const FormRecord* rv : reviews) {
            if (value_of(*rv, review->find_field(kReviewSubGoal)) != c.text) continue;
            c.status = value_of(*rv, review->find_field(kReviewStatus));
            if (std::string next = value_of(*rv, review->find_field(kReviewNextCheck)); !next.empty())
                c.check_date = next;
        }
        out.push_back(std::move(c));
    }
    return out;
}

bool overdue(const SubGoalCheck& check, const std::string& today) {
    if (check.check_date.empty() || !(check.check_date < today)) return false;
    return check.status != kStatusAchieved && check.status != kStatusStopped;
}

}  // namespace kiosk
