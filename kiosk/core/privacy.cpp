#include "core/privacy.h"

namespace kiosk {

std::vector<const Note*> room_notes(const Session& session, const std::string& exercise, const std::string& column) {
    std::vector<const Note*> out;
    for (const Note* n : session.notes_in(exercise, column))
        if (shown_to_room(*n)) out.push_back(n);
    return out;
}

int withheld_notes(const Session& session, const std::string& exercise) {
    int count = 0;
    for (const Note& n : session.notes) count += n.exercise == exercise && !shown_to_room(n) ? 1 : 0;
    return count;
}

std::string room_author(const Session& session, const Note& note) {
    return session.state_of(note.exercise).anonymous ? std::string() : note.author;
}

}  // namespace kiosk
