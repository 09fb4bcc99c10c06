#include "core/privacy.h"

#include <algorithm>

namespace kiosk {

std::vector<const Note*> room_notes(const Session& session, const std::string& exercise, const std::string& column) {
    std::vector<const Note*> out;
    for (const Note* n : session.notes_in(exercise, column))
        if (shown_to_room(*n)) out.push_back(n);
    return out;
}

std::vector<const Note*> table_notes(const Session& session, const std::string& exercise, const std::string& column) {
    std::vector<const Note*> out;
    for (const Note* n : session.notes_in(exercise, column))
        if (n->moderation == Moderation::Shown) out.push_back(n);
    return out;
}

namespace {

/// How many notes of board `exercise` `pick` says yes to.
template <class Pick>
int count_notes(const Session& session, const std::string& exercise, Pick pick) {
    int count = 0;
    for (const Note& n : session.notes) count += n.exercise == exercise && pick(n) ? 1 : 0;
    return count;
}

}  // namespace

int withheld_notes(const Session& session, const std::string& exercise) {
    return count_notes(session, exercise, [](const Note& n) { return n.hidden; });
}

int waiting_notes(const Session& session, const std::string& exercise) {
    return count_notes(session, exercise, [](const Note& n) { return !n.hidden && n.moderation == Moderation::Waiting; });
}

int hidden_notes(const Session& session, const std::string& exercise) {
    return count_notes(session, exercise, [](const Note& n) { return !n.hidden && n.moderation == Moderation::Hidden; });
}

std::vector<const Note*> moderated_notes(const Session& session, const std::string& exercise, const std::string& column) {
    std::vector<const Note*> out;
    for (const Note* n : session.notes_in(exercise, column))
        if (!n->hidden && n->moderation != Moderation::Shown) out.push_back(n);
    return out;
}

std::string room_author(const Session& session, const Note& note) {
    return session.state_of(note.exercise).anonymous ? std::string() : note.author;
}

int room_vote_total(const Session& session, const Note& note) {
    return session.state_of(note.exercise).totals_shown ? session.votes_on(note.id) : -1;
}

const Phase* current_phase(const Exercise& exercise, const ExerciseState& state) {
    if (exercise.phases.empty()) return nullptr;
    for (const Phase& p : exercise.phases) if (p.id == state.phase) return &p;
    return &exercise.phases.front();
}

WritingStep writing_step(const Exercise& exercise, const ExerciseState& state) {
    const Phase* phase = current_phase(exercise, state);
    const std::string id = phase ? phase->id : std::string();
    const long position = phase ? long(phase - exercise.phases.data()) : 0;
    if (id == "share" || (id != "write" && id != "compose" && position == 1)) return WritingStep::Share;
    if (id == "compose" || (id != "write" && id != "share" && position == 2)) return WritingStep::Compose;
    return WritingStep::Write;
}

std::vector<const Vision*> visions_of(const Session& session, const std::string& exercise) {
    std::vector<const Vision*> out;
    for (const Vision& v : session.visions) if (v.exercise == exercise) out.push_back(&v);
    return out;
}

const Vision* room_vision(const Session& session, const Exercise& exercise, int* position) {
    if (exercise.kind != ExerciseKind::Writing) return nullptr;
    const ExerciseState& state = session.state_of(exercise.id);
    if (writing_step(exercise, state) != WritingStep::Share) return nullptr;
    const auto visions = visions_of(session, exercise.id);
    if (visions.empty()) return nullptr;
    const int index = std::clamp(state.share_index, 0, int(visions.size()) - 1);
    if (position) *position = index;
    return visions[std::size_t(index)];
}

}  // namespace kiosk
