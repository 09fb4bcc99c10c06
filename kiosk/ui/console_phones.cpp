#include "ui/console_phones.h"

#include "core/i18n.h"
#include "ui/console_section.h"
#include "ui/imgui_scope.h"
#include "ui/note_text.h"
#include "ui/touch.h"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>

namespace kiosk::ui {
namespace {

constexpr const char* kEllipsis = "\xE2\x80\xA6";

/// The moderation list's rows shown at most before it scrolls: the sections below stay in reach.
constexpr int kModerationRows = 5;

/// One note of the moderation list: a mark of its state, its text on one line, one button.
void moderation_row(ActionSink& sink, const Note& note, const Context& ctx) {
    ScopedId id(note.id.c_str());
    const char* verb = nullptr;
    std::string label;
    switch (note.moderation) {
        case Moderation::Waiting: verb = "approve"; label = tr("Approve"); break;
        case Moderation::Shown: verb = "hide"; label = tr("Hide"); break;
        case Moderation::Hidden: verb = "unhide"; label = tr("Restore"); break;
    }
    const std::string key = fmt::format("note-{}-{}", verb, note.id);
    const float button_w = std::max({touch_button_width(tr("Approve"), ctx), touch_button_width(tr("Hide"), ctx),
                                     touch_button_width(tr("Restore"), ctx)});
    const float sp = ImGui::GetStyle().ItemSpacing.x;
    const float row_w = ImGui::GetContentRegionAvail().x;
    std::string mark;
    if (note.moderation == Moderation::Waiting) mark = tr("Waiting:") + std::string(" ");
    if (note.moderation == Moderation::Hidden) mark = tr("Hidden:") + std::string(" ");
    const float text_w = std::max(0.0f, row_w - button_w - 2 * sp - ImGui::CalcTextSize(mark.c_str()).x);
    {
        ScopedStyleColour ink(ImGuiCol_Text, note.moderation == Moderation::Shown ? palette::kInk : palette::kInkMuted);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted((mark + one_line(note.text, text_w)).c_str());
    }
    ImGui::SameLine(row_w - button_w + ImGui::GetStyle().WindowPadding.x);
    const ButtonKind kind = note.moderation == Moderation::Waiting ? ButtonKind::Primary : ButtonKind::Secondary;
    if (touch_button(key.c_str(), label, kind, ctx, button_w))
        sink.submit(fmt::format("note.{}", verb), Json{{"id", note.id}});
}

}  // namespace

void draw_console_moderation(const ConsoleData& data, const Exercise& board, const Context& ctx) {
    ActionSink& sink = *data.facilitator;
    const Session& s = sink.session();
    ConsoleSection section(fmt::format(fmt::runtime(tr("Notes on \"{}\"")), board.title), ctx);
    const std::vector<std::size_t> order = moderation_order(s, board.id);
    if (order.empty()) {
        muted_text(tr("No notes on this board yet."));
        return;
    }
    const float row_h = ctx.metrics.touch_target() + ImGui::GetStyle().ItemSpacing.y;
    // At most kModerationRows, and no lower than the display's bottom (at least two rows).
    const float rows_h = row_h * float(std::min<std::size_t>(order.size(), kModerationRows)) + ImGui::GetStyle().WindowPadding.y;
    const float room = ImGui::GetMainViewport()->Size.y - ImGui::GetCursorScreenPos().y - ImGui::GetStyle().WindowPadding.y;
    const float h = std::max(std::min(rows_h, room), std::min(rows_h, 2.0f * row_h + ImGui::GetStyle().WindowPadding.y));
    ScopedChild list("##moderation", ImVec2(0, h), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    for (std::size_t i : order) moderation_row(sink, s.notes[i], ctx);
    if (data.scroll && data.redraw) data.scroll->follow("moderation", ctx, *data.redraw);
}

std::string one_line(const std::string& text, float width_px) {
    std::string flat = displayable_text(text);
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    std::replace(flat.begin(), flat.end(), '\t', ' ');
    if (ImGui::CalcTextSize(flat.c_str()).x <= width_px) return flat;
    const float room = width_px - ImGui::CalcTextSize(kEllipsis).x;
    // The longest prefix that ends on a character boundary and fits before the ellipsis.
    std::size_t fit = 0;
    for (std::size_t i = 1; i <= flat.size(); ++i) {
        if (i < flat.size() && (static_cast<unsigned char>(flat[i]) & 0xC0) == 0x80) continue;
        if (ImGui::CalcTextSize(flat.data(), flat.data() + i).x > room) break;
        fit = i;
    }
    while (fit > 0 && flat[fit - 1] == ' ') --fit;
    return flat.substr(0, fit) + kEllipsis;
}

std::vector<std::size_t> moderation_order(const Session& s, const std::string& board) {
    std::vector<std::size_t> order;
    for (Moderation m : {Moderation::Waiting, Moderation::Shown, Moderation::Hidden})
        for (std::size_t i = 0; i < s.notes.size(); ++i)
            if (s.notes[i].exercise == board && s.notes[i].moderation == m) order.push_back(i);
    return order;
}

void draw_console_phones(const ConsoleData& data, const Context& ctx, FacilitatorIntent& intent) {
    const PhonesInfo& phones = data.phones;
    {
        // Part of the room's section (no heading of its own): it keeps the console on a 1024x768 display.
        ConsoleSection section(std::string(), ctx);
        if (section.button("phones-on", ctx.fonts.icon("mobile") + tr("Phones may join"), phones.on))
            intent = SwitchPhonesIntent{};
        if (phones.on) {
            section.text(fmt::format(fmt::runtime(tr("Phones: {}")), phones.connected));
            if (section.button("phones-renew", tr("New code"))) intent = RenewJoinCodeIntent{};
        }
        if (data.facilitator) {
            const bool approval = data.facilitator->session().phone_approval;
            if (section.button("phones-approval", tr("Approve phone notes first"), approval))
                data.facilitator->submit("phones.approval", Json{{"on", !approval}});
        }
    }
    // The URL and the code are the system's text: arguments of the format, never the format.
    if (phones.on && !phones.url.empty()) {
        ImGui::TextUnformatted(fmt::format(fmt::runtime(tr("Address: {}")), phones.url).c_str());
        ImGui::TextUnformatted(fmt::format(fmt::runtime(tr("Code: {}")), phones.code).c_str());
    }
    if (!phones.error.empty()) {
        ScopedStyleColour ink(ImGuiCol_Text, palette::kAttention);
        ScopedTextWrap wrap;
        ImGui::TextUnformatted(phones.error.c_str());
    }
}

}  // namespace kiosk::ui
