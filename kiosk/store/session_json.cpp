#include "store/session_json.h"

#include "core/plan_json.h"

namespace kiosk {
namespace {

Json step_json(const UndoStep& step) { return {{"forward", step.forward}, {"backward", step.backward}}; }

Json exercise_state_json(const ExerciseState& e) {
    Json answers = Json::object();
    for (const auto& [question, a] : e.answers) answers[question] = {{"answer", to_string(a.answer)}, {"remark", a.remark}};
    Json j = {{"active_ms", e.active_ms},         {"answers", answers},
              {"phase", e.phase},                 {"share_index", e.share_index},
              {"shared_text", e.shared_text},     {"votes_per_person", e.votes_per_person},
              {"private_writing", e.private_writing}, {"anonymous", e.anonymous}};
    // Only once the facilitator switched it (timer.lock_at_end): until then the plan key decides,
    // and dumps of sessions without it stay as they were (tests/fixtures/main-db/expected.json).
    if (e.lock_at_end) j["lock_at_end"] = *e.lock_at_end;
    return j;
}

}  // namespace

Json session_to_json(const Session& s) {
    Json j;
    j["id"] = s.id;
    j["title"] = s.title;
    j["date"] = s.date;
    j["place"] = s.place;
    j["facilitator"] = s.facilitator;
    j["status"] = s.status == SessionStatus::Closed ? "closed" : "open";
    j["phone_approval"] = s.phone_approval;
    j["created_ms"] = s.created_ms;
    j["updated_ms"] = s.updated_ms;
    j["plan"] = plan_to_json(s.plan);
    const Exercise* here = s.current_exercise();
    j["current"] = {{"index", s.current}, {"exercise", here ? here->id : std::string()}, {"entered_ms", s.entered_ms}};
    j["exercises"] = Json::object();
    for (const auto& [id, state] : s.exercises) j["exercises"][id] = exercise_state_json(state);
    j["notes"] = Json::array();
    for (const Note& n : s.notes)
        j["notes"].push_back({{"id", n.id}, {"exercise", n.exercise}, {"column", n.column}, {"text", n.text},
                              {"colour", n.colour}, {"author", n.author}, {"seat", n.seat}, {"group", n.group},
                              {"hidden", n.hidden}, {"moderation", to_string(n.moderation)},
                              {"created_ms", n.created_ms}, {"votes", s.votes_on(n.id)}});
    j["groups"] = Json::array();
    for (const NoteGroup& g : s.groups)
        j["groups"].push_back({{"id", g.id}, {"exercise", g.exercise}, {"column", g.column}, {"name", g.name}});
    j["votes"] = s.votes;
    j["visions"] = Json::array();
    for (const Vision& v : s.visions)
        j["visions"].push_back(
            {{"id", v.id}, {"exercise", v.exercise}, {"author", v.author}, {"text", v.text}, {"seat", v.seat}});
    j["forms"] = Json::array();
    for (const FormRecord& f : s.forms) j["forms"].push_back({{"id", f.id}, {"exercise", f.exercise}, {"values", f.values}});
    const TimerRecord& t = s.timer;
    j["timer"] = {{"exercise", t.exercise}, {"duration_ms", t.duration_ms}, {"remaining_ms", t.remaining_ms},
                  {"anchor_ms", t.anchor_ms}, {"running", t.running}, {"started", t.started}};
    if (!t.anchor_run.empty()) {  // only for anchors with both readings (core/timer.h); older dumps unchanged
        j["timer"]["anchor_mono_ms"] = t.anchor_mono_ms;
        j["timer"]["anchor_run"] = t.anchor_run;
    }
    j["undo"] = Json::array();
    for (const auto& step : s.undo) j["undo"].push_back(step_json(step));
    j["redo"] = Json::array();
    for (const auto& step : s.redo) j["redo"].push_back(step_json(step));
    return j;
}

}  // namespace kiosk
