#include "ui/bound_text.h"

namespace kiosk::ui {

TextEditing& BoundTexts::editing(const std::string& key, TextKind kind) {
    return fields_.try_emplace(key, Bound{TextEditing(kind), {}, {}}).first->second.editing;
}

bool BoundTexts::field(const std::string& key, TextKind kind, const std::string& model,
                       const Submit& submit, const Context& ctx, Redraw& redraw,
                       const EditOptions& options) {
    auto [it, fresh] = fields_.try_emplace(key, Bound{TextEditing(kind), {}, {}});
    Bound& b = it->second;
    const KeyboardPanel& kb = keyboard_panel();
    // Follow the model (undo, another table) unless someone is editing this field right now.
    if (fresh || (b.model != model && !kb.has_focus(key) && !kb.has_pending_commit(key)))
        b.editing.set_text(model);
    b.model = model;
    b.submit = submit;
    const EditResult r = edit_text(key.c_str(), b.editing, ctx, redraw, options);
    if (r.commit && b.editing.text() != model) {
        submit(b.editing.text());
        b.model = b.editing.text();
        return true;
    }
    return false;
}

void BoundTexts::flush() {
    for (auto& [key, b] : fields_)
        if (b.submit && b.editing.text() != b.model) {
            b.submit(b.editing.text());
            b.model = b.editing.text();
        }
}

}  // namespace kiosk::ui
