#include "core/actions.h"

namespace kiosk::actions {
namespace {

/// Adds `key` only when the optional is set.
template <class T>
void put_optional(Json& j, const char* key, const std::optional<T>& value) {
    if (value) j[key] = *value;
}

/// Adds `key` only when the text is not empty (as the screens wrote optional names).
void put_nonempty(Json& j, const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
}

}  // namespace

Json SessionCreate::fields() const {
    Json j = {{"title", title}, {"date", date}, {"place", place}, {"facilitator", facilitator}, {"plan", plan}};
    if (!follows.empty()) j["follows"] = follows;
    return j;
}
Json SessionUpdate::fields() const {
    Json j = Json::object();
    put_optional(j, "title", title);
    put_optional(j, "date", date);
    put_optional(j, "place", place);
    put_optional(j, "facilitator", facilitator);
    return j;
}
Json AgendaGoto::fields() const { return {{"exercise", exercise}}; }

Json ChecklistAnswer::fields() const { return {{"exercise", exercise}, {"question", question}, {"answer", answer}}; }
Json ChecklistRemark::fields() const { return {{"exercise", exercise}, {"question", question}, {"remark", remark}}; }

Json NoteAdd::fields() const {
    Json j = {{"id", id}, {"exercise", exercise}, {"column", column}, {"text", text}};
    put_optional(j, "colour", colour);
    put_nonempty(j, "author", author);
    put_nonempty(j, "seat", seat);
    return j;
}
Json NoteEdit::fields() const { return {{"id", id}, {"text", text}}; }
Json NoteColour::fields() const { return {{"id", id}, {"colour", colour}}; }
Json NoteAuthor::fields() const { return {{"id", id}, {"author", author}}; }
Json NoteMove::fields() const {
    Json f = {{"id", id}, {"column", column}, {"before", before}};
    if (!group.empty()) f["group"] = group;
    return f;
}
Json NoteDelete::fields() const { return {{"id", id}}; }
Json GroupCreate::fields() const {
    return {{"id", id}, {"exercise", exercise}, {"column", column}, {"name", name}, {"notes", notes}};
}
Json GroupRename::fields() const { return {{"id", id}, {"name", name}}; }
Json GroupDissolve::fields() const { return {{"id", id}}; }
Json VoteAdd::fields() const { return {{"note", note}, {"voter", voter}}; }
Json VoteRemove::fields() const { return {{"note", note}, {"voter", voter}}; }

Json BoardBudget::fields() const { return {{"exercise", exercise}, {"votes", votes}}; }
Json BoardPrivate::fields() const { return {{"exercise", exercise}, {"on", on}}; }
Json BoardReveal::fields() const { return {{"exercise", exercise}}; }
Json NoteApprove::fields() const { return {{"id", id}}; }
Json NoteHide::fields() const { return {{"id", id}}; }
Json NoteUnhide::fields() const { return {{"id", id}}; }
Json PhonesApproval::fields() const { return {{"on", on}}; }
Json BoardAnonymous::fields() const { return {{"exercise", exercise}, {"on", on}}; }
Json BoardTotals::fields() const { return {{"exercise", exercise}, {"shown", shown}}; }

Json VisionAdd::fields() const {
    Json j = {{"id", id}, {"exercise", exercise}, {"author", author}};
    put_optional(j, "text", text);
    if (!seat.empty()) j["seat"] = seat;
    return j;
}
Json VisionEdit::fields() const { return {{"id", id}, {"text", text}}; }
Json VisionAuthor::fields() const { return {{"id", id}, {"author", author}}; }
Json VisionDelete::fields() const { return {{"id", id}}; }
Json WritingPhase::fields() const { return {{"exercise", exercise}, {"phase", phase}}; }
Json WritingShare::fields() const { return {{"exercise", exercise}, {"index", index}}; }
Json WritingShared::fields() const { return {{"exercise", exercise}, {"text", text}}; }

Json FormAdd::fields() const { return {{"id", id}, {"exercise", exercise}}; }
Json FormSet::fields() const { return {{"id", id}, {"field", field}, {"value", value}}; }
Json FormDelete::fields() const { return {{"id", id}}; }

Json TimerStart::fields() const {
    Json j = Json::object();
    put_optional(j, "seconds", seconds);
    return j;
}
Json TimerAdjust::fields() const { return {{"seconds", seconds}}; }
Json TimerLockAtEnd::fields() const { return {{"exercise", exercise}, {"on", on}}; }

Json Undo::fields() const {
    Json j = Json::object();
    put_nonempty(j, "exercise", exercise);
    return j;
}
Json Redo::fields() const {
    Json j = Json::object();
    put_nonempty(j, "exercise", exercise);
    return j;
}

}  // namespace kiosk::actions
