#include "core/phone_view.h"

#include "core/privacy.h"
#include "core/timer.h"

#include <algorithm>

namespace kiosk {
namespace {

/// The exercise phones take part in now: the open session's current board, writing or
/// checklist exercise; nullptr otherwise (PROTOCOL.md: the page shows "look at the screen").
const Exercise* phone_exercise(const Session& s) {
    if (s.status != SessionStatus::Open) return nullptr;
    const Exercise* e = s.current_exercise();
    if (!e) return nullptr;
    const bool joins = e->kind == ExerciseKind::Board || e->kind == ExerciseKind::Writing ||
                       e->kind == ExerciseKind::Checklist;
    return joins ? e : nullptr;
}

/// ROOM's "timer": the countdown of the current exercise as of `now`, by the table's one rule for
/// time (core/timer.h, timer_at: the monotonic clock within a run, the bounded wall clock across
/// runs; a held countdown shows paused); "idle" with the planned time until it is started for
/// this exercise (or after a reset to its full time).
Json timer_json(const Session& s, const ClockReading& now) {
    const Exercise* here = s.current_exercise();
    const TimerRecord& t = s.timer;
    if (!here || !t.started || t.exercise != here->id) {
        // As the table's countdown shows it: a writing phase's own minutes (10 of the vision's 50).
        const std::int64_t planned = here ? std::int64_t(planned_seconds(s, *here)) * 1000 : 0;
        return {{"state", "idle"}, {"remaining_ms", planned}, {"duration_ms", planned}};
    }
    const TimerNow at = timer_at(t, now);
    const std::int64_t remaining = std::max<std::int64_t>(0, at.remaining_ms);
    const char* state = t.running && !at.held ? "running" : t.remaining_ms == t.duration_ms && !t.running ? "idle" : "paused";
    return {{"state", state}, {"remaining_ms", remaining}, {"duration_ms", t.duration_ms}};
}

Json board_json(const Session& s, const Exercise& board) {
    const ExerciseState& st = s.state_of(board.id);
    Json columns = Json::array();
    for (const Column& c : board.columns) {
        Json notes = Json::array();
        for (const Note* n : room_notes(s, board.id, c.id))
            notes.push_back({{"id", n->id}, {"text", n->text}, {"author", room_author(s, *n)},
                             {"dots", room_vote_total(s, *n)}});
        columns.push_back({{"id", c.id}, {"title", c.title}, {"notes", std::move(notes)}});
    }
    return {{"columns", std::move(columns)},  {"budget", s.vote_budget(board.id)},
            {"private", st.private_writing},  {"anonymous", st.anonymous},
            {"totals_shown", st.totals_shown}, {"withheld", withheld_notes(s, board.id)}};
}

const char* step_name(WritingStep step) {
    switch (step) {
        case WritingStep::Write: return "write";
        case WritingStep::Share: return "share";
        case WritingStep::Compose: return "compose";
    }
    return "write";
}

Json writing_json(const Session& s, const Exercise& writing) {
    const Vision* shared = room_vision(s, writing);
    return {{"step", step_name(writing_step(writing, s.state_of(writing.id)))},
            {"shared", shared ? Json{{"text", shared->text}, {"author", shared->author}} : Json()}};
}

Json checklist_json(const Session& s, const Exercise& checklist) {
    const ExerciseState& st = s.state_of(checklist.id);
    Json questions = Json::array();
    for (const Question& q : checklist.questions) {
        auto a = st.answers.find(q.id);
        questions.push_back({{"id", q.id}, {"text", q.text},
                             {"answer", to_string(a == st.answers.end() ? Answer::None : a->second.answer)}});
    }
    return {{"questions", std::move(questions)}};
}

/// How many phones have handed in a vision for Writing exercise `writing` (Vision::seat).
int handed_in(const Session& s, const Exercise* writing) {
    if (!writing || writing->kind != ExerciseKind::Writing) return 0;
    std::vector<std::string> seats;
    for (const Vision* v : visions_of(s, writing->id))
        if (is_phone_device(v->seat)) seats.push_back(v->seat);
    std::sort(seats.begin(), seats.end());
    return int(std::unique(seats.begin(), seats.end()) - seats.begin());
}

Json room_json(const Session* s, const Exercise* e, const ClockReading& now) {
    const bool open = s && s->status == SessionStatus::Open;
    Json room = {{"session", open ? s->id : std::string()},
                 {"title", open ? s->title : std::string()},
                 {"language", s ? s->plan.language : std::string()},
                 {"exercise", nullptr},
                 {"timer", open ? timer_json(*s, now) : Json{{"state", "idle"}, {"remaining_ms", 0}, {"duration_ms", 0}}},
                 {"locked", open && s->input_locked(now)},
                 {"locks_at_end", open && s->current_exercise() && s->locks_at_end(*s->current_exercise())},
                 {"phones", {{"handed_in", open ? handed_in(*s, e) : 0}}}};
    if (!e) return room;
    room["exercise"] = {{"id", e->id}, {"kind", to_string(e->kind)}, {"title", e->title}, {"question", e->prompt}};
    if (e->kind == ExerciseKind::Board) room["board"] = board_json(*s, *e);
    if (e->kind == ExerciseKind::Writing) room["writing"] = writing_json(*s, *e);
    if (e->kind == ExerciseKind::Checklist) room["checklist"] = checklist_json(*s, *e);
    return room;
}

/// ME of PROTOCOL.md with nothing in it yet: the full dot budget on a board.
Json empty_me(const Session* s, const Exercise* e, const std::string& device) {
    const int budget = s && e && e->kind == ExerciseKind::Board ? s->vote_budget(e->id) : 0;
    return {{"device", device}, {"notes", Json::array()}, {"dots", Json::object()}, {"dots_left", budget},
            {"vision", nullptr}};
}

/// Every phone's device id in `s`: a note's seat, a voter, a vision's seat.
std::vector<std::string> phone_devices(const Session& s) {
    std::vector<std::string> ids;
    for (const Note& n : s.notes) if (is_phone_device(n.seat)) ids.push_back(n.seat);
    for (const auto& [note, voters] : s.votes)
        for (const auto& [voter, dots] : voters) if (is_phone_device(voter)) ids.push_back(voter);
    for (const Vision& v : s.visions) if (is_phone_device(v.seat)) ids.push_back(v.seat);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

/// Fills each device's ME with its own notes and dots on `board` (one pass over the notes).
void add_board_parts(const Session& s, const Exercise& board, std::map<std::string, Json>& devices) {
    for (const Note& n : s.notes) {
        if (n.exercise != board.id) continue;
        if (auto me = devices.find(n.seat); me != devices.end())
            me->second["notes"].push_back({{"id", n.id}, {"column", n.column}, {"text", n.text},
                                           {"private", n.hidden},
                                           {"waiting", n.moderation == Moderation::Waiting},
                                           {"hidden", n.moderation == Moderation::Hidden}});
        auto votes = s.votes.find(n.id);
        if (votes == s.votes.end()) continue;
        for (const auto& [voter, dots] : votes->second) {
            auto me = devices.find(voter);
            if (me == devices.end()) continue;
            me->second["dots"][n.id] = dots;
            me->second["dots_left"] = me->second["dots_left"].get<int>() - dots;
        }
    }
}

/// Marks each device's vision of Writing exercise `writing` as handed in.
void add_vision_parts(const Session& s, const Exercise& writing, std::map<std::string, Json>& devices) {
    for (const Vision* v : visions_of(s, writing.id))
        if (auto me = devices.find(v->seat); me != devices.end())
            me->second["vision"] = {{"id", v->id}, {"handed_in", true}};
}

}  // namespace

PhoneView phone_view(const Session* session, const ClockReading& now) {
    PhoneView view;
    const Exercise* e = session ? phone_exercise(*session) : nullptr;
    const bool open = session && session->status == SessionStatus::Open;
    view.session = open ? session->id : std::string();
    view.exercise = e ? e->id : std::string();
    view.room = room_json(session, e, now);
    view.new_device = empty_me(session, e, "");
    if (!session) return view;
    for (const std::string& id : phone_devices(*session)) view.devices.emplace(id, empty_me(session, e, id));
    if (e && e->kind == ExerciseKind::Board) add_board_parts(*session, *e, view.devices);
    if (e && e->kind == ExerciseKind::Writing) add_vision_parts(*session, *e, view.devices);
    return view;
}

bool is_phone_device(const std::string& id) {
    if (id.size() != 12 || id.compare(0, 2, "p-") != 0) return false;
    return std::all_of(id.begin() + 2, id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace kiosk
