// What the table shows of phones (issue 12): a row under the exercise's header with the
// "Join with your phone" button and the presence ("Phones: 12", during writing "3 of 12 handed
// in", on a board "2 waiting for approval" — a count, never the texts), and the join panel it
// opens: the QR code large (at least 40 % of the display's height), the URL as text and the code
// in large digits. A tap anywhere closes the panel.
#pragma once

#include "core/session.h"
#include "ui/phones_info.h"
#include "ui/theme.h"

#include <string>

namespace kiosk::ui {

/// The QR code's side on the join panel: at least this share of the display's height.
inline constexpr float kJoinQrShare = 0.45f;

/// "Phones: N", during writing "H of N handed in": the presence every screen shows. Translated.
std::string phones_count_text(const PhonesInfo& phones);

/// phones_count_text(), and on a board "H of N handed in", and on a board with waiting notes
/// ", W waiting for approval" after it. Translated; W counts the notes of `board` (null: none)
/// whose moderation is Waiting.
std::string phones_presence_text(const PhonesInfo& phones, const Session& session, const Exercise* board);

/// The row under the header, when phones.on: returns true when "Join with your phone" (hit
/// target "phones-join") was tapped.
bool draw_phones_row(const PhonesInfo& phones, const Session& session, const Exercise& ex, const Context& ctx);

/// The join panel over the whole display (hit target "phones-join-panel", its QR code
/// "phones-join-qr"); returns false when a tap closed it.
bool draw_join_panel(const PhonesInfo& phones, const Context& ctx);

/// The same QR code, URL and code for a projector or a screenshot: drawn into `dl` inside the
/// square at `pos` with side `side` (the QR code) and the code's digits `digits_px` tall under
/// it in `font`. Returns the height used.
float draw_join_card(ImDrawList* dl, const PhonesInfo& phones, ImVec2 pos, float side, ImFont* font,
                     float digits_px, float text_px);

}  // namespace kiosk::ui
