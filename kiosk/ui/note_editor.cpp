#include "ui/imgui_scope.h"
#include "ui/note_editor.h"

#include "core/i18n.h"
#include "core/palette.h"
#include "core/text.h"
#include "ui/dialog_band.h"
#include "ui/keyboard.h"
#include "ui/text_editor.h"
#include "ui/touch.h"
#include "ui/touch_scroll.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

constexpr double kConfirmSeconds = 4.0;

/// A full-display translucent window behind the dialog: dims the board and swallows taps.
/// The top bar with the countdown stays undimmed (dialog_band.h).
void draw_backdrop(const DialogBand& band) {
    modal_backdrop("##editor-backdrop", IM_COL32(20, 20, 20, 120), band.top);
}

/// The dialog in the band between the top bar (the countdown) and the keyboard (dialog_band.h).
bool begin_dialog(const Context& ctx) {
    const ImGuiIO& io = ImGui::GetIO();
    place_dialog(ctx, std::min(io.DisplaySize.x * 0.94f, 36.0f * ctx.metrics.em));
    ImGui::SetNextWindowFocus();
    ScopedStyleColour opaque(ImGuiCol_WindowBg, IM_COL32(255, 255, 255, 255));  // nothing shows through
    return ImGui::Begin("##note-editor", nullptr,
                        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                            ImGuiWindowFlags_AlwaysAutoResize);
}

/// The dialog's heading on the left and its Save and Cancel buttons at the right of the same
/// row: the first row of the dialog, so they lie in the band above the keyboard whatever the
/// text below them holds. Returns Save, Cancel or None.
EditorOutcome heading_row(const Context& ctx, const std::string& heading, const char* save_key, const char* cancel_key) {
    const std::string save = tr("Save"), cancel = tr("Cancel");
    const float sp = ImGui::GetStyle().ItemSpacing.x;
    const float buttons_w = touch_button_width(save, ctx) + sp + touch_button_width(cancel, ctx);
    const ImVec2 start = ImGui::GetCursorPos();
    const float row_h = ctx.metrics.touch_target();
    {
        ScopedFont font(ctx.fonts.heading);
        ImGui::SetCursorPos(ImVec2(start.x, start.y + 0.5f * (row_h - ImGui::GetFontSize())));
        ImGui::TextUnformatted(heading.c_str());
    }
    EditorOutcome outcome = EditorOutcome::None;
    ImGui::SetCursorPos(ImVec2(std::max(ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + sp,
                                        ImGui::GetWindowContentRegionMax().x - buttons_w),
                               start.y));
    if (touch_button(save_key, save, ButtonKind::Primary, ctx)) outcome = EditorOutcome::Save;
    ImGui::SameLine();
    if (touch_button(cancel_key, cancel, ButtonKind::Secondary, ctx)) outcome = EditorOutcome::Cancel;
    return outcome;
}

}  // namespace

void NoteEditor::start(const std::string& text, const std::string& author, const char* focus_key) {
    text_ = TextEditing(draft_.group_id.empty() ? TextKind::Note : TextKind::Line);
    text_.set_text(text);
    author_.set_text(author);
    default_author_.clear();
    open_ = true;
    confirm_until_ = 0;
    keyboard_panel().focus(focus_key);
}

void NoteEditor::open_new(const std::string& column, int colour, const std::string& author,
                          const std::string& seat) {
    draft_ = NoteDraft{};
    draft_.column = column;
    draft_.colour = colour;
    draft_.author = author;
    draft_.seat = seat;
    start("", "", "note-text");
    default_author_ = author;
}

void NoteEditor::open_note(const Note& note) {
    draft_ = NoteDraft{note.id, "", note.column, note.text, note.colour, note.author, note.seat};
    start(note.text, note.author, "note-text");
}

void NoteEditor::open_group(const NoteGroup& group) {
    draft_ = NoteDraft{"", group.id, group.column, group.name, 0, "", ""};
    start(group.name, "", "group-name");
}

void NoteEditor::open_draft(const NoteDraft& draft) {
    draft_ = draft;
    start(draft.text, draft.author, draft.group_id.empty() ? "note-text" : "group-name");
}

EditorOutcome NoteEditor::draw(const Context& ctx, Redraw& redraw) {
    if (!open_) return EditorOutcome::None;
    const DialogBand band = dialog_band(ctx);
    draw_backdrop(band);
    EditorOutcome outcome = EditorOutcome::None;
    if (begin_dialog(ctx)) {
        if (!draft_.group_id.empty()) {
            outcome = draw_group(ctx, redraw);
        } else {
            outcome = heading_row(ctx, draft_.note_id.empty() ? tr("New note") : tr("Edit note"), "note-save", "note-cancel");
            draw_note_text(ctx, band, redraw);
            draw_note_fields(ctx, redraw);
            if (const EditorOutcome del = draw_delete(ctx, redraw); del != EditorOutcome::None) outcome = del;
        }
        // What the dialog needs besides the text box, for the next frame's box height.
        const float content_h = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().WindowPadding.y;
        around_text_px_ = std::max(0.0f, content_h - text_box_px_);
        hit_targets().record("note-editor", ImGui::GetWindowPos(),
                             ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(), ImGui::GetWindowPos().y + ImGui::GetWindowHeight()));
    }
    ImGui::End();
    draft_.text = text_.text();
    draft_.author = author_.text().empty() ? default_author_ : author_.text();
    if (outcome != EditorOutcome::None) {
        open_ = false;
        keyboard_panel().blur();
    }
    return outcome;
}

void NoteEditor::draw_note_text(const Context& ctx, const DialogBand& band, Redraw& redraw) {
    // The box is as tall as the text, at most what the band leaves after the dialog's other
    // rows (measured last frame); a longer note scrolls inside it by drag, so the colours, the
    // name and the buttons stay where a finger and the eye expect them.
    const float min_h = 3.0f * ImGui::GetTextLineHeightWithSpacing();
    const float around = around_text_px_ > 0.0f ? around_text_px_ : 8.0f * ctx.metrics.touch_target();
    const float max_h = std::max(ctx.metrics.touch_target(), band.height() - around);
    const float before = text_box_px_;
    text_box_px_ = std::clamp(text_h_, min_h, std::max(min_h, max_h));
    if (text_box_px_ > max_h) text_box_px_ = max_h;
    // A box that changed size (the first frames, the keyboard's page) shows the caret again.
    if (std::fabs(text_box_px_ - before) > 0.5f && keyboard_panel().has_focus("note-text")) keyboard_panel().reveal_again();
    {
        ScopedChild box("##note-text-box", ImVec2(0, text_box_px_));
        EditOptions text_options;
        text_options.min_height_px = min_h;
        text_options.placeholder = tr("Write one idea per note");
        edit_text("note-text", text_, ctx, redraw, text_options);
        text_h_ = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
        text_scroll_.follow("note-text", ctx, redraw);
    }
    hit_targets().record("note-text-box", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void NoteEditor::draw_note_fields(const Context& ctx, Redraw& redraw) {
    const float em = ctx.metrics.em;

    ImGui::TextUnformatted(tr("Colour"));
    const float swatch = ctx.metrics.touch_target();
    for (int i = 0; i < kNoteColours; ++i) {
        const NoteColour& c = kNotePalette[i];
        if (i > 0) ImGui::SameLine();
        const std::string key = std::string("colour:") + c.id;
        {
            ScopedId id(i);
            if (ImGui::InvisibleButton("##swatch", ImVec2(swatch * 1.7f, swatch))) draft_.colour = i;
        }
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        hit_targets().record(key, a, b);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(a, b, IM_COL32(c.fill.r, c.fill.g, c.fill.b, 255), 0.25f * em);
        const float line = std::max(2.0f, 0.12f * em);
        if (draft_.colour == i) dl->AddRect(a, b, palette::kInk, 0.25f * em, 0, line);
        const char* name = tr(c.name);
        const ImVec2 ts = ImGui::CalcTextSize(name);
        // Every name at one size (the smallest any of them needs), centred in its swatch.
        float fit = 1.0f;
        for (int k = 0; k < kNoteColours; ++k)
            fit = std::min(fit, (b.x - a.x - 0.4f * em) / std::max(1.0f, ImGui::CalcTextSize(tr(kNotePalette[k].name)).x));
        const float size = ImGui::GetFontSize() * std::max(0.6f, fit);
        const float width = ts.x * size / ImGui::GetFontSize();
        dl->AddText(nullptr, size, ImVec2(a.x + 0.5f * (b.x - a.x - width), a.y + 0.5f * (b.y - a.y - size)),
                    IM_COL32(kNoteText.r, kNoteText.g, kNoteText.b, 255), name);
    }
    ImGui::TextUnformatted(tr("Name or seat (optional)"));
    EditOptions author_options;
    author_options.placeholder = default_author_;
    edit_text("note-author", author_, ctx, redraw, author_options);
}

EditorOutcome NoteEditor::draw_delete(const Context& ctx, Redraw& redraw) {
    EditorOutcome outcome = EditorOutcome::None;
    if (draft_.note_id.empty()) return outcome;
    // Delete sits at the far right of the last row, far from Save and Cancel in the heading row;
    // its confirm appears at the far left of a new line, so two stray taps on one spot can never
    // delete (case K11).
    const double now = ImGui::GetTime();
    const std::string del = tr("Delete");
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - touch_button_width(del, ctx));
    if (touch_button("note-delete", del, ButtonKind::Secondary, ctx)) confirm_until_ = now + kConfirmSeconds;
    if (now < confirm_until_) {
        if (touch_button("note-delete-confirm", tr("Yes, delete this note"), ButtonKind::Danger, ctx))
            outcome = EditorOutcome::Delete;
        redraw.within(confirm_until_ - now);
    }
    return outcome;
}

EditorOutcome NoteEditor::draw_group(const Context& ctx, Redraw& redraw) {
    EditorOutcome outcome = heading_row(ctx, tr("Stack"), "group-save", "group-cancel");
    ImGui::TextUnformatted(tr("Name of the stack"));
    edit_text("group-name", text_, ctx, redraw);
    if (touch_button("group-ungroup", tr("Unstack"), ButtonKind::Secondary, ctx)) outcome = EditorOutcome::Ungroup;
    return outcome;
}

}  // namespace kiosk::ui
