#include "ui/imgui_scope.h"
#include "ui/text_editor.h"

#include "core/i18n.h"
#include "ui/touch.h"
#include "ui/touch_scroll.h"
#include "ui/window_state.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace kiosk::ui {
namespace {

float text_width(const ImFont& font, float size, std::string_view text) {
    return font.CalcTextSizeA(size, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
}

std::string utf8_of(unsigned cp) {
    std::string out;
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
    return out;
}

bool key_pressed(ImGuiKey key, bool repeat = true) { return ImGui::IsKeyPressedMap(key, repeat); }

/// Applies the hardware keyboard's input of this frame to the focused field.
void apply_hardware_keys(TextEditing& editing, KeyboardPanel& kb, const std::string& key, Redraw& redraw) {
    ImGuiIO& io = ImGui::GetIO();
    const double now = ImGui::GetTime();
    const std::string before = editing.text();
    bool clamped = false;
    std::string typed;
    for (ImWchar c : io.InputQueueCharacters)
        if (c >= 0x20 && c != 0x7F) typed += utf8_of(c);  // control characters come as keys
    io.InputQueueCharacters.resize(0);  // consumed: no other widget types them again
    if (!typed.empty()) clamped |= editing.insert(typed) != InsertOutcome::Inserted;

    if (io.KeyCtrl && key_pressed(ImGuiKey_V)) {
        if (PasteSource* source = current_window_state().paste) {
            // The clipboard may belong to a program that answers late or never: ask, and insert
            // the answer in a later frame (take_paste_answer), so this frame is not held up.
            source->request();
            kb.await_paste(key);
        } else if (const char* clip = ImGui::GetClipboardText(); clip && *clip) {
            clamped |= editing.insert(clip) != InsertOutcome::Inserted;
        }
    }
    if (kb.awaits_paste(key)) {
        if (PasteSource* source = current_window_state().paste) {
            if (std::optional<PasteAnswer> answer = source->take()) {
                kb.paste_answered();
                if (answer->outcome == PasteAnswer::Outcome::Text && !answer->text.empty())
                    clamped |= editing.insert(answer->text) != InsertOutcome::Inserted;
                if (answer->outcome == PasteAnswer::Outcome::NoAnswer) kb.show_paste_notice(key, now);
            } else {
                redraw.within(kPastePollSeconds);
            }
        } else {
            kb.paste_answered();
        }
    }
    if (key_pressed(ImGuiKey_Backspace)) editing.erase_before();
    if (key_pressed(ImGuiKey_Delete)) editing.erase_after();
    if (key_pressed(ImGuiKey_LeftArrow)) editing.caret_left();
    if (key_pressed(ImGuiKey_RightArrow)) editing.caret_right();
    if (key_pressed(ImGuiKey_Home)) editing.caret_home();
    if (key_pressed(ImGuiKey_End)) editing.caret_end();
    if (key_pressed(ImGuiKey_Enter, false) || key_pressed(ImGuiKey_KeyPadEnter, false)) {
        if (editing.kind() == TextKind::Line) {
            if (editing.text() != before) kb.mark_changed(now);
            kb.blur();
            return;
        }
        clamped |= editing.insert("\n") != InsertOutcome::Inserted;
    }
    if (key_pressed(ImGuiKey_Escape, false)) {
        if (editing.text() != before) kb.mark_changed(now);
        kb.blur();
        return;
    }
    if (clamped) kb.show_clamp_notice(key, now);
    if (editing.text() != before) kb.mark_changed(now);
}

/// The byte offset in `text` nearest to x = `x_px` on `line` (on a character boundary).
std::size_t offset_at_x(const ImFont& font, float size, std::string_view text, const TextLine& line, float x_px) {
    std::size_t best = line.begin;
    float best_d = std::fabs(x_px);
    for (std::size_t b = line.begin; b < line.end;) {
        b = next_boundary(text, b);
        if (b > line.end) break;
        const float d = std::fabs(x_px - text_width(font, size, text.substr(line.begin, b - line.begin)));
        if (d < best_d) { best_d = d; best = b; }
    }
    return best;
}

}  // namespace

std::vector<TextLine> wrap_lines(const ImFont& font, float size, std::string_view text, float width) {
    std::vector<TextLine> lines;
    const float scale = size / font.FontSize;
    std::size_t para = 0;
    while (true) {
        std::size_t para_end = text.find('\n', para);
        if (para_end == std::string_view::npos) para_end = text.size();
        std::size_t s = para;
        do {
            const char* begin = text.data() + s;
            const char* end = text.data() + para_end;
            const char* wrap = font.CalcWordWrapPositionA(scale, begin, end, std::max(1.0f, width));
            if (wrap == begin && begin < end) wrap = begin + 1;  // at least one byte per line
            while (wrap < end && (static_cast<unsigned char>(*wrap) & 0xC0) == 0x80) ++wrap;
            std::size_t e = std::size_t(wrap - text.data());
            std::size_t trimmed = e;
            while (trimmed > s && text[trimmed - 1] == ' ' && e < para_end) --trimmed;
            lines.push_back({s, trimmed});
            s = e;
            while (s < para_end && text[s] == ' ') ++s;  // spaces at a wrap belong to no line
        } while (s < para_end);
        if (para_end >= text.size()) break;
        para = para_end + 1;
        if (para == text.size()) { lines.push_back({para, para}); break; }
    }
    return lines;
}

EditResult edit_text(const char* key, TextEditing& editing, const Context& ctx, Redraw& redraw,
                     const EditOptions& options) {
    KeyboardPanel& kb = keyboard_panel();
    EditResult result;
    const std::string before = editing.text();
    const std::size_t caret_before = editing.caret();
    const double now = ImGui::GetTime();
    if (kb.take_pending_commit(key)) result.commit = true;

    if (kb.has_focus(key)) apply_hardware_keys(editing, kb, key, redraw);

    ImFont& font = *ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const float width = std::max(ctx.metrics.touch_target(), ImGui::GetContentRegionAvail().x);
    const std::string& text = editing.text();
    const std::vector<TextLine> lines = wrap_lines(font, size, text, width - 2.0f * pad.x);
    const float line_h = size * 1.15f;
    const float height = std::max({ctx.metrics.touch_target(), options.min_height_px,
                                   float(lines.size()) * line_h + 2.0f * pad.y});

    const std::string id = std::string("##") + key;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const bool tapped = ImGui::InvisibleButton(id.c_str(), ImVec2(width, height));
    hit_targets().record(key, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (tapped) {
        kb.focus(key);
        const ImVec2 at = ImGui::GetIO().MouseClickedPos[0];
        const int row = int(std::floor((at.y - origin.y - pad.y) / line_h));
        const TextLine& line = lines[std::size_t(std::clamp(row, 0, int(lines.size()) - 1))];
        editing.set_caret(offset_at_x(font, size, text, line, at.x - origin.x - pad.x));
    }
    const bool focused = kb.has_focus(key);
    if (focused) kb.attach(editing);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(origin.x + width, origin.y + height);
    const float round = ImGui::GetStyle().FrameRounding;
    draw->AddRectFilled(origin, end, palette::kSecondary, round);
    draw->AddRect(origin, end, focused ? palette::kAction : palette::kPanelBorder, round,
                  0, focused ? std::max(2.0f, 0.12f * ctx.metrics.em) : std::max(1.0f, 0.06f * ctx.metrics.em));
    if (text.empty() && !options.placeholder.empty()) {
        draw->AddText(&font, size, ImVec2(origin.x + pad.x, origin.y + pad.y), palette::kInkMuted,
                      options.placeholder.c_str());
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const TextLine& l = lines[i];
        draw->AddText(&font, size, ImVec2(origin.x + pad.x, origin.y + pad.y + float(i) * line_h),
                      palette::kInk, text.data() + l.begin, text.data() + l.end);
    }
    if (focused) {
        // The caret sits on the last line that starts at or before it (a caret in the spaces of
        // a wrap shows at the end of the line before).
        std::size_t row = 0;
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (lines[i].begin <= editing.caret()) row = i;
        const TextLine& l = lines[row];
        const std::size_t upto = std::min(editing.caret(), l.end);
        const float x = origin.x + pad.x + text_width(font, size, std::string_view(text).substr(l.begin, upto - l.begin));
        const float y = origin.y + pad.y + float(row) * line_h;
        draw->AddRectFilled(ImVec2(x, y), ImVec2(x + std::max(2.0f, 0.1f * ctx.metrics.em), y + line_h),
                            palette::kAction);
        // The shared rule (touch_scroll.h): a field that just got the keyboard, or whose text or
        // caret just changed (by a hardware key this frame, or by the on-screen keyboard at the
        // end of the last one), scrolls into view above the keyboard; a field taller than the
        // space shows the caret's line.
        const bool moved = editing.text() != before || editing.caret() != caret_before;
        if (kb.take_reveal() || moved) {
            const float keyboard_top = ImGui::GetIO().DisplaySize.y - kb.reserved_height(ctx);
            if (reveal_rows(ctx, origin.y, end.y, keyboard_top, y, y + line_h)) kb.revealed();
        }
        if (kb.take_idle_commit(now, redraw)) result.commit = true;
    }
    if (kb.clamp_notice_visible(key, now, redraw)) {
        ScopedStyleColour attention(ImGuiCol_Text, palette::kAttention);
        ScopedTextWrap wrap;
        ImGui::TextUnformatted(tr("The text was too long: the end that did not fit has been left out."));
    }
    if (kb.paste_notice_visible(key, now, redraw)) {
        ScopedStyleColour attention(ImGuiCol_Text, palette::kAttention);
        ScopedTextWrap wrap;
        ImGui::TextUnformatted(tr("The clipboard did not answer, so nothing was pasted. Copy the text again and paste once more."));
        hit_targets().record(std::string(key) + "-paste-notice", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    }
    result.changed = editing.text() != before;
    return result;
}

}  // namespace kiosk::ui
