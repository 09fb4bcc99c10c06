// Typed actions: what screens, the app and (later) phones submit instead of hand-built JSON.
// Each struct is one action type of the catalogue (core/action_catalogue.h): kType is its
// "type", fields() the JSON fields it adds next to "type", "session" and "at". The stored
// format is exactly what the screens wrote by hand before these existed, so old logs replay
// unchanged: an optional field is left out when empty, as the screens did. A test validates
// every struct's fields() against its catalogue entry (tests/core/action_catalogue_test.cpp).
//
// Submit one with ActionSink::submit(const A&) (core/action_sink.h), e.g.
//   sink.submit(actions::NoteEdit{note_id, text});
#pragma once

#include "core/action.h"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::actions {

// --- session and agenda -------------------------------------------------------------------

/// The first action of a session; build it with make_action(kType, new_id('s'), now, fields()).
struct SessionCreate {
    static constexpr const char* kType = "session.create";
    std::string title, date, place, facilitator;
    Json plan;  ///< the plan snapshot (plan_to_json)
    std::string follows;  ///< the earlier session this one follows up (core/followup.h); "" = left out
    Json fields() const;
};
/// Changes only the fields that are set.
struct SessionUpdate {
    static constexpr const char* kType = "session.update";
    std::optional<std::string> title, date, place, facilitator;
    Json fields() const;
};
struct SessionClose {
    static constexpr const char* kType = "session.close";
    Json fields() const { return Json::object(); }
};
struct SessionReopen {
    static constexpr const char* kType = "session.reopen";
    Json fields() const { return Json::object(); }
};
struct AgendaGoto {
    static constexpr const char* kType = "agenda.goto";
    std::string exercise;
    Json fields() const;
};

// --- readiness check ----------------------------------------------------------------------

struct ChecklistAnswer {
    static constexpr const char* kType = "checklist.answer";
    std::string exercise, question;
    std::string answer;  ///< "yes", "not_yet", "no" or "none"
    Json fields() const;
};
struct ChecklistRemark {
    static constexpr const char* kType = "checklist.remark";
    std::string exercise, question, remark;
    Json fields() const;
};

// --- notes, stacks and dots ---------------------------------------------------------------

struct NoteAdd {
    static constexpr const char* kType = "note.add";
    std::string id;  ///< new_id('n')
    std::string exercise, column, text;
    std::optional<int> colour;  ///< palette index; left out: the board's default
    std::string author;         ///< "" = left out
    std::string seat;           ///< stable seat id ("seat-3"); "" = left out
    Json fields() const;
};
struct NoteEdit {
    static constexpr const char* kType = "note.edit";
    std::string id, text;
    Json fields() const;
};
struct NoteColour {
    static constexpr const char* kType = "note.colour";
    std::string id;
    int colour = 0;
    Json fields() const;
};
struct NoteAuthor {
    static constexpr const char* kType = "note.author";
    std::string id, author;
    Json fields() const;
};
struct NoteMove {
    static constexpr const char* kType = "note.move";
    std::string id, column;
    std::string before;  ///< the note it goes in front of; "" = the end of the column
    std::string group;   ///< a stack of `column` to put it in; "" = left out
    Json fields() const;
};
struct NoteDelete {
    static constexpr const char* kType = "note.delete";
    std::string id;
    Json fields() const;
};
struct GroupCreate {
    static constexpr const char* kType = "group.create";
    std::string id;  ///< new_id('g')
    std::string exercise, column, name;
    std::vector<std::string> notes;
    Json fields() const;
};
struct GroupRename {
    static constexpr const char* kType = "group.rename";
    std::string id, name;
    Json fields() const;
};
struct GroupDissolve {
    static constexpr const char* kType = "group.dissolve";
    std::string id;
    Json fields() const;
};
struct VoteAdd {
    static constexpr const char* kType = "vote.add";
    std::string note, voter;
    Json fields() const;
};
struct VoteRemove {
    static constexpr const char* kType = "vote.remove";
    std::string note, voter;
    Json fields() const;
};

// --- board settings (facilitator) ---------------------------------------------------------

struct BoardBudget {
    static constexpr const char* kType = "board.budget";
    std::string exercise;
    int votes = 1;  ///< dots per voter, ≥ 1
    Json fields() const;
};
struct BoardPrivate {
    static constexpr const char* kType = "board.private";
    std::string exercise;
    bool on = false;
    Json fields() const;
};
struct BoardReveal {
    static constexpr const char* kType = "board.reveal";
    std::string exercise;
    Json fields() const;
};
/// Moderation (issue 12), the facilitator's: shows a note waiting for approval.
struct NoteApprove {
    static constexpr const char* kType = "note.approve";
    std::string id;
    Json fields() const;
};
/// Keeps a note but no longer shows it to the room (exported as hidden).
struct NoteHide {
    static constexpr const char* kType = "note.hide";
    std::string id;
    Json fields() const;
};
/// Shows a hidden note to the room again.
struct NoteUnhide {
    static constexpr const char* kType = "note.unhide";
    std::string id;
    Json fields() const;
};
/// Whether phones' new notes wait for approval (Session::phone_approval).
struct PhonesApproval {
    static constexpr const char* kType = "phones.approval";
    bool on = false;
    Json fields() const;
};
struct BoardAnonymous {
    static constexpr const char* kType = "board.anonymous";
    std::string exercise;
    bool on = false;
    Json fields() const;
};

/// Vote totals on shared screens (the projector): shown only while `shown` (issue 11).
struct BoardTotals {
    static constexpr const char* kType = "board.totals";
    std::string exercise;
    bool shown = false;
    Json fields() const;
};

// --- vision writing -----------------------------------------------------------------------

struct VisionAdd {
    static constexpr const char* kType = "vision.add";
    std::string id;  ///< new_id('v')
    std::string exercise;
    std::string author;               ///< always written, may be ""
    std::optional<std::string> text;  ///< left out: an empty text
    std::string seat;                 ///< the seat or phone that wrote it ("p-…"); "" = left out
    Json fields() const;
};
struct VisionEdit {
    static constexpr const char* kType = "vision.edit";
    std::string id, text;
    Json fields() const;
};
struct VisionAuthor {
    static constexpr const char* kType = "vision.author";
    std::string id, author;
    Json fields() const;
};
struct VisionDelete {
    static constexpr const char* kType = "vision.delete";
    std::string id;
    Json fields() const;
};
struct WritingPhase {
    static constexpr const char* kType = "writing.phase";
    std::string exercise, phase;
    Json fields() const;
};
struct WritingShare {
    static constexpr const char* kType = "writing.share";
    std::string exercise;
    int index = 0;  ///< which vision is shown large (0-based)
    Json fields() const;
};
struct WritingShared {
    static constexpr const char* kType = "writing.shared";
    std::string exercise, text;
    Json fields() const;
};

// --- forms --------------------------------------------------------------------------------

struct FormAdd {
    static constexpr const char* kType = "form.add";
    std::string id;  ///< new_id('f')
    std::string exercise;
    Json fields() const;
};
struct FormSet {
    static constexpr const char* kType = "form.set";
    std::string id, field, value;
    Json fields() const;
};
struct FormDelete {
    static constexpr const char* kType = "form.delete";
    std::string id;
    Json fields() const;
};

// --- the timebox --------------------------------------------------------------------------

struct TimerStart {
    static constexpr const char* kType = "timer.start";
    std::optional<int> seconds;  ///< > 0; left out: the current exercise's planned minutes
    Json fields() const;
};
struct TimerPause {
    static constexpr const char* kType = "timer.pause";
    Json fields() const { return Json::object(); }
};
struct TimerResume {
    static constexpr const char* kType = "timer.resume";
    Json fields() const { return Json::object(); }
};
struct TimerReset {
    static constexpr const char* kType = "timer.reset";
    Json fields() const { return Json::object(); }
};
struct TimerAdjust {
    static constexpr const char* kType = "timer.adjust";
    int seconds = 0;  ///< e.g. 60 or -60
    Json fields() const;
};

/// The facilitator's "Lock when time is up" for `exercise`: wins over the plan key
/// Exercise::lock_at_end (Session::locks_at_end()).
struct TimerLockAtEnd {
    static constexpr const char* kType = "timer.lock_at_end";
    std::string exercise;
    bool on = false;
    Json fields() const;
};

// --- the table lock (facilitator) --------------------------------------------------------

/// Participants' input off while the facilitator speaks (Session::input_locked()).
struct TableLock {
    static constexpr const char* kType = "table.lock";
    Json fields() const { return Json::object(); }
};
/// Ends table.lock; after a lock_at_end countdown ran out, lifts that lock for this timer run.
struct TableUnlock {
    static constexpr const char* kType = "table.unlock";
    Json fields() const { return Json::object(); }
};

// --- undo ---------------------------------------------------------------------------------

/// Takes back the most recent step of `exercise` ("" = of the whole session, as old logs do).
struct Undo {
    static constexpr const char* kType = "undo";
    std::string exercise;
    Json fields() const;
};
struct Redo {
    static constexpr const char* kType = "redo";
    std::string exercise;
    Json fields() const;
};

}  // namespace kiosk::actions
