// One section of the facilitator console (facilitator_screen.cpp, console_phones.cpp): its
// heading in the muted colour, then its buttons in a flow that wraps at the window's edge.
#pragma once

#include "ui/theme.h"
#include "ui/touch.h"

#include <imgui.h>

#include <string>

namespace kiosk::ui {

class ConsoleSection {
public:
    /// An empty `heading` goes on with the section before it: its buttons on the next row.
    ConsoleSection(const std::string& heading, const Context& ctx) : ctx_(ctx) {
        if (!heading.empty()) {
            ImGui::Spacing();
            muted_text(heading);
        }
        // The column's right edge when the console is in columns, else the window's.
        flow_.right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
    }
    /// A button of the section; `on` draws a switch that is on as a primary button.
    bool button(const char* key, const std::string& label, bool on = false, bool enabled = true,
                ButtonKind kind = ButtonKind::Secondary) {
        flow_.next(touch_button_width(label, ctx_));
        return touch_button(key, label, on ? ButtonKind::Primary : kind, ctx_, 0.0f, enabled);
    }
    /// Text between buttons, vertically centred on their row.
    void text(const std::string& text) {
        flow_.next(ImGui::CalcTextSize(text.c_str()).x);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(text.c_str());
    }
    /// The next item starts a new row.
    void new_row() { flow_.first = true; }

private:
    const Context& ctx_;
    ButtonFlow flow_{0.0f};
};

}  // namespace kiosk::ui
