#include "core/compare.h"

#include "core/followup.h"
#include "core/form_value.h"
#include "core/i18n.h"
#include "core/privacy.h"
#include "core/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <functional>

namespace kiosk {
namespace {

// What each section reads, and which exercise role it reads it from.
struct Topic {
    CompareTopic topic;
    ExerciseRole role;
    const char* title;
};
constexpr Topic kTopics[] = {
    {CompareTopic::Readiness, ExerciseRole::Readiness, N_("Readiness")},
    {CompareTopic::Community, ExerciseRole::Community, N_("Community map")},
    {CompareTopic::StrengthsNeeds, ExerciseRole::CommunityBoard, N_("Strengths and needs")},
    {CompareTopic::Partners, ExerciseRole::Partners, N_("Partners")},
    {CompareTopic::SubGoals, ExerciseRole::SubGoals, N_("Sub-goals")},
};

// One session's side of a section: the session and its exercise of the section's role (nullptr
// when its plan has none).
struct Side {
    const Session& session;
    const Exercise* exercise;
};

CompareRow make_row(std::string label, std::string then, std::string now, Change change = Change::Same) {
    CompareRow row;
    row.label = std::move(label);
    row.then = std::move(then);
    row.now = std::move(now);
    row.change = change;
    return row;
}

// The change between two values that have no order.
Change by_text(const std::string& then, const std::string& now) {
    if (then.empty() && now.empty()) return Change::Same;
    if (then.empty()) return Change::Added;
    if (now.empty()) return Change::Removed;
    return then == now ? Change::Same : Change::Changed;
}

// The change between two places on a scale, -1 = no place.
Change by_rank(int then, int now) {
    if (then < 0 || now < 0) return then == now ? Change::Same : (then < 0 ? Change::Added : Change::Removed);
    return now > then ? Change::Up : now < then ? Change::Down : Change::Same;
}

// Ids in `now`'s order, then those only `then` has, each once.
template <typename T>
std::vector<std::string> ids_of_both(const std::vector<T>* then, const std::vector<T>* now) {
    std::vector<std::string> ids;
    for (const auto* list : {now, then}) {
        if (!list) continue;
        for (const auto& item : *list)
            if (std::find(ids.begin(), ids.end(), item.id) == ids.end()) ids.push_back(item.id);
    }
    return ids;
}

template <typename T>
const T* by_id(const std::vector<T>* list, const std::string& id) {
    if (!list) return nullptr;
    for (const auto& item : *list) if (item.id == id) return &item;
    return nullptr;
}

// --- readiness --------------------------------------------------------------------------------

int answer_rank(Answer a) {
    switch (a) {
        case Answer::No: return 0;
        case Answer::NotYet: return 1;
        case Answer::Yes: return 2;
        case Answer::None: break;
    }
    return -1;
}

const ChecklistAnswer* answer_of(const Side& side, const std::string& question) {
    if (!side.exercise) return nullptr;
    const auto& answers = side.session.state_of(side.exercise->id).answers;
    auto it = answers.find(question);
    return it == answers.end() ? nullptr : &it->second;
}

std::string answer_text(const Side& side, const std::string& question) {
    if (!side.exercise || !by_id(&side.exercise->questions, question)) return {};
    const ChecklistAnswer* a = answer_of(side, question);
    std::string text = answer_label(a ? a->answer : Answer::None);
    if (a && !a->remark.empty()) text += "\n" + a->remark;
    return text;
}

std::string tally_text(const Side& side) {
    if (!side.exercise) return {};
    const Session::Tally t = side.session.tally(side.exercise->id);
    return fmt::format(fmt::runtime(tr("{} yes · {} not yet · {} no")), t.yes, t.not_yet, t.no);
}

void readiness_rows(CompareSection& section, const Side& then, const Side& now) {
    const auto* qs_then = then.exercise ? &then.exercise->questions : nullptr;
    const auto* qs_now = now.exercise ? &now.exercise->questions : nullptr;
    for (const auto& id : ids_of_both(qs_then, qs_now)) {
        const Question* q = by_id(qs_now, id);
        if (!q) q = by_id(qs_then, id);
        CompareRow row = make_row(q->text, answer_text(then, id), answer_text(now, id));
        const ChecklistAnswer* a = answer_of(then, id);
        const ChecklistAnswer* b = answer_of(now, id);
        const int ra = answer_rank(a ? a->answer : Answer::None), rb = answer_rank(b ? b->answer : Answer::None);
        row.change = row.then.empty() || row.now.empty() ? by_text(row.then, row.now) : by_rank(ra, rb);
        if (row.change == Change::Same && row.then != row.now) row.change = Change::Changed;  // a remark
        // Not answered (yet) in the later session is no step back: a follow-up starts with the
        // check open, and "no longer" there would read as a lost answer.
        if (rb == answer_rank(Answer::None) && ra != rb && !(b && !b->remark.empty())) row.change = Change::Same;
        section.rows.push_back(std::move(row));
    }
    CompareRow tally = make_row(tr("Tally"), tally_text(then), tally_text(now));
    tally.change = by_text(tally.then, tally.now);
    if (then.exercise && now.exercise) {
        const int yes_then = then.session.tally(then.exercise->id).yes, yes_now = now.session.tally(now.exercise->id).yes;
        // Fewer "yes" is a step back only once the later session has answered every question.
        const bool all_answered = now.session.tally(now.exercise->id).open == 0;
        if (yes_now > yes_then) tally.change = Change::Up;
        else if (yes_now < yes_then) tally.change = all_answered ? Change::Down : Change::Changed;
    }
    section.rows.push_back(std::move(tally));
}

// --- forms ------------------------------------------------------------------------------------

std::vector<const FormRecord*> records_of(const Side& side) {
    std::vector<const FormRecord*> out;
    if (!side.exercise) return out;
    for (const auto& r : side.session.forms)
        if (r.exercise == side.exercise->id) out.push_back(&r);
    return out;
}

std::string value_of(const FormRecord* record, const Field* field) {
    if (!record || !field) return {};
    auto it = record->values.find(field->id);
    return it == record->values.end() ? std::string() : it->second;
}

int scale_rank(const Field* field, const std::string& value) {
    if (!field || value.empty()) return -1;
    for (std::size_t i = 0; i < field->choices.size(); ++i)
        if (field->choices[i].id == value) return static_cast<int>(i);
    return -1;
}

void community_rows(CompareSection& section, const Side& then, const Side& now) {
    const std::vector<const FormRecord*> rt = records_of(then), rn = records_of(now);
    const FormRecord* record_then = rt.empty() ? nullptr : rt.front();  // the chosen community
    const FormRecord* record_now = rn.empty() ? nullptr : rn.front();
    const auto* fs_then = then.exercise ? &then.exercise->fields : nullptr;
    const auto* fs_now = now.exercise ? &now.exercise->fields : nullptr;
    for (const auto& id : ids_of_both(fs_then, fs_now)) {
        const Field* ft = by_id(fs_then, id);
        const Field* fn = by_id(fs_now, id);
        const std::string raw_then = value_of(record_then, ft), raw_now = value_of(record_now, fn);
        CompareRow row = make_row((fn ? fn : ft)->label, raw_then.empty() ? "" : display_value(*ft, raw_then),
                                  raw_now.empty() ? "" : display_value(*fn, raw_now));
        // Choices compare by their ids, so a Dutch and an English plan agree; a scale by its steps.
        const FieldKind kind = (fn ? fn : ft)->kind;
        row.change = kind == FieldKind::Scale && !raw_then.empty() && !raw_now.empty()
                         ? by_rank(scale_rank(ft, raw_then), scale_rank(fn, raw_now))
                         : by_text(raw_then, raw_now);
        section.rows.push_back(std::move(row));
    }
}

bool one_line_kind(FieldKind kind) { return kind != FieldKind::LongText; }

// A record's one-line fields but the one it is titled by, as "Label: value" lines.
std::string key_fields(const Exercise& form, const FormRecord& record) {
    const Field* title = title_field(form);
    std::string out;
    for (const auto& f : form.fields) {
        if (&f == title || !one_line_kind(f.kind)) continue;
        const std::string value = value_of(&record, &f);
        if (value.empty()) continue;
        out += (out.empty() ? "" : "\n") + lead_in(f.label) + " " + display_value(f, value);
    }
    return out.empty() ? std::string(tr("listed")) : out;
}

// Records matched by their title with case folded (an untitled one by its place among them).
// Each sub-goal's status as the session's review gives it (core/followup.h subgoal_checks), by
// the sub-goal's record id, in the words of the review form's status choice; a sub-goal the
// session did not review is not in it.
std::map<std::string, std::string> statuses_of(const Session& session) {
    std::map<std::string, std::string> out;
    const Exercise* review = session.plan.with_role(ExerciseRole::Review);
    const Field* field = review ? review->find_field(kReviewStatus) : nullptr;
    for (const SubGoalCheck& check : subgoal_checks(session)) {
        if (check.status.empty()) continue;
        std::string& label = out[check.id] = check.status;
        if (field)
            for (const Choice& choice : field->choices)
                if (choice.id == check.status) label = choice.label;
    }
    return out;
}

void record_rows(CompareSection& section, const Side& then, const Side& now, bool with_status) {
    struct Named { std::string key, title, fields, status; };
    auto named = [with_status](const Side& side) {
        std::vector<Named> out;
        const std::map<std::string, std::string> statuses =
            with_status ? statuses_of(side.session) : std::map<std::string, std::string>{};
        int number = 0;
        for (const FormRecord* r : records_of(side)) {
            ++number;
            std::string title = record_title(*side.exercise, *r);
            std::string key = title.empty() ? "#" + std::to_string(number) : fold_case(title);
            if (title.empty()) title = fmt::format(fmt::runtime(tr("Record {}")), number);
            const auto status_it = statuses.find(r->id);
            std::string status = status_it == statuses.end() ? std::string() : status_it->second;
            out.push_back({std::move(key), std::move(title), key_fields(*side.exercise, *r), std::move(status)});
        }
        return out;
    };
    const std::vector<Named> a = named(then), b = named(now);
    auto find = [](const std::vector<Named>& list, const std::string& key) {
        auto it = std::find_if(list.begin(), list.end(), [&](const Named& n) { return n.key == key; });
        return it == list.end() ? nullptr : &*it;
    };
    for (const Named& n : b) {
        const Named* old = find(a, n.key);
        section.rows.push_back(make_row(n.title, old ? old->fields : "", n.fields, old ? by_text(old->fields, n.fields) : Change::Added));
        section.rows.back().status_then = old ? old->status : "";
        section.rows.back().status_now = n.status;
    }
    for (const Named& o : a) {
        if (find(b, o.key)) continue;
        section.rows.push_back(make_row(o.title, o.fields, "", Change::Removed));
        section.rows.back().status_then = o.status;
    }
}

void partner_rows(CompareSection& section, const Side& then, const Side& now) { record_rows(section, then, now, false); }
void subgoal_rows(CompareSection& section, const Side& then, const Side& now) { record_rows(section, then, now, true); }

// --- the community's board --------------------------------------------------------------------

std::vector<const Note*> notes_of(const Side& side, const std::string& column) {
    if (!side.exercise || !side.exercise->find_column(column)) return {};
    return room_notes(side.session, side.exercise->id, column);
}

void board_rows(CompareSection& section, const Side& then, const Side& now) {
    const auto* cs_then = then.exercise ? &then.exercise->columns : nullptr;
    const auto* cs_now = now.exercise ? &now.exercise->columns : nullptr;
    for (const auto& id : ids_of_both(cs_then, cs_now)) {
        const Column* c = by_id(cs_now, id);
        if (!c) c = by_id(cs_then, id);
        const std::vector<const Note*> a = notes_of(then, id), b = notes_of(now, id);
        auto find = [](const std::vector<const Note*>& list, const std::string& key) -> const Note* {
            for (const Note* n : list) if (fold_case(n->text) == key) return n;
            return nullptr;
        };
        const std::size_t before = section.rows.size();
        for (const Note* n : b) {
            const Note* old = find(a, fold_case(n->text));
            section.rows.push_back(make_row(c->title, old ? old->text : "", n->text, old ? Change::Same : Change::Added));
        }
        for (const Note* o : a)
            if (!find(b, fold_case(o->text))) section.rows.push_back(make_row(c->title, o->text, "", Change::Removed));
        if (section.rows.size() == before) section.rows.push_back(make_row(c->title, "", ""));
    }
    const int withheld_then = then.exercise ? withheld_notes(then.session, then.exercise->id) : 0;
    const int withheld_now = now.exercise ? withheld_notes(now.session, now.exercise->id) : 0;
    if (withheld_then > 0 || withheld_now > 0)  // counted, never read (core/privacy.h)
        section.rows.push_back(make_row(tr("Private notes not revealed"), std::to_string(withheld_then),
                                        std::to_string(withheld_now)));
}

using Rows = std::function<void(CompareSection&, const Side&, const Side&)>;

Rows rows_for(CompareTopic topic) {
    switch (topic) {
        case CompareTopic::Readiness: return readiness_rows;
        case CompareTopic::Community: return community_rows;
        case CompareTopic::StrengthsNeeds: return board_rows;
        case CompareTopic::Partners: return partner_rows;
        case CompareTopic::SubGoals: return subgoal_rows;
    }
    return nullptr;
}

CompareSide side_of(const Session& s) { return {s.id, s.title, s.date, s.place}; }

}  // namespace

const char* to_string(Change change) {
    switch (change) {
        case Change::Same: return "same";
        case Change::Changed: return "changed";
        case Change::Up: return "up";
        case Change::Down: return "down";
        case Change::Added: return "added";
        case Change::Removed: return "removed";
    }
    return "";
}

const char* change_label(Change change) {
    switch (change) {
        case Change::Same: return "";
        case Change::Changed: return tr("changed");
        case Change::Up: return tr("forward");
        case Change::Down: return tr("back");
        case Change::Added: return tr("new");
        case Change::Removed: return tr("no longer");
    }
    return "";
}

bool Comparison::has_status() const {
    for (const auto& s : sections)
        for (const auto& r : s.rows)
            if (!r.status_then.empty() || !r.status_now.empty()) return true;
    return false;
}

Comparison compare_sessions(const Session& then, const Session& now) {
    Comparison out{side_of(then), side_of(now), {}};
    for (const Topic& t : kTopics) {
        const Side a{then, then.plan.with_role(t.role)};
        const Side b{now, now.plan.with_role(t.role)};
        CompareSection section;
        section.topic = t.topic;
        section.title = t.title;
        section.exercise_title = b.exercise ? b.exercise->title : a.exercise ? a.exercise->title : "";
        section.missing_then = !a.exercise;
        section.missing_now = !b.exercise;
        rows_for(t.topic)(section, a, b);
        out.sections.push_back(std::move(section));
    }
    return out;
}

}  // namespace kiosk
