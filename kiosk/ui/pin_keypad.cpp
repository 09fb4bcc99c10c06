#include "ui/pin_keypad.h"

#include "core/i18n.h"
#include "core/pin_rule.h"
#include "ui/imgui_scope.h"
#include "ui/touch.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

namespace {

// The keys row by row as on a telephone: 1 2 3 / 4 5 6 / 7 8 9, then erase 0 OK.
constexpr char kDigitRows[3][3] = {{'1', '2', '3'}, {'4', '5', '6'}, {'7', '8', '9'}};

/// Sizes of the panel, all from the metrics so the keypad follows the display's scale.
struct KeypadLayout {
    float width = 0, pad = 0, gap = 0, key_width = 0, key_height = 0, dots_height = 0;
};

KeypadLayout layout_for(const Context& ctx) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float em = ctx.metrics.em;
    KeypadLayout l;
    l.pad = 1.5f * em;
    l.gap = ImGui::GetStyle().ItemSpacing.x;
    l.key_height = ctx.metrics.touch_target();
    // Three keys a row, each at least one touch target wide and never narrower than 4 em.
    const float key_min = std::max(l.key_height, 4.0f * em);
    l.width = std::min(vp->Size.x - 2.0f * em, 24.0f * em);
    l.key_width = std::max(key_min, (l.width - 2.0f * l.pad - 2.0f * l.gap) / 3.0f);
    l.width = 3.0f * l.key_width + 2.0f * l.gap + 2.0f * l.pad;
    l.dots_height = 1.6f * em;
    return l;
}

/// One dot per typed digit, centred in a row of `height` at the cursor.
void draw_dots(int count, float height, const Context& ctx) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float row_width = ImGui::GetContentRegionAvail().x;
    const float radius = 0.35f * ctx.metrics.em, step = 1.1f * ctx.metrics.em;
    const float first_x = origin.x + 0.5f * row_width - 0.5f * step * float(count - 1);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < count; ++i)
        dl->AddCircleFilled(ImVec2(first_x + step * float(i), origin.y + 0.5f * height), radius, palette::kInk, 16);
    // The line under the dots shows where the PIN goes before anything is typed.
    const float line_y = origin.y + height - 1.0f;
    dl->AddLine(ImVec2(origin.x + 0.2f * row_width, line_y), ImVec2(origin.x + 0.8f * row_width, line_y),
                palette::kPanelBorder, std::max(1.0f, 0.08f * ctx.metrics.em));
    ImGui::Dummy(ImVec2(row_width, height));
}

}  // namespace

void PinKeypad::open(PinKeypadMode mode) {
    mode_ = mode;
    step_ = Step::First;
    typed_.clear();
    first_.clear();
    message_ = Message::None;
    notice_.clear();
}

void PinKeypad::show_wrong() {
    step_ = Step::First;
    typed_.clear();
    message_ = Message::Wrong;
}

void PinKeypad::show_notice(std::string text) {
    if (step_ == Step::Checking) step_ = Step::First;
    typed_.clear();
    message_ = Message::Notice;
    notice_ = std::move(text);
}

void PinKeypad::press_digit(char digit) {
    if (step_ == Step::Checking || typed_.size() >= size_t(kPinMaxDigits)) return;
    if (message_ != Message::Differ) message_ = Message::None;  // "the two differ" stays for the retry
    typed_.push_back(digit);
}

PinKeypadIntent PinKeypad::press_ok() {
    if (typed_.size() < size_t(kPinMinDigits)) return {};
    if (mode_ == PinKeypadMode::Enter) {
        step_ = Step::Checking;
        message_ = Message::None;
        std::string pin;
        pin.swap(typed_);
        return PinEnteredIntent{std::move(pin)};
    }
    if (step_ == Step::First) {
        first_.swap(typed_);
        typed_.clear();
        step_ = Step::Repeat;
        message_ = Message::None;
        return {};
    }
    if (typed_ != first_) {  // start over: which of the two was the mistake cannot be known
        typed_.clear();
        first_.clear();
        step_ = Step::First;
        message_ = Message::Differ;
        return {};
    }
    std::string pin;
    pin.swap(typed_);
    first_.clear();
    step_ = Step::First;
    message_ = Message::None;
    return NewPinIntent{std::move(pin)};
}

PinKeypadIntent PinKeypad::draw(const Context& ctx, double wait_seconds, Redraw& redraw) {
    const bool waiting = wait_seconds > 0.0;
    if (waiting && step_ != Step::Checking) typed_.clear();

    const char* title = mode_ == PinKeypadMode::Enter ? N_("Facilitator PIN") : N_("Choose a facilitator PIN");
    const char* prompt = N_("Type the facilitator PIN.");
    if (mode_ == PinKeypadMode::Set)
        prompt = step_ == Step::Repeat ? N_("Type the same PIN again.")
                                       : N_("4 to 8 digits. Only the workshop leaders should know it.");
    std::string message;
    if (message_ == Message::Wrong) message = tr("Wrong PIN.");
    else if (message_ == Message::Differ) message = tr("The two PINs differ. Choose the PIN again.");
    else if (message_ == Message::Notice) message = notice_;
    if (step_ == Step::Checking) message = tr("Checking the PIN…");
    if (waiting) {
        const int seconds = int(std::ceil(wait_seconds));
        message += (message.empty() ? "" : " ") + fmt::format(fmt::runtime(tr("Wait {} s")), seconds);
        redraw.at_next_second_of(wait_seconds);
    }

    const KeypadLayout l = layout_for(ctx);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float inner = l.width - 2.0f * l.pad, sp = style.ItemSpacing.y;
    // The message area is at least two lines tall, so a short message appearing or going never
    // moves the keys under a finger; only a longer notice makes room for itself.
    const float line = ImGui::GetTextLineHeight();
    const float message_height =
        std::max(2.0f * line, ImGui::CalcTextSize(message.c_str(), nullptr, false, inner).y);
    const float heading = ctx.fonts.heading ? ctx.fonts.heading->FontSize : ImGui::GetFontSize();
    const float prompt_height = std::max(2.0f * line, ImGui::CalcTextSize(tr(prompt), nullptr, false, inner).y);
    // Placed from this height, computed beforehand, as the facilitator console is: a window
    // centred on its own auto-fitted size moves between its first and second frame.
    const float height = 2.0f * l.pad + heading + prompt_height + l.dots_height + message_height + 5.0f * l.key_height +
                         9.0f * sp;
    const float top = std::max(ctx.metrics.em, 0.5f * (vp->Size.y - height));
    modal_backdrop("##pin-backdrop", IM_COL32(28, 31, 36, 160));
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + 0.5f * (vp->Size.x - l.width), vp->Pos.y + top), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(l.width, 0.0f));
    ImGui::SetNextWindowFocus();
    ScopedStyleColour panel(ImGuiCol_WindowBg, palette::kPanel);
    ScopedStyleVar padding(ImGuiStyleVar_WindowPadding, ImVec2(l.pad, l.pad));
    ImGui::Begin("##pin-keypad", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);

    heading_text(ctx, ctx.fonts.icon("lock") + tr(title));
    {
        const float y = ImGui::GetCursorPosY();
        muted_text(tr(prompt));
        ImGui::SetCursorPosY(y + prompt_height + sp);
    }
    draw_dots(int(typed_.size()), l.dots_height, ctx);
    {
        const float y = ImGui::GetCursorPosY();
        ScopedStyleColour attention(ImGuiCol_Text, palette::kAttention);
        ScopedTextWrap wrap;
        ImGui::TextUnformatted(message.c_str());
        ImGui::SetCursorPosY(y + message_height + sp);
    }

    PinKeypadIntent intent;
    const bool digits_enabled = !waiting && step_ != Step::Checking;
    char key[8] = "pin-0";
    for (const auto& row : kDigitRows) {
        for (int c = 0; c < 3; ++c) {
            if (c > 0) ImGui::SameLine(0.0f, l.gap);
            key[4] = row[c];
            if (touch_button(key, std::string(1, row[c]), ButtonKind::Secondary, ctx, l.key_width, digits_enabled))
                press_digit(row[c]);
        }
    }
    if (touch_button("pin-erase", ctx.fonts.icon("key_backspace") + tr("Erase"), ButtonKind::Secondary, ctx,
                     l.key_width, digits_enabled && !typed_.empty())) {
        typed_.pop_back();
        if (message_ == Message::Wrong || message_ == Message::Notice) message_ = Message::None;
    }
    ImGui::SameLine(0.0f, l.gap);
    if (touch_button("pin-0", "0", ButtonKind::Secondary, ctx, l.key_width, digits_enabled)) press_digit('0');
    ImGui::SameLine(0.0f, l.gap);
    const bool ok_enabled = digits_enabled && typed_.size() >= size_t(kPinMinDigits);
    if (touch_button("pin-ok", ctx.fonts.icon("check") + tr("OK"), ButtonKind::Primary, ctx, l.key_width, ok_enabled))
        intent = press_ok();

    ImGui::Spacing();
    if (mode_ == PinKeypadMode::Set) {
        if (touch_button("pin-skip", tr("Skip for now"), ButtonKind::Secondary, ctx, -1.0f)) intent = PinSkippedIntent{};
    } else if (touch_button("pin-cancel", ctx.fonts.icon("close") + tr("Cancel"), ButtonKind::Secondary, ctx, -1.0f)) {
        intent = PinCancelledIntent{};
    }
    ImGui::End();
    return intent;
}

}  // namespace kiosk::ui
