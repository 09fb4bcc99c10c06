#include "core/reduce.h"

#include "core/action_catalogue.h"
#include "core/find_by_id.h"
#include "core/i18n.h"
#include "core/phone_rules.h"
#include "core/plan_json.h"
#include "core/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace kiosk {
namespace {

/// Thrown inside a handler to reject an action; caught by apply() before anything changed.
struct Rejected {
    std::string message;
};

[[noreturn]] void reject(const char* msgid) { throw Rejected{tr(msgid)}; }
template <typename... Args>
[[noreturn]] void reject(const char* msgid, const Args&... args) {
    throw Rejected{fmt::format(fmt::runtime(tr(msgid)), args...)};
}

// --- reading fields -----------------------------------------------------------------------

std::string string_field(const Json& a, const char* key) {
    auto it = a.find(key);
    if (it == a.end() || !it->is_string()) reject(N_("The action lacks the text field \"{}\"."), key);
    return it->get<std::string>();
}

std::string optional_string(const Json& a, const char* key) {
    auto it = a.find(key);
    if (it == a.end() || it->is_null()) return {};
    if (!it->is_string()) reject(N_("The field \"{}\" must be text."), key);
    return it->get<std::string>();
}

std::int64_t int_field(const Json& a, const char* key) {
    auto it = a.find(key);
    if (it == a.end() || !it->is_number_integer()) reject(N_("The action lacks the whole number \"{}\"."), key);
    return it->get<std::int64_t>();
}

bool bool_field(const Json& a, const char* key) {
    auto it = a.find(key);
    if (it == a.end() || !it->is_boolean()) reject(N_("The action lacks the yes/no field \"{}\"."), key);
    return it->get<bool>();
}

/// A text field that must already be clean (clean_action() ran) and within its limit.
std::string text_field(const Json& a, const char* key, TextKind kind, bool required = true) {
    std::string s = required ? string_field(a, key) : optional_string(a, key);
    if (!is_valid_utf8(s)) reject(N_("The text in \"{}\" is not valid UTF-8."), key);
    if (s.size() > max_bytes(kind)) reject(N_("The text in \"{}\" is longer than {} bytes."), key, max_bytes(kind));
    return s;
}

// --- looking things up, or rejecting ------------------------------------------------------

const Exercise& exercise_of_kind(const Session& s, const std::string& id, ExerciseKind kind) {
    const Exercise* e = s.plan.find(id);
    if (!e) reject(N_("The plan has no exercise \"{}\"."), id);
    if (e->kind != kind) reject(N_("Exercise \"{}\" is not a {} exercise."), id, to_string(kind));
    return *e;
}

std::vector<Note>::iterator note_iter(Session& s, const std::string& id) {
    std::size_t pos = s.note_position(id);
    if (pos >= s.notes.size()) reject(N_("There is no note \"{}\" (deleted?)."), id);
    return s.notes.begin() + static_cast<std::ptrdiff_t>(pos);
}

Note& note_ref(Session& s, const std::string& id) { return *note_iter(s, id); }

/// Inserts or erases a note and keeps Session::note_index in step (positions after the change
/// shift by one).
void insert_note(Session& s, std::vector<Note>::iterator where, Note note) {
    auto pos = static_cast<std::size_t>(where - s.notes.begin());
    std::string id = note.id;
    s.notes.insert(where, std::move(note));
    for (std::size_t i = pos + 1; i < s.notes.size(); ++i) s.note_index[s.notes[i].id] = i;
    s.note_index[id] = pos;
}

void erase_note(Session& s, std::vector<Note>::iterator where) {
    auto pos = static_cast<std::size_t>(where - s.notes.begin());
    s.note_index.erase(where->id);
    s.notes.erase(where);
    for (std::size_t i = pos; i < s.notes.size(); ++i) s.note_index[s.notes[i].id] = i;
}

void require_new_id(bool exists, const std::string& id) {
    if (id.empty()) reject(N_("A new item needs an id."));
    if (exists) reject(N_("The id \"{}\" is already in use."), id);
}

void require_column(const Exercise& board, const std::string& column) {
    if (!board.find_column(column)) reject(N_("Board \"{}\" has no column \"{}\"."), board.id, column);
}

int colour_field(const Json& a) {
    auto it = a.find("colour");
    if (it == a.end()) return 0;
    if (!it->is_number_integer()) reject(N_("The field \"{}\" must be a whole number."), "colour");
    int c = it->get<int>();
    if (c < 0 || c >= kNoteColours) reject(N_("Colour {} does not exist (0 to {})."), c, kNoteColours - 1);
    return c;
}

// --- JSON of model items (for undo records) -----------------------------------------------

Json note_to_json(const Note& n) {
    Json j = {{"id", n.id},         {"exercise", n.exercise}, {"column", n.column},
            {"text", n.text},     {"colour", n.colour},     {"author", n.author},
            {"seat", n.seat},     {"group", n.group},       {"hidden", n.hidden},
            {"created_ms", n.created_ms}};
    // Written only when it is not the default, so undo records of shown notes stay as older
    // kiosks wrote them (a stored log replays to the same undo stacks).
    if (n.moderation != Moderation::Shown) j["moderation"] = to_string(n.moderation);
    return j;
}

Note note_from_json(const Json& j) {
    Note n;
    n.id = j.at("id").get<std::string>();
    n.exercise = j.at("exercise").get<std::string>();
    n.column = j.at("column").get<std::string>();
    n.text = j.at("text").get<std::string>();
    n.colour = j.value("colour", 0);
    n.author = j.value("author", std::string());
    n.seat = j.value("seat", std::string());
    n.group = j.value("group", std::string());
    n.hidden = j.value("hidden", false);
    // Older logs restore notes without moderation: they were all shown.
    if (!parse_moderation(j.value("moderation", std::string("shown")), n.moderation)) n.moderation = Moderation::Shown;
    n.created_ms = j.value("created_ms", std::int64_t{0});
    return n;
}

/// Builds an inverse action record of the same session.
Json inverse(const Json& forward, const std::string& type, Json fields) {
    fields["type"] = type;
    fields["session"] = forward.value("session", std::string());
    return fields;
}

/// What a handler sees: the session, the action, and where undoable handlers put their inverse.
struct Context {
    Session& s;
    const Json& a;
    std::int64_t at;   // the action's wall time ("at")
    const ClockReading& now;  // the action's readings of both clocks (core/timer.h)
    std::vector<Json>* backward;  // null when the action is not recorded for undo

    void undo_by(const std::string& type, Json fields) {
        if (backward) backward->push_back(inverse(a, type, std::move(fields)));
    }
};

// --- session and agenda -------------------------------------------------------------------

void session_update(Context& c) {
    for (const char* key : {"title", "place", "facilitator"})
        if (c.a.contains(key)) text_field(c.a, key, TextKind::Line);
    if (c.a.contains("date")) text_field(c.a, "date", TextKind::Line);
    if (c.a.contains("title")) c.s.title = c.a["title"].get<std::string>();
    if (c.a.contains("place")) c.s.place = c.a["place"].get<std::string>();
    if (c.a.contains("facilitator")) c.s.facilitator = c.a["facilitator"].get<std::string>();
    if (c.a.contains("date")) c.s.date = c.a["date"].get<std::string>();
}

/// Adds the time of the current visit to its exercise; the time passed is worked out by the
/// rule for time (core/timer.h), so a wall-clock step adds or takes away nothing.
void leave_current(Session& s, const ClockReading& at) {
    if (const Exercise* here = s.current_exercise())
        s.exercises[here->id].active_ms += elapsed_between(s.entered(), at).ms;
    s.set_entered(at);
}

void session_close(Context& c) {
    if (c.s.status == SessionStatus::Closed) return;
    leave_current(c.s, c.now);
    c.s.status = SessionStatus::Closed;
}

void session_reopen(Context& c) {
    if (c.s.status == SessionStatus::Open) return;
    c.s.status = SessionStatus::Open;
    c.s.set_entered(c.now);
}

void settle_timer(TimerRecord& t, const ClockReading& at);

void agenda_goto(Context& c) {
    std::string id = string_field(c.a, "exercise");
    auto& agenda = c.s.plan.agenda;
    auto it = std::find_if(agenda.begin(), agenda.end(), [&](const Exercise& e) { return e.id == id; });
    if (it == agenda.end()) reject(N_("The plan has no exercise \"{}\"."), id);
    if (c.s.status == SessionStatus::Open) leave_current(c.s, c.now);
    // One visible countdown at a time: the countdown of the exercise left behind pauses, so it
    // can neither run out nor chime out of sight; back there, it shows paused where it stopped.
    if (c.s.timer.running && c.s.timer.exercise != id) {
        settle_timer(c.s.timer, c.now);
        c.s.timer.running = false;
    }
    c.s.current = static_cast<std::size_t>(it - agenda.begin());
    c.s.set_entered(c.now);
}

// --- checklist (readiness check) ----------------------------------------------------------

ChecklistAnswer& answer_slot(Context& c, std::string& exercise, std::string& question) {
    exercise = string_field(c.a, "exercise");
    question = string_field(c.a, "question");
    const Exercise& e = exercise_of_kind(c.s, exercise, ExerciseKind::Checklist);
    bool known = std::any_of(e.questions.begin(), e.questions.end(),
                             [&](const Question& q) { return q.id == question; });
    if (!known) reject(N_("The readiness check has no question \"{}\"."), question);
    return c.s.exercises[exercise].answers[question];
}

void checklist_answer(Context& c) {
    Answer answer;
    if (!parse_answer(string_field(c.a, "answer"), answer))
        reject(N_("An answer is yes, not_yet, no or none."));
    std::string exercise, question;
    ChecklistAnswer& slot = answer_slot(c, exercise, question);
    c.undo_by("checklist.answer", {{"exercise", exercise}, {"question", question}, {"answer", to_string(slot.answer)}});
    slot.answer = answer;
}

void checklist_remark(Context& c) {
    std::string remark = text_field(c.a, "remark", TextKind::Note);
    std::string exercise, question;
    ChecklistAnswer& slot = answer_slot(c, exercise, question);
    c.undo_by("checklist.remark", {{"exercise", exercise}, {"question", question}, {"remark", slot.remark}});
    slot.remark = remark;
}

/// Adds `delta` dots of `voter` to the board's tally in Session::dots_used.
void count_dots(Session& s, const std::string& exercise, const std::string& voter, int delta) {
    auto& board = s.dots_used[exercise];
    if ((board[voter] += delta) <= 0) board.erase(voter);
    if (board.empty()) s.dots_used.erase(exercise);
}

// --- notes --------------------------------------------------------------------------------

void note_add(Context& c) {
    Note n;
    n.id = string_field(c.a, "id");
    require_new_id(c.s.find_note(n.id) != nullptr, n.id);
    n.exercise = string_field(c.a, "exercise");
    const Exercise& board = exercise_of_kind(c.s, n.exercise, ExerciseKind::Board);
    n.column = string_field(c.a, "column");
    require_column(board, n.column);
    n.text = text_field(c.a, "text", TextKind::Note);
    n.colour = colour_field(c.a);
    n.author = text_field(c.a, "author", TextKind::Line, false);
    n.seat = text_field(c.a, "seat", TextKind::Line, false);
    n.hidden = c.s.state_of(n.exercise).private_writing;
    // A phone's note waits for the facilitator while the session asks for approval (issue 12).
    if (c.s.phone_approval && optional_string(c.a, "source") == "phone") n.moderation = Moderation::Waiting;
    n.created_ms = c.at;
    c.undo_by("note.delete", {{"id", n.id}});
    insert_note(c.s, c.s.notes.end(), std::move(n));
}

void note_edit(Context& c) {
    std::string text = text_field(c.a, "text", TextKind::Note);
    Note& n = note_ref(c.s, string_field(c.a, "id"));
    // Moderation holds for what a note says, not for the first words it had (issue 12): a phone
    // may not change a note the facilitator hid, and its edit of an approved note waits again
    // while the session asks for approval.
    if (optional_string(c.a, "source") == "phone") {
        if (n.moderation == Moderation::Hidden) reject(N_("The facilitator has hidden this note; it cannot be changed."));
        if (c.s.phone_approval) n.moderation = Moderation::Waiting;
    }
    c.undo_by("note.edit", {{"id", n.id}, {"text", n.text}});
    n.text = std::move(text);
}

void note_colour(Context& c) {
    int colour = colour_field(c.a);
    if (!c.a.contains("colour")) reject(N_("The action lacks the whole number \"{}\"."), "colour");
    Note& n = note_ref(c.s, string_field(c.a, "id"));
    c.undo_by("note.colour", {{"id", n.id}, {"colour", n.colour}});
    n.colour = colour;
}

void note_author(Context& c) {
    std::string author = text_field(c.a, "author", TextKind::Line);
    Note& n = note_ref(c.s, string_field(c.a, "id"));
    c.undo_by("note.author", {{"id", n.id}, {"author", n.author}});
    n.author = std::move(author);
}

/// The id of the next note in the same column after `it`, or "" when it is the last.
std::string next_in_column(const Session& s, std::vector<Note>::const_iterator it) {
    for (auto next = it + 1; next != s.notes.end(); ++next)
        if (next->exercise == it->exercise && next->column == it->column) return next->id;
    return {};
}

void note_move(Context& c) {
    std::string id = string_field(c.a, "id");
    std::string column = string_field(c.a, "column");
    std::string before = optional_string(c.a, "before");
    auto it = note_iter(c.s, id);
    require_column(exercise_of_kind(c.s, it->exercise, ExerciseKind::Board), column);
    if (before == id) return;  // dropped onto itself: nothing moves
    if (!before.empty()) {
        const Note* b = c.s.find_note(before);
        if (!b || b->exercise != it->exercise || b->column != column)
            reject(N_("Note \"{}\" is not in that column."), before);
    }
    const std::string group = optional_string(c.a, "group");
    if (!group.empty()) {
        const NoteGroup* g = c.s.find_group(group);
        if (!g || g->exercise != it->exercise || g->column != column)
            reject(N_("A group can only hold notes of its own column."));
    }
    Json undo = {{"id", id}, {"column", it->column}, {"before", next_in_column(c.s, it)}};
    // Out of a stack into another column: undo puts it back in the stack (shared/cases K28).
    if (!it->group.empty() && it->column != column) undo["group"] = it->group;
    c.undo_by("note.move", std::move(undo));
    Note moved = *it;
    erase_note(c.s, it);
    if (moved.column != column) moved.group.clear();  // a group lives in one column
    if (!group.empty()) moved.group = group;
    moved.column = column;
    auto at = c.s.notes.end();
    if (!before.empty()) {
        at = note_iter(c.s, before);
    } else {
        // End of the column: right after its last note, so columns stay contiguous in order.
        for (auto i = c.s.notes.begin(); i != c.s.notes.end(); ++i)
            if (i->exercise == moved.exercise && i->column == column) at = i + 1;
    }
    insert_note(c.s, at, std::move(moved));
}

void note_delete(Context& c) {
    std::string id = string_field(c.a, "id");
    auto it = note_iter(c.s, id);
    Json votes = Json::object();
    if (auto v = c.s.votes.find(id); v != c.s.votes.end()) {
        votes = v->second;
        for (const auto& [voter, dots] : v->second) count_dots(c.s, it->exercise, voter, -dots);
    }
    c.undo_by("note.restore", {{"note", note_to_json(*it)},
                               {"index", static_cast<std::int64_t>(it - c.s.notes.begin())},
                               {"votes", votes}});
    erase_note(c.s, it);
    c.s.votes.erase(id);
}

void note_restore(Context& c) {
    auto it = c.a.find("note");
    if (it == c.a.end() || !it->is_object()) reject(N_("The action lacks the note to restore."));
    Note n;
    try {
        n = note_from_json(*it);
    } catch (const Json::exception&) {
        reject(N_("The note to restore is incomplete."));
    }
    require_new_id(c.s.find_note(n.id) != nullptr, n.id);
    exercise_of_kind(c.s, n.exercise, ExerciseKind::Board);
    if (!n.group.empty() && !c.s.find_group(n.group)) n.group.clear();
    std::int64_t index = c.a.value("index", static_cast<std::int64_t>(c.s.notes.size()));
    index = std::clamp<std::int64_t>(index, 0, static_cast<std::int64_t>(c.s.notes.size()));
    c.undo_by("note.delete", {{"id", n.id}});
    std::map<std::string, int> votes;
    if (auto v = c.a.find("votes"); v != c.a.end() && v->is_object())
        for (const auto& [voter, dots] : v->items())
            if (dots.is_number_integer() && dots.get<int>() > 0) votes[voter] = dots.get<int>();
    for (const auto& [voter, dots] : votes) count_dots(c.s, n.exercise, voter, dots);
    if (!votes.empty()) c.s.votes[n.id] = std::move(votes);
    insert_note(c.s, c.s.notes.begin() + index, std::move(n));
}

// --- groups -------------------------------------------------------------------------------

void group_create(Context& c) {
    NoteGroup g;
    g.id = string_field(c.a, "id");
    require_new_id(c.s.find_group(g.id) != nullptr, g.id);
    g.exercise = string_field(c.a, "exercise");
    g.column = string_field(c.a, "column");
    require_column(exercise_of_kind(c.s, g.exercise, ExerciseKind::Board), g.column);
    g.name = text_field(c.a, "name", TextKind::Line);
    auto ids = c.a.find("notes");
    if (ids == c.a.end() || !ids->is_array()) reject(N_("A group needs a list of notes."));
    for (const auto& id : *ids) {
        const Note* n = id.is_string() ? c.s.find_note(id.get<std::string>()) : nullptr;
        if (!n || n->exercise != g.exercise || n->column != g.column)
            reject(N_("A group can only hold notes of its own column."));
    }
    c.undo_by("group.dissolve", {{"id", g.id}});
    for (const auto& id : *ids) note_ref(c.s, id.get<std::string>()).group = g.id;
    c.s.groups.push_back(std::move(g));
}

void group_rename(Context& c) {
    std::string name = text_field(c.a, "name", TextKind::Line);
    auto it = find_by_id(c.s.groups, string_field(c.a, "id"));
    if (it == c.s.groups.end()) reject(N_("There is no such group."));
    c.undo_by("group.rename", {{"id", it->id}, {"name", it->name}});
    it->name = std::move(name);
}

void group_dissolve(Context& c) {
    auto it = find_by_id(c.s.groups, string_field(c.a, "id"));
    if (it == c.s.groups.end()) reject(N_("There is no such group."));
    Json members = Json::array();
    for (auto& n : c.s.notes)
        if (n.group == it->id) { members.push_back(n.id); n.group.clear(); }
    c.undo_by("group.create", {{"id", it->id}, {"exercise", it->exercise}, {"column", it->column},
                               {"name", it->name}, {"notes", members}});
    c.s.groups.erase(it);
}

// --- dot voting ---------------------------------------------------------------------------

void vote_add(Context& c) {
    std::string note_id = string_field(c.a, "note");
    std::string voter = text_field(c.a, "voter", TextKind::Line);
    const Note& n = note_ref(c.s, note_id);
    int budget = c.s.vote_budget(n.exercise);
    if (c.s.votes_by(n.exercise, voter) >= budget)
        reject(N_("All {} dots are used; take one back first."), budget);
    c.undo_by("vote.remove", {{"note", note_id}, {"voter", voter}});
    ++c.s.votes[note_id][voter];
    count_dots(c.s, n.exercise, voter, 1);
}

void vote_remove(Context& c) {
    std::string note_id = string_field(c.a, "note");
    std::string voter = text_field(c.a, "voter", TextKind::Line);
    const std::string exercise = note_ref(c.s, note_id).exercise;
    auto by_note = c.s.votes.find(note_id);
    if (by_note == c.s.votes.end() || by_note->second[voter] <= 0) {
        if (by_note != c.s.votes.end()) by_note->second.erase(voter);
        reject(N_("There is no dot of yours on this note."));
    }
    c.undo_by("vote.add", {{"note", note_id}, {"voter", voter}});
    if (--by_note->second[voter] == 0) by_note->second.erase(voter);
    if (by_note->second.empty()) c.s.votes.erase(by_note);
    count_dots(c.s, exercise, voter, -1);
}

// --- board settings -----------------------------------------------------------------------

ExerciseState& board_state(Context& c) {
    std::string id = string_field(c.a, "exercise");
    exercise_of_kind(c.s, id, ExerciseKind::Board);
    return c.s.exercises[id];
}

void board_budget(Context& c) {
    std::int64_t votes = int_field(c.a, "votes");
    if (votes < 1 || votes > 99) reject(N_("The number of dots per person is 1 to 99."));
    board_state(c).votes_per_person = static_cast<int>(votes);
}

void board_private(Context& c) { bool on = bool_field(c.a, "on"); board_state(c).private_writing = on; }
void board_anonymous(Context& c) { bool on = bool_field(c.a, "on"); board_state(c).anonymous = on; }
void board_totals(Context& c) { bool shown = bool_field(c.a, "shown"); board_state(c).totals_shown = shown; }

// --- moderation (issue 12): the facilitator's, so not on the table's undo stack -----------------

void note_approve(Context& c) {
    Note& n = note_ref(c.s, string_field(c.a, "id"));
    if (n.moderation == Moderation::Hidden) reject(N_("This note is hidden; show it again instead."));
    n.moderation = Moderation::Shown;
}

void note_hide(Context& c) { note_ref(c.s, string_field(c.a, "id")).moderation = Moderation::Hidden; }

void note_unhide(Context& c) {
    Note& n = note_ref(c.s, string_field(c.a, "id"));
    if (n.moderation == Moderation::Hidden) n.moderation = Moderation::Shown;
}

void phones_approval(Context& c) { c.s.phone_approval = bool_field(c.a, "on"); }

void board_reveal(Context& c) {
    ExerciseState& st = board_state(c);
    std::string id = c.a["exercise"].get<std::string>();
    st.private_writing = false;
    for (auto& n : c.s.notes)
        if (n.exercise == id) n.hidden = false;
}

// --- writing (Worksheet 1) ----------------------------------------------------------------

Vision& vision_ref(Session& s, const std::string& id) {
    auto it = find_by_id(s.visions, id);
    if (it == s.visions.end()) reject(N_("There is no such text (deleted?)."));
    return *it;
}

void vision_add(Context& c) {
    Vision v;
    v.id = string_field(c.a, "id");
    require_new_id(c.s.find_vision(v.id) != nullptr, v.id);
    v.exercise = string_field(c.a, "exercise");
    exercise_of_kind(c.s, v.exercise, ExerciseKind::Writing);
    v.author = text_field(c.a, "author", TextKind::Line, false);
    v.text = text_field(c.a, "text", TextKind::Document, false);
    v.seat = text_field(c.a, "seat", TextKind::Line, false);
    c.undo_by("vision.delete", {{"id", v.id}});
    c.s.visions.push_back(std::move(v));
}

void vision_edit(Context& c) {
    std::string text = text_field(c.a, "text", TextKind::Document);
    Vision& v = vision_ref(c.s, string_field(c.a, "id"));
    c.undo_by("vision.edit", {{"id", v.id}, {"text", v.text}});
    v.text = std::move(text);
}

void vision_author(Context& c) {
    std::string author = text_field(c.a, "author", TextKind::Line);
    Vision& v = vision_ref(c.s, string_field(c.a, "id"));
    c.undo_by("vision.author", {{"id", v.id}, {"author", v.author}});
    v.author = std::move(author);
}

void vision_delete(Context& c) {
    std::string id = string_field(c.a, "id");
    auto it = find_by_id(c.s.visions, id);
    if (it == c.s.visions.end()) reject(N_("There is no such text (deleted?)."));
    Json restore = {{"id", it->id}, {"exercise", it->exercise}, {"author", it->author}, {"text", it->text}};
    if (!it->seat.empty()) restore["seat"] = it->seat;
    c.undo_by("vision.add", std::move(restore));
    c.s.visions.erase(it);
}

void writing_phase(Context& c) {
    std::string id = string_field(c.a, "exercise");
    std::string phase = string_field(c.a, "phase");
    const Exercise& e = exercise_of_kind(c.s, id, ExerciseKind::Writing);
    bool known = std::any_of(e.phases.begin(), e.phases.end(), [&](const Phase& p) { return p.id == phase; });
    if (!known) reject(N_("Exercise \"{}\" has no phase \"{}\"."), id, phase);
    c.s.exercises[id].phase = phase;
}

void writing_share(Context& c) {
    std::string id = string_field(c.a, "exercise");
    exercise_of_kind(c.s, id, ExerciseKind::Writing);
    std::int64_t index = int_field(c.a, "index");
    if (index < 0) reject(N_("The field \"{}\" must be a whole number."), "index");
    c.s.exercises[id].share_index = static_cast<int>(index);
}

void writing_shared(Context& c) {
    std::string id = string_field(c.a, "exercise");
    exercise_of_kind(c.s, id, ExerciseKind::Writing);
    std::string text = text_field(c.a, "text", TextKind::Document);
    ExerciseState& st = c.s.exercises[id];
    c.undo_by("writing.shared", {{"exercise", id}, {"text", st.shared_text}});
    st.shared_text = std::move(text);
}

// --- forms (Worksheets 2, 4–5, SMART) -----------------------------------------------------

FormRecord& form_ref(Session& s, const std::string& id) {
    auto it = find_by_id(s.forms, id);
    if (it == s.forms.end()) reject(N_("There is no such form (deleted?)."));
    return *it;
}

void form_add(Context& c) {
    FormRecord f;
    f.id = string_field(c.a, "id");
    require_new_id(c.s.find_form(f.id) != nullptr, f.id);
    f.exercise = string_field(c.a, "exercise");
    const Exercise& e = exercise_of_kind(c.s, f.exercise, ExerciseKind::Form);
    bool has_one = std::any_of(c.s.forms.begin(), c.s.forms.end(),
                               [&](const FormRecord& r) { return r.exercise == f.exercise; });
    if (has_one && !e.repeatable) reject(N_("This form is filled in once per session."));
    // Each value is checked as form.set checks one, against the widest form kind (a form box):
    // clean_action() cuts new input to the kind of its own field, and every value a stored log
    // holds was cut to a form box, so old logs replay unchanged.
    if (auto v = c.a.find("values"); v != c.a.end() && v->is_object())
        for (const auto& [key, value] : v->items())
            if (value.is_string()) f.values[key] = text_field(*v, key.c_str(), TextKind::Paragraph);
    c.undo_by("form.delete", {{"id", f.id}});
    c.s.forms.push_back(std::move(f));
}

/// Checks a value against its field: choices must exist, dates must look like YYYY-MM-DD.
void check_field_value(const Field& field, const std::string& value) {
    auto choice_known = [&](const std::string& id) {
        return std::any_of(field.choices.begin(), field.choices.end(), [&](const Choice& ch) { return ch.id == id; });
    };
    switch (field.kind) {
        case FieldKind::Choice:
        case FieldKind::Scale:
            if (!value.empty() && !choice_known(value)) reject(N_("\"{}\" is not one of the choices."), value);
            break;
        case FieldKind::MultiChoice: {
            std::size_t start = 0;
            while (start < value.size()) {
                std::size_t comma = value.find(',', start);
                std::string id = value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
                if (!choice_known(id)) reject(N_("\"{}\" is not one of the choices."), id);
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
            break;
        }
        case FieldKind::Date:
            if (!value.empty() && (value.size() != 10 || value[4] != '-' || value[7] != '-'))
                reject(N_("A date is written as YYYY-MM-DD."));
            break;
        case FieldKind::Text:
        case FieldKind::LongText:
            break;
    }
}

void form_set(Context& c) {
    FormRecord& f = form_ref(c.s, string_field(c.a, "id"));
    std::string field_id = string_field(c.a, "field");
    const Field* field = c.s.plan.find(f.exercise)->find_field(field_id);
    if (!field) reject(N_("The form has no field \"{}\"."), field_id);
    TextKind kind = field->kind == FieldKind::LongText ? TextKind::Paragraph : TextKind::Line;
    std::string value = text_field(c.a, "value", kind);
    check_field_value(*field, value);
    auto old = f.values.find(field_id);
    c.undo_by("form.set", {{"id", f.id}, {"field", field_id}, {"value", old == f.values.end() ? "" : old->second}});
    if (value.empty()) f.values.erase(field_id); else f.values[field_id] = std::move(value);
}

void form_delete(Context& c) {
    std::string id = string_field(c.a, "id");
    auto it = find_by_id(c.s.forms, id);
    if (it == c.s.forms.end()) reject(N_("There is no such form (deleted?)."));
    c.undo_by("form.add", {{"id", it->id}, {"exercise", it->exercise}, {"values", it->values}});
    c.s.forms.erase(it);
}

// --- timer --------------------------------------------------------------------------------

/// Folds the time run since the anchor into remaining_ms, so the record is exact at `at`. A
/// held timer (timer_at(), the time since its anchor not believed) stops there: paused at the
/// time it had left at its anchor.
void settle_timer(TimerRecord& t, const ClockReading& at) {
    const TimerNow now = timer_at(t, at);
    t.remaining_ms = now.remaining_ms;
    if (now.held) t.running = false;
    t.set_anchor(at);
}

void timer_start(Context& c) {
    const Exercise* here = c.s.current_exercise();
    std::int64_t seconds = c.a.contains("seconds") ? int_field(c.a, "seconds") : (here ? here->minutes * 60 : 0);
    if (seconds <= 0 || seconds > 24 * 3600) reject(N_("A timebox lasts from 1 second to 24 hours."));
    TimerRecord t;
    t.exercise = here ? here->id : std::string();
    t.duration_ms = t.remaining_ms = seconds * 1000;
    t.set_anchor(c.now);
    t.running = t.started = true;
    c.s.timer = t;
    c.s.end_lock_lifted = false;  // a new run: its end locks again (Session::input_locked())
}

void timer_pause(Context& c) {
    if (!c.s.timer.running) return;
    settle_timer(c.s.timer, c.now);
    c.s.timer.running = false;
}

void timer_resume(Context& c) {
    TimerRecord& t = c.s.timer;
    // Running already, it is anchored again when it is held (it shows paused, core/timer.h:
    // resuming starts it again from the time it had left at its anchor) or when its anchor is of
    // another run (needs_new_anchor(): a reopened kiosk takes it over into its own run).
    if (!t.started) return;
    if (t.running && !timer_at(t, c.now).held && !needs_new_anchor(t, c.now)) return;
    settle_timer(t, c.now);
    t.running = true;
}

void timer_reset(Context& c) {
    TimerRecord& t = c.s.timer;
    t.remaining_ms = t.duration_ms;
    t.set_anchor(c.now);
    t.running = false;
    c.s.end_lock_lifted = false;  // the full time again: a new run, whose end locks again
}

void timer_adjust(Context& c) {
    std::int64_t seconds = int_field(c.a, "seconds");
    if (seconds < -3600 || seconds > 3600) reject(N_("Adjust the timer by at most an hour at a time."));
    TimerRecord& t = c.s.timer;
    if (!t.started) reject(N_("Start the timer first."));
    settle_timer(t, c.now);
    t.remaining_ms += seconds * 1000;
    t.duration_ms = std::max<std::int64_t>(0, t.duration_ms + seconds * 1000);
}

void timer_lock_at_end(Context& c) {
    std::string id = string_field(c.a, "exercise");
    if (!c.s.plan.find(id)) reject(N_("The plan has no exercise \"{}\"."), id);
    bool on = bool_field(c.a, "on");
    c.s.exercises[id].lock_at_end = on;
}

// --- the table lock ---------------------------------------------------------------------------

void table_lock(Context& c) { c.s.table_locked = true; }

void table_unlock(Context& c) {
    c.s.table_locked = false;
    // After the end the unlock also lifts the lock at time's end, for the rest of this run; before
    // the end it leaves it armed (Session::input_locked()).
    if (c.s.timer.started && remaining_at(c.s.timer, c.now) <= 0) c.s.end_lock_lifted = true;
}

// --- dispatch -----------------------------------------------------------------------------

/// The reducer's handler of each action type; which types exist, and whether they go on the
/// undo stack, is the catalogue's to say (core/action_catalogue.h). session.create, undo and
/// redo are not here: apply() runs them itself (kOwnFlow).
using Handler = void (*)(Context&);

const std::unordered_map<std::string, Handler>& handlers() {
    static const std::unordered_map<std::string, Handler> table = {
        {"session.update", session_update},     {"session.close", session_close},
        {"session.reopen", session_reopen},     {"agenda.goto", agenda_goto},
        {"checklist.answer", checklist_answer}, {"checklist.remark", checklist_remark},
        {"note.add", note_add},                 {"note.edit", note_edit},
        {"note.colour", note_colour},           {"note.author", note_author},
        {"note.move", note_move},               {"note.delete", note_delete},
        {"note.restore", note_restore},         {"group.create", group_create},
        {"group.rename", group_rename},         {"group.dissolve", group_dissolve},
        {"vote.add", vote_add},                 {"vote.remove", vote_remove},
        {"board.budget", board_budget},         {"board.private", board_private},
        {"board.reveal", board_reveal},         {"board.anonymous", board_anonymous},
        {"vision.add", vision_add},             {"vision.edit", vision_edit},
        {"vision.author", vision_author},       {"vision.delete", vision_delete},
        {"writing.phase", writing_phase},       {"writing.share", writing_share},
        {"writing.shared", writing_shared},     {"form.add", form_add},
        {"form.set", form_set},                 {"form.delete", form_delete},
        {"timer.start", timer_start},           {"timer.pause", timer_pause},
        {"timer.resume", timer_resume},         {"timer.reset", timer_reset},
        {"timer.adjust", timer_adjust},         {"table.lock", table_lock},
        {"table.unlock", table_unlock},         {"board.totals", board_totals},
        {"timer.lock_at_end", timer_lock_at_end}, {"note.approve", note_approve},
        {"note.hide", note_hide},               {"note.unhide", note_unhide},
        {"phones.approval", phones_approval},
    };
    return table;
}

/// The types apply() runs itself rather than through handlers().
constexpr const char* kOwnFlow[] = {"session.create", "undo", "redo"};

void session_create(Session& s, const Json& a, const ClockReading& now) {
    const std::int64_t at = now.wall_ms;
    if (!s.id.empty()) reject(N_("This session already exists."));
    std::string id = string_field(a, "session");
    if (id.empty()) reject(N_("A new item needs an id."));
    auto plan = a.find("plan");
    if (plan == a.end() || !plan->is_object()) reject(N_("A new session needs a plan."));
    Session fresh;
    try {
        fresh.plan = plan_from_json(*plan);
    } catch (const std::exception&) {
        reject(N_("The plan in this session is damaged."));
    }
    if (fresh.plan.agenda.empty()) reject(N_("The plan has no exercises."));
    fresh.id = id;
    fresh.title = text_field(a, "title", TextKind::Line);
    fresh.date = text_field(a, "date", TextKind::Line, false);
    fresh.place = text_field(a, "place", TextKind::Line, false);
    fresh.facilitator = text_field(a, "facilitator", TextKind::Line, false);
    fresh.follows = optional_string(a, "follows");
    if (fresh.follows == id) reject(N_("A session cannot follow itself."));
    fresh.created_ms = at;
    fresh.set_entered(now);
    s = std::move(fresh);
}

/// Runs one step's actions in order on a copy, so a failing inverse leaves nothing half-done.
ApplyResult replay_step(Session& s, const std::vector<Json>& actions, const ClockReading& at);

ApplyResult apply_one(Session& s, const Json& a, const ClockReading& at, std::vector<Json>* backward) {
    std::string type = a.value("type", std::string());
    const auto& table = handlers();
    auto it = find_action_spec(type) ? table.find(type) : table.end();
    if (it == table.end()) return {false, fmt::format(fmt::runtime(tr("Unknown action \"{}\".")), type)};
    Context c{s, a, at.wall_ms, at, backward};
    try {
        it->second(c);
    } catch (const Rejected& r) {
        return {false, r.message};
    } catch (const Json::exception&) {
        return {false, tr("The action has a field of the wrong type.")};
    }
    return {};
}

ApplyResult replay_step(Session& s, const std::vector<Json>& actions, const ClockReading& at) {
    Session copy = s;
    for (const auto& a : actions)
        if (auto r = apply_one(copy, a, at, nullptr); !r) return r;
    s = std::move(copy);
    return {};
}

/// Owners of the items an undoable action names, for its undo scope (scope_of).
std::string note_exercise(const Session& s, const std::string& id) {
    const Note* n = s.find_note(id);
    return n ? n->exercise : std::string();
}
std::string group_exercise(const Session& s, const std::string& id) {
    const NoteGroup* g = s.find_group(id);
    return g ? g->exercise : std::string();
}
std::string vision_exercise(const Session& s, const std::string& id) {
    const Vision* v = s.find_vision(id);
    return v ? v->exercise : std::string();
}
std::string form_exercise(const Session& s, const std::string& id) {
    const FormRecord* f = s.find_form(id);
    return f ? f->exercise : std::string();
}

/// Where an action without an "exercise" field finds its exercise: the item named by `key`.
struct ScopeRule {
    const char* type_prefix;
    const char* key;
    std::string (*owner)(const Session&, const std::string&);
};
constexpr ScopeRule kScopeRules[] = {
    {"vote.", "note", note_exercise},  {"note.", "id", note_exercise},   {"group.", "id", group_exercise},
    {"vision.", "id", vision_exercise}, {"form.", "id", form_exercise},
};

/// The exercise an undoable action changes, read in the session as it is before the action:
/// its "exercise" field, the exercise of a restored note, or that of the item it names.
std::string scope_of(const Session& s, const Json& a) {
    if (auto e = a.find("exercise"); e != a.end() && e->is_string()) return e->get<std::string>();
    if (auto n = a.find("note"); n != a.end() && n->is_object()) return n->value("exercise", std::string());
    const std::string type = a.value("type", std::string());
    for (const ScopeRule& rule : kScopeRules) {
        if (type.rfind(rule.type_prefix, 0) != 0) continue;
        auto id = a.find(rule.key);
        return id != a.end() && id->is_string() ? rule.owner(s, id->get<std::string>()) : std::string();
    }
    return {};
}

/// The most recent step of `steps` in `scope` ("" = any), or steps.end().
std::vector<UndoStep>::iterator last_in_scope(std::vector<UndoStep>& steps, const std::string& scope) {
    for (auto it = steps.end(); it != steps.begin();) {
        --it;
        if (scope.empty() || it->exercise == scope) return it;
    }
    return steps.end();
}

/// The optional "exercise" of an undo or redo: which exercise's history it walks.
std::string undo_scope(const Json& a) {
    auto it = a.find("exercise");
    if (it == a.end() || it->is_null()) return {};
    if (!it->is_string()) reject(N_("The field \"{}\" must be text."), "exercise");
    return it->get<std::string>();
}

ApplyResult undo(Session& s, const ClockReading& at, const std::string& scope) {
    auto found = last_in_scope(s.undo, scope);
    if (found == s.undo.end())
        return {false, scope.empty() ? tr("There is nothing to undo.") : tr("There is nothing to undo in this exercise.")};
    UndoStep step = *found;
    const auto index = found - s.undo.begin();
    std::vector<Json> backward(step.backward.rbegin(), step.backward.rend());
    auto saved_undo = std::move(s.undo), saved_redo = std::move(s.redo);
    auto r = replay_step(s, backward, at);
    s.undo = std::move(saved_undo);
    s.redo = std::move(saved_redo);
    if (!r) return r;
    s.undo.erase(s.undo.begin() + index);
    s.redo.push_back(std::move(step));
    return {};
}

ApplyResult redo(Session& s, const ClockReading& at, const std::string& scope) {
    auto found = last_in_scope(s.redo, scope);
    if (found == s.redo.end())
        return {false, scope.empty() ? tr("There is nothing to redo.") : tr("There is nothing to redo in this exercise.")};
    UndoStep step = *found;
    const auto index = found - s.redo.begin();
    std::vector<Json> backward;
    Session copy = s;
    if (auto r = apply_one(copy, step.forward, at, &backward); !r) return r;
    copy.redo.erase(copy.redo.begin() + index);
    copy.undo.push_back({step.forward, std::move(backward), step.exercise});
    s = std::move(copy);
    return {};
}

/// Puts a newly applied step on the undo stack. Redo steps of the same exercise can no longer
/// be redone on top of it and go; those of other exercises stay (each exercise has its own
/// history). Unscoped undo and redo (older logs, `kiosk apply`) behave exactly as before:
/// the steps that survive lie below everything pushed since, so the top is the same.
void record_step(Session& s, const Json& a, std::vector<Json> backward, std::string scope) {
    s.redo.erase(std::remove_if(s.redo.begin(), s.redo.end(),
                                [&](const UndoStep& r) { return r.exercise == scope; }),
                 s.redo.end());
    s.undo.push_back({a, std::move(backward), std::move(scope)});
    if (s.undo.size() > kUndoDepth) s.undo.erase(s.undo.begin());
}

}  // namespace

bool is_undoable(const std::string& type) {
    const ActionSpec* spec = find_action_spec(type);
    return spec && spec->undoable;
}

std::vector<std::string> handled_action_types() {
    std::vector<std::string> types(std::begin(kOwnFlow), std::end(kOwnFlow));
    for (const auto& entry : handlers()) types.push_back(entry.first);
    std::sort(types.begin(), types.end());
    return types;
}

bool can_undo(const Session& session, const std::string& exercise) {
    return std::any_of(session.undo.begin(), session.undo.end(),
                       [&](const UndoStep& step) { return exercise.empty() || step.exercise == exercise; });
}

bool can_redo(const Session& session, const std::string& exercise) {
    return std::any_of(session.redo.begin(), session.redo.end(),
                       [&](const UndoStep& step) { return exercise.empty() || step.exercise == exercise; });
}

ApplyResult apply(Session& session, const Action& action) {
    const Json& a = action.data;
    if (!a.is_object()) return {false, tr("An action must be a JSON object.")};
    std::string type = a.value("type", std::string());
    const ClockReading now = action.reading();
    const std::int64_t at = now.wall_ms;
    if (type == "session.create") {
        try {
            session_create(session, a, now);
        } catch (const Rejected& r) {
            return {false, r.message};
        }
        session.updated_ms = at;
        return {};
    }
    if (session.id.empty()) return {false, tr("Create the session first.")};
    if (action.session() != session.id)
        return {false, fmt::format(fmt::runtime(tr("The action is for session \"{}\".")), action.session())};

    ApplyResult result;
    if (type == "undo" || type == "redo") {
        std::string scope;
        try {
            scope = undo_scope(a);
        } catch (const Rejected& r) {
            return {false, r.message};
        }
        result = type == "undo" ? undo(session, now, scope) : redo(session, now, scope);
    } else {
        std::vector<Json> backward;
        bool undoable = is_undoable(type);
        std::string scope = undoable ? scope_of(session, a) : std::string();
        result = apply_one(session, a, now, undoable ? &backward : nullptr);
        if (result && undoable) record_step(session, a, std::move(backward), std::move(scope));
    }
    if (result) {
        session.updated_ms = std::max(session.updated_ms, at);
        // A phone's action applies once (kiosk/net/PROTOCOL.md): its request id is remembered, so
        // a retry is refused as a duplicate (ActionSink), also after the log is replayed.
        if (std::string key = request_key(a); !key.empty()) session.requests.insert(std::move(key));
    }
    return result;
}

}  // namespace kiosk
