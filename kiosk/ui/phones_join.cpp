#include "ui/phones_join.h"

#include "core/i18n.h"
#include "ui/imgui_scope.h"
#include "ui/touch.h"

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>

namespace kiosk::ui {

std::string phones_count_text(const PhonesInfo& phones) {
    return phones.writing ? fmt::format(fmt::runtime(tr("{} of {} handed in")), phones.handed_in, phones.connected)
                          : fmt::format(fmt::runtime(tr("Phones: {}")), phones.connected);
}

std::string phones_presence_text(const PhonesInfo& phones, const Session& session, const Exercise* board) {
    std::string text = phones_count_text(phones);
    if (board) {
        int waiting = 0;
        for (const Note& n : session.notes) waiting += n.exercise == board->id && n.moderation == Moderation::Waiting;
        if (waiting > 0) text += ", " + fmt::format(fmt::runtime(tr("{} waiting for approval")), waiting);
    }
    return text;
}

bool draw_phones_row(const PhonesInfo& phones, const Session& session, const Exercise& ex, const Context& ctx) {
    const bool tapped = touch_button("phones-join", ctx.fonts.icon("mobile") + tr("Join with your phone"),
                                     ButtonKind::Secondary, ctx, 0.0f, !phones.url.empty());
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    {
        ScopedStyleColour ink(ImGuiCol_Text, palette::kInkMuted);
        const std::string presence =
            phones_presence_text(phones, session, ex.kind == ExerciseKind::Board ? &ex : nullptr);
        ImGui::TextUnformatted(presence.c_str());
    }
    return tapped;
}

float draw_join_card(ImDrawList* dl, const PhonesInfo& phones, ImVec2 pos, float side, ImFont* font, float digits_px,
                     float text_px) {
    draw_qr(dl, phones.qr, pos, side);
    float y = pos.y + side + 0.25f * text_px;
    // The URL and code are the system's text, drawn as data.
    auto centred = [&](const std::string& text, float px, ImU32 colour) {
        const ImVec2 ts = font->CalcTextSizeA(px, FLT_MAX, 0.0f, text.c_str());
        const float x = pos.x + 0.5f * (side - ts.x);
        dl->AddText(font, px, ImVec2(x, y), colour, text.c_str());
        y += ts.y;
    };
    centred(phones.code, digits_px, palette::kInk);
    if (text_px > 0) centred(phones.url, text_px, palette::kInkMuted);
    return y - pos.y;
}

bool draw_join_panel(const PhonesInfo& phones, const Context& ctx) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    modal_backdrop("##join-backdrop", IM_COL32(20, 24, 28, 160));
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(display);
    ScopedStyleVar padding(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##join-panel", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    // The whole display is the close button: a tap anywhere, the card too, closes the panel.
    const bool closed = ImGui::InvisibleButton("##join-close", display);
    hit_targets().record("phones-join-panel", ImVec2(0, 0), display);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float em = ctx.metrics.em;
    ImFont* text_font = ctx.fonts.heading ? ctx.fonts.heading : ImGui::GetFont();
    ImFont* digits_font = ctx.fonts.display ? ctx.fonts.display : text_font;
    const float side = std::min(kJoinQrShare * display.y, 0.8f * display.x);
    const float digits_px = std::min(digits_font->FontSize, 0.12f * display.y);
    const float title_px = text_font->FontSize;
    const float card_w = std::max(side, text_font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0, phones.url.c_str()).x) + 2 * em;
    const float card_h = title_px + 0.5f * em + side + digits_px + ImGui::GetFontSize() + 2.5f * em;
    const ImVec2 c0(0.5f * (display.x - card_w), std::max(0.0f, 0.5f * (display.y - card_h)));
    dl->AddRectFilled(c0, ImVec2(c0.x + card_w, c0.y + card_h), palette::kSecondary, 0.5f * em);
    const std::string title = tr("Join with your phone");
    const ImVec2 ts = text_font->CalcTextSizeA(title_px, FLT_MAX, 0, title.c_str());
    dl->AddText(text_font, title_px, ImVec2(0.5f * (display.x - ts.x), c0.y + em), palette::kInk, title.c_str());
    const ImVec2 qr_pos(0.5f * (display.x - side), c0.y + em + title_px + 0.5f * em);
    draw_join_card(dl, phones, qr_pos, side, digits_font, digits_px, 0.0f);
    hit_targets().record("phones-join-qr", qr_pos, ImVec2(qr_pos.x + side, qr_pos.y + side));
    const ImVec2 us = ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0, phones.url.c_str());
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                ImVec2(0.5f * (display.x - us.x), qr_pos.y + side + 0.25f * digits_px + digits_px), palette::kInkMuted,
                phones.url.c_str());
    ImGui::End();
    return !closed;
}

}  // namespace kiosk::ui
