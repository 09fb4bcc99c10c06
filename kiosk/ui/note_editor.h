// The dialog for writing or changing one sticky note (text, colour, author or seat) or renaming a
// stack of notes, typed on the on-screen keyboard (text_editor.h: wrapped text, a caret placed by
// tapping, emoji kept byte-exact). It only edits a draft: the board turns the outcome into
// actions. Deleting takes a deliberate second tap on a confirm button placed away from the first
// (case K11).
#pragma once

#include "core/session.h"
#include "ui/dialog_band.h"
#include "ui/redraw.h"
#include "ui/text_editing.h"
#include "ui/theme.h"
#include "ui/touch_scroll.h"

#include <string>

namespace kiosk::ui {

/// What the user changed; for a new note `note_id` is empty.
struct NoteDraft {
    std::string note_id;
    std::string group_id;  ///< set when renaming a stack instead of editing a note
    std::string column;
    std::string text;      ///< note text, or the stack's name
    int colour = 0;
    std::string author;
    std::string seat;      ///< a new note: the stable id of the seat writing it ("" = none)
};

enum class EditorOutcome {
    None,     ///< still open
    Save,     ///< keep the draft
    Cancel,   ///< close, change nothing
    Delete,   ///< the note: confirmed twice
    Ungroup,  ///< the stack: dissolve it (notes stay)
};

class NoteEditor {
public:
    /// A new note in `column`, signed `author`, written at seat `seat` (a seat id, "" = none).
    void open_new(const std::string& column, int colour, const std::string& author, const std::string& seat);
    void open_note(const Note& note);
    void open_group(const NoteGroup& group);
    /// Opens again with a draft kept from before (a note or stack being written when the kiosk
    /// stopped), the caret at its end.
    void open_draft(const NoteDraft& draft);
    void close() { open_ = false; }
    bool is_open() const { return open_; }
    const NoteDraft& draft() const { return draft_; }

    /// Draws the dialog (a dimmed backdrop swallows stray taps) and returns what the user chose
    /// this frame. The dialog lies in dialog_band(): below the top bar with the countdown, above
    /// the keyboard; Save and Cancel are in its heading row ("note-save", "note-cancel"), and a
    /// note taller than the band leaves scrolls by drag in its box ("note-text-box"). The
    /// dialog's rectangle is recorded as hit target "note-editor".
    EditorOutcome draw(const Context& ctx, Redraw& redraw);

private:
    void draw_note_text(const Context& ctx, const DialogBand& band, Redraw& redraw);
    void draw_note_fields(const Context& ctx, Redraw& redraw);
    EditorOutcome draw_delete(const Context& ctx, Redraw& redraw);
    EditorOutcome draw_group(const Context& ctx, Redraw& redraw);

    void start(const std::string& text, const std::string& author, const char* focus_key);

    bool open_ = false;
    TextEditing text_{TextKind::Note};    // the note, or the stack's name (cut to a Line on save)
    TextEditing author_{TextKind::Line};
    /// A new note's author when the field is left empty: the seat that writes it ("Tafel 1"),
    /// shown in the empty field as its hint, so a typed name replaces it instead of following it.
    std::string default_author_;
    double confirm_until_ = 0.0;  ///< the delete confirm shows until this time
    NoteDraft draft_;
    TouchScroll text_scroll_;     ///< the note's box scrolls by drag when the text is taller
    float text_h_ = 0.0f;         ///< the note field's full height last frame (px)
    float text_box_px_ = 0.0f;    ///< the box's height this frame (px)
    float around_text_px_ = 0.0f; ///< the dialog's height besides the box, last frame (px)
};

}  // namespace kiosk::ui
