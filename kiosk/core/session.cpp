#include "core/session.h"

#include "core/find_by_id.h"
#include "core/i18n.h"

#include <algorithm>

namespace kiosk {
namespace {

struct AnswerName { Answer answer; const char* word; };
constexpr AnswerName kAnswers[] = {
    {Answer::None, "none"}, {Answer::Yes, "yes"}, {Answer::NotYet, "not_yet"}, {Answer::No, "no"}};

}  // namespace

const char* to_string(Answer answer) {
    for (const auto& a : kAnswers) if (a.answer == answer) return a.word;
    return "none";
}

const char* to_string(Moderation moderation) {
    switch (moderation) {
        case Moderation::Shown: return "shown";
        case Moderation::Waiting: return "waiting";
        case Moderation::Hidden: return "hidden";
    }
    return "shown";
}

bool parse_moderation(const std::string& word, Moderation& out) {
    for (Moderation m : {Moderation::Shown, Moderation::Waiting, Moderation::Hidden})
        if (word == to_string(m)) { out = m; return true; }
    return false;
}

bool parse_answer(const std::string& word, Answer& out) {
    for (const auto& a : kAnswers) if (word == a.word) { out = a.answer; return true; }
    return false;
}

const char* answer_label(Answer answer) {
    switch (answer) {
        case Answer::Yes: return tr("Yes");
        case Answer::NotYet: return tr("Not yet");
        case Answer::No: return tr("No");
        case Answer::None: break;
    }
    return tr("Not answered");
}

const Exercise* Session::current_exercise() const {
    return current < plan.agenda.size() ? &plan.agenda[current] : nullptr;
}

bool Session::locks_at_end(const Exercise& exercise) const {
    const std::optional<bool>& own = state_of(exercise.id).lock_at_end;
    return own ? *own : exercise.lock_at_end;
}

bool Session::input_locked(const ClockReading& now) const {
    if (table_locked) return true;
    const Exercise* here = current_exercise();
    if (!here || !locks_at_end(*here) || end_lock_lifted) return false;
    return timer.started && timer.exercise == here->id && remaining_at(timer, now) <= 0;
}

bool Session::input_locked(std::int64_t now_ms) const { return input_locked(ClockReading{now_ms, 0, {}}); }

std::size_t Session::note_position(const std::string& id) const {
    auto it = note_index.find(id);
    if (it != note_index.end() && it->second < notes.size() && notes[it->second].id == id) return it->second;
    auto found = std::find_if(notes.begin(), notes.end(), [&](const Note& n) { return n.id == id; });
    return static_cast<std::size_t>(found - notes.begin());
}

const Note* Session::find_note(const std::string& id) const {
    std::size_t pos = note_position(id);
    return pos < notes.size() ? &notes[pos] : nullptr;
}
const NoteGroup* Session::find_group(const std::string& id) const { return find_item(groups, id); }
const Vision* Session::find_vision(const std::string& id) const { return find_item(visions, id); }
const FormRecord* Session::find_form(const std::string& id) const { return find_item(forms, id); }

const ExerciseState& Session::state_of(const std::string& exercise_id) const {
    static const ExerciseState kEmpty;
    auto it = exercises.find(exercise_id);
    return it == exercises.end() ? kEmpty : it->second;
}

std::vector<const Note*> Session::notes_in(const std::string& exercise, const std::string& column) const {
    std::vector<const Note*> out;
    for (const auto& n : notes)
        if (n.exercise == exercise && n.column == column) out.push_back(&n);
    return out;
}

int Session::votes_on(const std::string& note_id) const {
    auto it = votes.find(note_id);
    if (it == votes.end()) return 0;
    int total = 0;
    for (const auto& [voter, dots] : it->second) total += dots;
    return total;
}

int Session::votes_by(const std::string& exercise, const std::string& voter) const {
    auto board = dots_used.find(exercise);
    if (board == dots_used.end()) return 0;
    auto it = board->second.find(voter);
    return it == board->second.end() ? 0 : it->second;
}

int Session::vote_budget(const std::string& exercise) const {
    int own = state_of(exercise).votes_per_person;
    if (own >= 0) return own;
    const Exercise* e = plan.find(exercise);
    return e ? e->votes_per_person : 0;
}

std::int64_t Session::actual_ms(const std::string& exercise, const ClockReading& now) const {
    std::int64_t total = state_of(exercise).active_ms;
    const Exercise* here = current_exercise();
    if (here && here->id == exercise && status == SessionStatus::Open) total += elapsed_between(entered(), now).ms;
    return total;
}

std::int64_t Session::actual_ms(const std::string& exercise, std::int64_t now_ms) const {
    return actual_ms(exercise, ClockReading{now_ms, 0, {}});
}

Session::Tally Session::tally(const std::string& exercise) const {
    Tally t;
    const Exercise* e = plan.find(exercise);
    if (!e) return t;
    const auto& answers = state_of(exercise).answers;
    for (const auto& q : e->questions) {
        auto it = answers.find(q.id);
        Answer a = it == answers.end() ? Answer::None : it->second.answer;
        switch (a) {
            case Answer::Yes: ++t.yes; break;
            case Answer::NotYet: ++t.not_yet; break;
            case Answer::No: ++t.no; break;
            case Answer::None: ++t.open; break;
        }
    }
    return t;
}

std::string Session::board_subject(const Exercise& board) const {
    auto dot = board.subject.find('.');
    if (dot == std::string::npos) return {};
    std::string exercise = board.subject.substr(0, dot);
    std::string field = board.subject.substr(dot + 1);
    for (const auto& f : forms) {
        if (f.exercise != exercise) continue;
        auto it = f.values.find(field);
        if (it != f.values.end() && !it->second.empty()) return it->second;
    }
    return {};
}

int planned_seconds(const Session& s, const Exercise& ex) {
    if (ex.kind == ExerciseKind::Writing && !ex.phases.empty()) {
        const std::string& id = s.state_of(ex.id).phase;
        const Phase* phase = &ex.phases.front();
        for (const Phase& p : ex.phases)
            if (p.id == id) phase = &p;
        if (phase->minutes > 0) return phase->minutes * 60;
    }
    return ex.minutes * 60;
}

}  // namespace kiosk
