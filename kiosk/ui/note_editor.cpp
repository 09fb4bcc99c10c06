#include "ui/imgui_scope.h"
#include "ui/note_editor.h"

#include "core/i18n.h"
#include "core/palette.h"
#include "core/text.h"
#include "ui/keyboard.h"
#include "ui/text_editor.h"
#include "ui/touch.h"

#include <fmt/format.h>

#include <algorithm>

namespace kiosk::ui {
namespace {

constexpr double kConfirmSeconds = 4.0;

/// A full-display translucent window behind the dialog: dims the board and swallows taps.
void draw_backdrop() { modal_backdrop("##editor-backdrop", IM_COL32(20, 20, 20, 120)); }

bool begin_dialog(const Context& ctx) {
    const ImGuiIO& io = ImGui::GetIO();
    const float w = std::min(io.DisplaySize.x * 0.94f, 36.0f * ctx.metrics.em);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.04f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::SetNextWindowFocus();
    ScopedStyleColour opaque(ImGuiCol_WindowBg, IM_COL32(255, 255, 255, 255));  // nothing shows through
    return ImGui::Begin("##note-editor", nullptr,
                        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                            ImGuiWindowFlags_AlwaysAutoResize);
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
    draw_backdrop();
    EditorOutcome outcome = EditorOutcome::None;
    if (begin_dialog(ctx)) {
        if (!draft_.group_id.empty()) {
            outcome = draw_group(ctx, redraw);
        } else {
            draw_note_fields(ctx, redraw);
            outcome = draw_note_buttons(ctx, redraw);
        }
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

void NoteEditor::draw_note_fields(const Context& ctx, Redraw& redraw) {
    heading_text(ctx, draft_.note_id.empty() ? tr("New note") : tr("Edit note"));
    const float em = ctx.metrics.em;
    EditOptions text_options;
    text_options.min_height_px = 3.0f * ImGui::GetTextLineHeightWithSpacing();
    text_options.placeholder = tr("Write one idea per note");
    edit_text("note-text", text_, ctx, redraw, text_options);

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

EditorOutcome NoteEditor::draw_note_buttons(const Context& ctx, Redraw& redraw) {
    EditorOutcome outcome = EditorOutcome::None;
    if (touch_button("note-save", tr("Save"), ButtonKind::Primary, ctx)) outcome = EditorOutcome::Save;
    ImGui::SameLine();
    if (touch_button("note-cancel", tr("Cancel"), ButtonKind::Secondary, ctx)) outcome = EditorOutcome::Cancel;
    if (draft_.note_id.empty()) return outcome;
    // Delete sits at the far right; its confirm appears at the far left of a new line, so two
    // stray taps on one spot can never delete.
    const double now = ImGui::GetTime();
    const std::string del = tr("Delete");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - touch_button_width(del, ctx));
    if (touch_button("note-delete", del, ButtonKind::Secondary, ctx)) confirm_until_ = now + kConfirmSeconds;
    if (now < confirm_until_) {
        if (touch_button("note-delete-confirm", tr("Yes, delete this note"), ButtonKind::Danger, ctx))
            outcome = EditorOutcome::Delete;
        redraw.within(confirm_until_ - now);
    }
    return outcome;
}

EditorOutcome NoteEditor::draw_group(const Context& ctx, Redraw& redraw) {
    heading_text(ctx, tr("Stack"));
    ImGui::TextUnformatted(tr("Name of the stack"));
    edit_text("group-name", text_, ctx, redraw);
    EditorOutcome outcome = EditorOutcome::None;
    if (touch_button("group-save", tr("Save"), ButtonKind::Primary, ctx)) outcome = EditorOutcome::Save;
    ImGui::SameLine();
    if (touch_button("group-cancel", tr("Cancel"), ButtonKind::Secondary, ctx)) outcome = EditorOutcome::Cancel;
    ImGui::SameLine();
    if (touch_button("group-ungroup", tr("Unstack"), ButtonKind::Secondary, ctx)) outcome = EditorOutcome::Ungroup;
    return outcome;
}

}  // namespace kiosk::ui
