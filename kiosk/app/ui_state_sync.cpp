#include "app/ui_state_sync.h"

#include "store/store_error.h"

#include <cstdio>
#include <limits>

namespace kiosk::app {
namespace {

constexpr const char* kOpenSession = "open_session";
constexpr const char* kBoard = "board";
constexpr const char* kPhones = "phones";
constexpr double kDraftEverySeconds = 1.0;  // a draft being typed is written at most this often
constexpr double kNothingWaits = std::numeric_limits<double>::infinity();

Json draft_json(const ui::NoteDraft& d) {
    return {{"note", d.note_id}, {"group", d.group_id}, {"column", d.column}, {"text", d.text},
            {"colour", d.colour}, {"author", d.author}, {"seat", d.seat}};
}

ui::NoteDraft draft_from(const Json& j) {
    ui::NoteDraft d;
    d.note_id = j.value("note", std::string());
    d.group_id = j.value("group", std::string());
    d.column = j.value("column", std::string());
    d.text = j.value("text", std::string());
    d.colour = j.value("colour", 0);
    d.author = j.value("author", std::string());
    d.seat = j.value("seat", std::string());
    return d;
}

/// The stored record under `key` as JSON, or null when it is absent, unreadable or damaged.
Json read_record(const Store& store, const char* key) {
    try {
        const auto value = store.ui_state(key);
        if (!value) return nullptr;
        Json j = Json::parse(*value, nullptr, false);
        return j.is_object() ? j : Json(nullptr);
    } catch (const StoreError& e) {
        std::fprintf(stderr, "kiosk: %s\n", e.what());
        return nullptr;
    }
}

}  // namespace

bool UiStateSync::put(const std::string& key, const std::string& value) {
    try {
        store_->set_ui_state(key, value);
        return true;
    } catch (const StoreError& e) {
        std::fprintf(stderr, "kiosk: %s\n", e.what());
        if (key == kBoard) saved_board_.clear();  // written again at the next try
        return false;
    }
}

std::string UiStateSync::open_session() const {
    const Json j = read_record(*store_, kOpenSession);
    return j.is_object() ? j.value("session", std::string()) : std::string();
}

void UiStateSync::opened(const std::string& id) { put(kOpenSession, Json{{"session", id}}.dump()); }

std::string UiStateSync::join_code(const std::string& session_id) const {
    const Json j = read_record(*store_, kPhones);
    if (!j.is_object() || j.value("session", std::string()) != session_id) return {};
    return j.value("code", std::string());
}

void UiStateSync::keep_join_code(const std::string& session_id, const std::string& code) {
    put(kPhones, Json{{"session", session_id}, {"code", code}}.dump());
}

void UiStateSync::left() {
    put(kOpenSession, "");
    put(kBoard, "");
    saved_board_.clear();
}

double UiStateSync::save(const std::string& session_id, const ui::SessionView& view, double now_s) {
    const ui::BoardView& board = view.board();
    const ui::NoteEditor& editor = board.editor();
    const Json record = {{"session", session_id},
                         {"seat", board.seat()},
                         {"exercise", board.board_id()},
                         {"draft", editor.is_open() ? draft_json(editor.draft()) : Json(nullptr)}};
    const std::string value = record.dump();
    if (value == saved_board_) return kNothingWaits;
    if (now_s < retry_at_s_) return retry_at_s_ - now_s;
    // Typing changes the draft with every key: those changes wait up to a second; the seat, and
    // the editor opening or closing, are written at once.
    const Json saved = saved_board_.empty() ? Json(nullptr) : Json::parse(saved_board_, nullptr, false);
    const bool typing = saved.is_object() && saved.value("seat", 0) == board.seat() &&
                        saved["draft"].is_object() && record["draft"].is_object();
    if (typing && now_s - saved_at_s_ < kDraftEverySeconds) return saved_at_s_ + kDraftEverySeconds - now_s;
    saved_board_ = value;
    saved_at_s_ = now_s;
    if (put(kBoard, value)) return kNothingWaits;
    retry_at_s_ = now_s + kRetryAfterFailureSeconds;
    return kRetryAfterFailureSeconds;
}

void UiStateSync::restore(const std::string& session_id, const std::string& exercise_id, ui::SessionView& view) {
    const Json j = read_record(*store_, kBoard);
    if (!j.is_object() || j.value("session", std::string()) != session_id) return;
    ui::BoardView& board = view.board();
    board.choose_seat(j.value("seat", 0));
    const auto draft = j.find("draft");
    if (draft != j.end() && draft->is_object() && j.value("exercise", std::string()) == exercise_id)
        board.editor().open_draft(draft_from(*draft));
    saved_board_ = j.dump();
}

}  // namespace kiosk::app
