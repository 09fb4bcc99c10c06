// What was on screen, kept in the store so that a kiosk that died (power cut, crash, SIGKILL)
// comes back as the room left it: the session that was open reopens at its exercise, with the
// seat chosen on the board and the note being written in the editor. Small records in the
// store's ui_state table (Store::ui_state), never part of a session's log: they are no actions,
// no other screen replays them, and a session exported or shown later knows nothing of them.
//
// Records (JSON values):
//   "open_session"  {"session": id} while a session is on screen; removed when the facilitator
//                   leaves or finishes it or closes the kiosk, so only an unplanned stop resumes
//   "board"         {"session": id, "seat": n, "exercise": board id, "draft": note draft or null}
//   "phones"        {"session": id, "code": the phones' join code of that session}; kept when the
//                   session is left, so a session resumed later keeps its code too
//
// Best effort by design: a record that cannot be written (disk full, database locked) is tried
// again with the next change; the session's own actions never wait for it.
#pragma once

#include "store/store.h"
#include "ui/session_view.h"

#include <string>

namespace kiosk::app {

class UiStateSync {
public:
    /// How long a failed write of the board record holds back the next try, in seconds.
    static constexpr double kRetryAfterFailureSeconds = 1.0;
    /// Reads and writes the records of `store` (writable, outliving this object).
    explicit UiStateSync(Store& store) : store_(&store) {}

    /// The session that was on screen when the kiosk last stopped without leaving it, or "".
    std::string open_session() const;
    /// Records that session `id` is on screen now.
    void opened(const std::string& id);
    /// Records that the open session was left on purpose: the next start shows the start screen.
    void left();

    /// Stores the seat and the note draft of `view` (session `session_id`) when they changed: a
    /// seat at once, a draft being typed at most once a second (`now_s`, any steady clock in
    /// seconds), and at once when the editor opens or closes. Returns the seconds after which a
    /// change held back wants to be written (call again then), or infinity when none waits.
    /// After a failed write (another program holds the database) nothing is tried for
    /// kRetryAfterFailureSeconds: each try waits out the store's busy timeout on the UI thread,
    /// and a try every frame would stall the frames, and with them the taps, for as long as the
    /// lock lasts (shared/cases K12).
    double save(const std::string& session_id, const ui::SessionView& view, double now_s);
    /// Gives `view` back the seat and the open draft stored for session `session_id`; the draft
    /// only when its board is `exercise_id` (where the session reopens).
    void restore(const std::string& session_id, const std::string& exercise_id, ui::SessionView& view);

    /// The phones' join code kept for session `session_id`, or "" (none, another session's, or
    /// a record that cannot be read).
    std::string join_code(const std::string& session_id) const;
    /// Keeps `code` as the phones' join code of session `session_id` (best effort, as above).
    void keep_join_code(const std::string& session_id, const std::string& code);

private:
    /// Writes `key`; false (logged) when the store refused.
    bool put(const std::string& key, const std::string& value);

    Store* store_;
    std::string saved_board_;   ///< the "board" record as last written
    double saved_at_s_ = -1e9;  ///< when it was written
    double retry_at_s_ = -1e9;  ///< after a failed write: no other try before this
};

}  // namespace kiosk::app
