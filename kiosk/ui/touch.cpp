#include "ui/touch.h"

#include "ui/keyboard.h"
#include "ui/touch_scroll.h"
#include "ui/window_state.h"

#include <imgui_internal.h>  // the window being built, for its clip rectangle

#include <algorithm>

namespace kiosk::ui {

void HitTargets::record(const std::string& key, ImVec2 min, ImVec2 max) {
    ImVec2 vmin = min, vmax = max;
    if (ImGui::GetCurrentContext() && ImGui::GetCurrentContext()->CurrentWindow) {
        const ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 cmin = dl->GetClipRectMin(), cmax = dl->GetClipRectMax();
        vmin = ImVec2(std::max(min.x, cmin.x), std::max(min.y, cmin.y));
        vmax = ImVec2(std::min(max.x, cmax.x), std::min(max.y, cmax.y));
    }
    for (auto& t : targets_)
        if (t.key == key) { t = {key, min, max, vmin, vmax}; return; }
    targets_.push_back({key, min, max, vmin, vmax});
}

const HitTarget* HitTargets::find(const std::string& key) const {
    for (const auto& t : targets_) if (t.key == key) return &t;
    return nullptr;
}

HitTargets& hit_targets() { return current_window_state().targets; }

namespace {

void push_kind(ButtonKind kind) {
    using namespace palette;
    ImU32 base = kAction, hover = kActionHover, pressed = kActionPressed, text = kOnAction;
    if (kind == ButtonKind::Secondary) {
        base = kSecondary; hover = kSecondaryHover; pressed = kSecondaryPressed; text = kInk;
    } else if (kind == ButtonKind::Danger) {
        base = kDanger; hover = kDangerHover; pressed = kActionPressed;
    }
    ImGui::PushStyleColor(ImGuiCol_Button, base);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, pressed);
    ImGui::PushStyleColor(ImGuiCol_Text, text);
}

ImVec2 button_size(const std::string& label, const Context& ctx, float width_px) {
    const float target = ctx.metrics.touch_target();
    float w = width_px;
    if (w == 0.0f) {
        const float text_w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
        w = std::max(target, text_w + 2.0f * ImGui::GetStyle().FramePadding.x + ctx.metrics.em);
    } else if (w < 0.0f) {
        w = std::max(target, ImGui::GetContentRegionAvail().x);
    }
    return ImVec2(w, target);
}

}  // namespace

float touch_button_width(const std::string& label, const Context& ctx) {
    return button_size(label, ctx, 0.0f).x;
}

bool touch_button(const char* key, const std::string& label, ButtonKind kind, const Context& ctx,
                  float width_px, bool enabled) {
    const std::string id = label + "###" + key;
    const ImVec2 size = button_size(label, ctx, width_px);
    if (!enabled) ImGui::BeginDisabled();
    push_kind(kind);
    const bool pressed = ImGui::Button(id.c_str(), size);
    ImGui::PopStyleColor(4);
    if (!enabled) ImGui::EndDisabled();
    hit_targets().record(key, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    return pressed && enabled;
}

bool long_press_button(const char* key, const std::string& label, const std::string& short_tap_hint,
                       double hold_seconds, const Context& ctx, Redraw& redraw) {
    const std::string id = label + "###" + key;
    const ImVec2 size = button_size(label, ctx, 0.0f);
    const ImGuiID gid = ImGui::GetID(id.c_str());
    const ImGuiID hint_id = ImGui::GetID((std::string(key) + "#hint").c_str());
    push_kind(ButtonKind::Secondary);
    const bool released = ImGui::Button(id.c_str(), size);
    ImGui::PopStyleColor(4);
    hit_targets().record(key, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());

    ImGuiStorage* storage = ImGui::GetStateStorage();
    bool* fired = storage->GetBoolRef(gid, false);
    bool* given_up = storage->GetBoolRef(ImGui::GetID((std::string(key) + "#given-up").c_str()), false);
    float* hint_until = storage->GetFloatRef(hint_id, 0.0f);
    const double now = ImGui::GetTime();
    bool fire = false;
    if (ImGui::IsItemActive()) {
        const double held = ImGui::GetIO().MouseDownDuration[0];
        // A finger that slides off the button (beyond half an em of slack for a trembling hand)
        // gives the hold up until it lifts: a long-press never fires where the finger is not
        // (case K31). Marked as fired, so neither the hold nor the short-tap hint follows.
        const float slack = 0.5f * ctx.metrics.em;
        const ImVec2 a0 = ImGui::GetItemRectMin(), b0 = ImGui::GetItemRectMax();
        if (!*fired && !ImGui::IsMouseHoveringRect(ImVec2(a0.x - slack, a0.y - slack),
                                                   ImVec2(b0.x + slack, b0.y + slack), false))
            *fired = *given_up = true;
        if (!*fired && held >= hold_seconds) {
            *fired = true;
            fire = true;
        } else if (!*fired) {
            redraw.within(1.0 / 30.0);  // animate the progress bar while the finger stays
        }
        const float progress = *given_up ? 0.0f : float(std::min(1.0, std::max(0.0, held / hold_seconds)));
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        const float bar = std::max(3.0f, 0.15f * ctx.metrics.em);
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x, b.y - bar),
                                                  ImVec2(a.x + (b.x - a.x) * progress, b.y),
                                                  palette::kAction);
    } else {
        if (released && !*fired) *hint_until = float(now + 3.0);
        *fired = *given_up = false;
    }
    if (now < *hint_until) {
        // Drawn over whatever lies below, so the layout does not jump for a passing hint.
        const ImVec2 b = ImGui::GetItemRectMax();
        const ImVec2 text = ImGui::CalcTextSize(short_tap_hint.c_str());
        const float pad = 0.35f * ctx.metrics.em;
        const ImVec2 min(b.x - text.x - 2.0f * pad, b.y + pad);
        const ImVec2 max(b.x, min.y + text.y + 2.0f * pad);
        ImDrawList* dl = ImGui::GetForegroundDrawList();
        dl->AddRectFilled(min, max, palette::kInk, 0.3f * ctx.metrics.em);
        dl->AddText(ImVec2(min.x + pad, min.y + pad), palette::kOnAction, short_tap_hint.c_str());
        redraw.within(*hint_until - now);
    }
    return fire;
}

void modal_backdrop(const char* name, ImU32 colour, float dim_from_y) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(ImVec2(0, 0), io.DisplaySize, false);  // to the display's edges, past the padding
    draw->AddRectFilled(ImVec2(0, std::max(0.0f, dim_from_y)), io.DisplaySize, colour);
    draw->PopClipRect();
    ImGui::End();
    ImGui::PopStyleColor();
}

void heading_text(const Context& ctx, const std::string& text) {
    // Wrapped at the window's edge: a long heading (a folder path, a long title) never runs off.
    if (ctx.fonts.heading) ImGui::PushFont(ctx.fonts.heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    if (ctx.fonts.heading) ImGui::PopFont();
}

void muted_text(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette::kInkMuted);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace kiosk::ui

#include <imgui_stdlib.h>

namespace kiosk::ui {
namespace {

struct FieldLimit { size_t max_bytes; };

int refuse_beyond_limit(ImGuiInputTextCallbackData* data) {
    const auto* limit = static_cast<const FieldLimit*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackEdit && size_t(data->BufTextLen) > limit->max_bytes) {
        // Cut back to the limit at a character boundary (never inside a UTF-8 sequence).
        int keep = int(limit->max_bytes);
        while (keep > 0 && (static_cast<unsigned char>(data->Buf[keep]) & 0xC0) == 0x80) --keep;
        data->DeleteChars(keep, data->BufTextLen - keep);
    }
    return 0;
}

}  // namespace

bool touch_text_field(const char* key, const std::string& label, std::string& value,
                      const Context& ctx, size_t max_bytes, float width_px) {
    if (!label.empty()) ImGui::TextUnformatted(label.c_str());
    const float pad_y = std::max(ImGui::GetStyle().FramePadding.y,
                                 0.5f * (ctx.metrics.touch_target() - ImGui::GetFontSize()));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, pad_y));
    ImGui::SetNextItemWidth(width_px < 0.0f ? -FLT_MIN : width_px);
    FieldLimit limit{max_bytes};
    const std::string id = std::string("##") + key;
    const bool changed = ImGui::InputText(id.c_str(), &value, ImGuiInputTextFlags_CallbackEdit,
                                          refuse_beyond_limit, &limit);
    ImGui::PopStyleVar();
    hit_targets().record(key, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemActivated() || changed) {
        // The same rule as every text field (text_editor.cpp): in view, above any keyboard.
        const float keyboard_top = ImGui::GetIO().DisplaySize.y - keyboard_panel().reserved_height(ctx);
        reveal_rows(ctx, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().y, keyboard_top,
                    ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().y);
    }
    return changed;
}

void ButtonFlow::next(float width) {
    if (!first) {
        const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
        if (x + width <= right) ImGui::SameLine();
    }
    first = false;
}

}  // namespace kiosk::ui
