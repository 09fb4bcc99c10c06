#include "ui/keyboard.h"

#include "core/i18n.h"
#include "ui/touch.h"
#include "ui/window_state.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {
namespace {

/// Frames in which a field tries to scroll into view: the first frame of a screen has no
/// measured content yet and a scroll set in one frame shows in the next.
constexpr int kRevealAttempts = 4;

/// Key height: one touch target and a tenth, so neighbouring keys are hard to hit by mistake.
float key_height(const Context& ctx) { return ctx.metrics.touch_target() * 1.1f; }
float key_gap(const Context& ctx) { return std::max(3.0f, 0.25f * ctx.metrics.em); }
float panel_pad(const Context& ctx) { return std::max(4.0f, 0.4f * ctx.metrics.em); }

/// Widest row of either page, in key units plus the number of keys (for the gaps).
void widest_row(float& units, int& keys) {
    units = 0;
    keys = 0;
    for (KeyboardPage page : {KeyboardPage::Letters, KeyboardPage::Symbols})
        for (const auto& row : keyboard_rows(page)) {
            float u = 0;
            for (const Key& k : row) u += k.width;
            if (u > units) { units = u; keys = int(row.size()); }
        }
}

/// The stable hit-target key of a key: "key-e", "key-€", "key-shift", ...
std::string target_key(const Key& key) {
    switch (key.action) {
        case KeyAction::Text: return "key-" + key.text;
        case KeyAction::Shift: return "key-shift";
        case KeyAction::Backspace: return "key-backspace";
        case KeyAction::Enter: return "key-enter";
        case KeyAction::Space: return "key-space";
        case KeyAction::Page: return "key-page";
        case KeyAction::Left: return "key-left";
        case KeyAction::Right: return "key-right";
        case KeyAction::Hide: return "key-hide";
    }
    return "key";
}

/// The icon drawn on an action key (Font Awesome, see fonts/manifest.toml), or "" for none.
const char* icon_name(KeyAction action) {
    switch (action) {
        case KeyAction::Shift: return "key_shift";
        case KeyAction::Backspace: return "key_backspace";
        case KeyAction::Enter: return "key_enter";
        case KeyAction::Left: return "key_left";
        case KeyAction::Right: return "key_right";
        case KeyAction::Hide: return "key_hide";
        default: return "";
    }
}

bool inside(ImVec2 p, ImVec2 a, ImVec2 b) { return p.x >= a.x && p.x < b.x && p.y >= a.y && p.y < b.y; }

/// Keys that repeat while held (the others type once, or open their accents on a long press).
bool repeats(KeyAction action) {
    return action == KeyAction::Backspace || action == KeyAction::Left || action == KeyAction::Right;
}

}  // namespace

KeyboardPanel& keyboard_panel() { return current_window_state().keyboard; }

void KeyboardPanel::focus(const std::string& key) {
    if (focused_ == key) return;
    if (!focused_.empty() && dirty_) pending_commit_.insert(focused_);
    paste_key_.clear();  // a paste's answer belongs to the field that asked while it has the keyboard
    focused_ = key;
    dirty_ = false;
    reveal_frames_ = kRevealAttempts;
    variants_.clear();
}

void KeyboardPanel::reveal_again() { reveal_frames_ = kRevealAttempts; }

void KeyboardPanel::blur() {
    if (!focused_.empty() && dirty_) pending_commit_.insert(focused_);
    paste_key_.clear();
    focused_.clear();
    dirty_ = false;
    variants_.clear();
    shift_ = caps_ = false;
    page_ = KeyboardPage::Letters;
    placed_.clear();
}

bool KeyboardPanel::take_pending_commit(const std::string& key) {
    return pending_commit_.erase(key) > 0;
}

void KeyboardPanel::mark_changed(double now_seconds) {
    dirty_ = true;
    changed_at_ = now_seconds;
}

bool KeyboardPanel::take_idle_commit(double now_seconds, Redraw& redraw) {
    if (!dirty_) return false;
    const double due = changed_at_ + kCommitAfterIdleSeconds;
    if (now_seconds >= due) {
        dirty_ = false;
        return true;
    }
    redraw.within(due - now_seconds);
    return false;
}

void KeyboardPanel::show_clamp_notice(const std::string& key, double now_seconds) {
    notice_key_ = key;
    notice_until_ = now_seconds + kNoticeSeconds;
}

bool KeyboardPanel::clamp_notice_visible(const std::string& key, double now_seconds, Redraw& redraw) const {
    if (key != notice_key_ || now_seconds >= notice_until_) return false;
    redraw.within(notice_until_ - now_seconds);
    return true;
}

void KeyboardPanel::show_paste_notice(const std::string& key, double now_seconds) {
    paste_notice_key_ = key;
    paste_notice_until_ = now_seconds + kNoticeSeconds;
}

bool KeyboardPanel::paste_notice_visible(const std::string& key, double now_seconds, Redraw& redraw) const {
    if (key != paste_notice_key_ || now_seconds >= paste_notice_until_) return false;
    redraw.within(paste_notice_until_ - now_seconds);
    return true;
}

float KeyboardPanel::height(const Context& ctx) const {
    const auto rows = float(keyboard_rows(page_).size());
    return 2.0f * panel_pad(ctx) + rows * key_height(ctx) + (rows - 1.0f) * key_gap(ctx);
}

float KeyboardPanel::reserved_height(const Context& ctx) const {
    return focused_.empty() ? 0.0f : height(ctx);
}

std::vector<KeyboardPanel::PlacedKey> KeyboardPanel::layout(const Context& ctx, ImVec2 origin,
                                                            float width) const {
    float units = 0;
    int keys = 0;
    widest_row(units, keys);
    const float kh = key_height(ctx), gap = key_gap(ctx), pad = panel_pad(ctx);
    // As wide as the display allows, but no wider than 1.5 key heights per unit (a 4K table
    // would otherwise get keys as wide as a hand); never narrower than a touch target.
    float unit = (width - 2.0f * pad - gap * float(keys - 1)) / units;
    unit = std::max(ctx.metrics.touch_target(), std::min(unit, 1.5f * kh));

    std::vector<PlacedKey> placed;
    float y = origin.y + pad;
    for (const auto& row : keyboard_rows(page_)) {
        float row_w = gap * float(row.size() - 1);
        for (const Key& k : row) row_w += k.width * unit;
        float x = origin.x + 0.5f * (width - row_w);
        for (const Key& k : row) {
            const float w = k.width * unit;
            placed.push_back({&k, ImVec2(x, y), ImVec2(x + w, y + kh)});
            x += w + gap;
        }
        y += kh + gap;
    }
    return placed;
}

void KeyboardPanel::type(const std::string& text) {
    if (!target_) return;
    const InsertOutcome outcome = target_->type_key(text);
    const double now = ImGui::GetTime();
    if (outcome != InsertOutcome::Inserted) show_clamp_notice(focused_, now);
    if (outcome != InsertOutcome::Refused) mark_changed(now);
    reveal_frames_ = kRevealAttempts;
}

void KeyboardPanel::press(const Key& key, const Context&) {
    if (!target_) return;
    const double now = ImGui::GetTime();
    switch (key.action) {
        case KeyAction::Text:
            type(shift_ || caps_ ? shifted(key.text) : key.text);
            if (!caps_) shift_ = false;
            break;
        case KeyAction::Shift:
            if (caps_) caps_ = shift_ = false;
            else if (shift_) caps_ = true;
            else shift_ = true;
            break;
        case KeyAction::Backspace:
            if (target_->caret() > 0) {
                target_->erase_before();
                mark_changed(now);
                reveal_frames_ = kRevealAttempts;
            }
            break;
        case KeyAction::Enter:
            if (target_->kind() == TextKind::Line) blur();  // one-line fields: Enter is "done"
            else type("\n");
            break;
        case KeyAction::Space: type(" "); break;
        case KeyAction::Page:
            page_ = page_ == KeyboardPage::Letters ? KeyboardPage::Symbols : KeyboardPage::Letters;
            break;
        case KeyAction::Left: target_->caret_left(); reveal_frames_ = kRevealAttempts; break;
        case KeyAction::Right: target_->caret_right(); reveal_frames_ = kRevealAttempts; break;
        case KeyAction::Hide: blur(); break;
    }
}

void KeyboardPanel::repeat_held_key(ImVec2 finger, double now, const Context& ctx, Redraw& redraw) {
    const PlacedKey& k = placed_[std::size_t(pressed_)];
    if (!inside(finger, k.min, k.max)) {  // slid off the key: it stops, and types nothing more
        pressed_ = -1;
        return;
    }
    const double held = now - pressed_at_;
    if (held < kKeyRepeatDelaySeconds) {
        redraw.within(kKeyRepeatDelaySeconds - held);
        return;
    }
    // Counted from the time held, not per frame, so a slow frame rate repeats just as often.
    const int due = 1 + int(std::floor((held - kKeyRepeatDelaySeconds) * kKeyRepeatPerSecond));
    for (; repeats_ < due; ++repeats_) press(*k.key, ctx);
    redraw.within(kKeyRepeatDelaySeconds + double(repeats_) / kKeyRepeatPerSecond - held);
}

std::vector<std::pair<ImVec2, ImVec2>> KeyboardPanel::variant_rects(const Context& ctx) const {
    // The popup covers the top row of keys next to the pressed key, inside the keyboard, so a
    // tap on it can never reach a widget underneath.
    const float kh = key_height(ctx), gap = key_gap(ctx);
    const float total = float(variants_.size()) * (kh + gap) - gap;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    float x = std::clamp(variants_anchor_.x - 0.5f * total, gap, std::max(gap, display.x - total - gap));
    std::vector<std::pair<ImVec2, ImVec2>> rects;
    for (std::size_t i = 0; i < variants_.size(); ++i) {
        rects.emplace_back(ImVec2(x, variants_anchor_.y), ImVec2(x + kh, variants_anchor_.y + kh));
        x += kh + gap;
    }
    return rects;
}

void KeyboardPanel::draw_variants(const Context& ctx, ImDrawList* draw) {
    const auto rects = variant_rects(ctx);
    const float gap = key_gap(ctx);
    draw->AddRectFilled(ImVec2(rects.front().first.x - gap, rects.front().first.y - gap),
                        ImVec2(rects.back().second.x + gap, rects.back().second.y + gap),
                        palette::kInk, 0.4f * ctx.metrics.em);
    for (std::size_t i = 0; i < variants_.size(); ++i) {
        const ImVec2 a = rects[i].first, b = rects[i].second;
        draw->AddRectFilled(a, b, palette::kSecondary, 0.3f * ctx.metrics.em);
        const ImVec2 ts = ImGui::CalcTextSize(variants_[i].c_str());
        draw->AddText(ImVec2(std::floor(0.5f * (a.x + b.x - ts.x)), std::floor(0.5f * (a.y + b.y - ts.y))),
                      palette::kInk, variants_[i].c_str());
        hit_targets().record("variant-" + variants_[i], a, b);
    }
}

void KeyboardPanel::draw(const Context& ctx, Redraw& redraw) {
    ImGuiIO& io = ImGui::GetIO();
    if (!target_) {
        // The focused field was not drawn this frame (its screen went away): hide.
        if (!focused_.empty()) blur();
        tracking_ = false;
        return;
    }
    const float h = height(ctx);
    const ImVec2 origin(0.0f, io.DisplaySize.y - h);
    ImGui::SetNextWindowPos(origin);
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##keyboard", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());  // always above the screen
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + io.DisplaySize.x, origin.y + h),
                        IM_COL32(214, 208, 195, 255));
    draw->AddLine(origin, ImVec2(origin.x + io.DisplaySize.x, origin.y), palette::kPanelBorder,
                  std::max(1.0f, 0.08f * ctx.metrics.em));

    hit_targets().record("keyboard", origin, ImVec2(io.DisplaySize.x, io.DisplaySize.y));

    // Input: a touch that starts on the keyboard is followed by the gesture tracker; a tap types
    // the key it started on, a long press on a letter with accents opens the variants.
    const auto now_ms = static_cast<std::int64_t>(ImGui::GetTime() * 1000.0);
    const ImVec2 p = io.MousePos;
    if (io.MouseClicked[0]) {
        tracking_ = false;
        bool on_variant = false;
        if (!variants_.empty()) {
            // A tap on the popup types that variant; a tap anywhere else closes it and, on a
            // key, is that key's tap as usual (so no keystroke is swallowed).
            const auto rects = variant_rects(ctx);
            for (std::size_t i = 0; i < rects.size(); ++i)
                if (inside(p, rects[i].first, rects[i].second)) {
                    type(variants_[i]);
                    if (!caps_) shift_ = false;
                    on_variant = true;
                    break;
                }
            variants_.clear();
        }
        if (!on_variant && p.y >= origin.y) {
            tracking_ = true;
            gesture_ = GestureTracker(GestureSettings{ctx.metrics.drag_threshold(), 500});
        }
    }
    if (placed_.empty()) placed_ = layout(ctx, origin, io.DisplaySize.x);
    if (tracking_) {
        const Gesture g = gesture_.update(io.MouseDown[0], p.x, p.y, now_ms);
        if (g == Gesture::Pressed) {
            pressed_ = -1;
            pressed_at_ = ImGui::GetTime();
            repeats_ = 0;
            for (std::size_t i = 0; i < placed_.size(); ++i)
                if (inside(p, placed_[i].min, placed_[i].max)) pressed_ = int(i);
        } else if (g == Gesture::Tap && pressed_ >= 0 && pressed_ < int(placed_.size()) && repeats_ == 0) {
            press(*placed_[std::size_t(pressed_)].key, ctx);
        } else if (g == Gesture::LongPress && pressed_ >= 0 && pressed_ < int(placed_.size())) {
            const PlacedKey& k = placed_[std::size_t(pressed_)];
            if (k.key->action == KeyAction::Text) {
                const std::string base = shift_ || caps_ ? shifted(k.key->text) : k.key->text;
                variants_ = long_press_variants(base);
                if (variants_.empty()) press(*k.key, ctx);  // no accents: type the key itself
                variants_anchor_ = ImVec2(0.5f * (k.min.x + k.max.x), origin.y + panel_pad(ctx));
            }
        } else if (g == Gesture::Cancelled && !variants_.empty()) {
            // Slide and release: the finger held a letter, moved onto an accent and let go.
            const auto rects = variant_rects(ctx);
            for (std::size_t i = 0; i < rects.size(); ++i)
                if (inside(p, rects[i].first, rects[i].second)) {
                    type(variants_[i]);
                    if (!caps_) shift_ = false;
                    variants_.clear();
                    break;
                }
        } else if (g == Gesture::DragStart) {
            pressed_ = -1;  // the finger slid off: nothing is typed
        }
        if (io.MouseDown[0] && pressed_ >= 0 && pressed_ < int(placed_.size()) &&
            repeats(placed_[std::size_t(pressed_)].key->action))
            repeat_held_key(p, ImGui::GetTime(), ctx, redraw);
        if (!io.MouseDown[0]) { tracking_ = false; pressed_ = -1; }
        else redraw.within(0.05);  // watch for the long press while the finger rests
    }

    // Keys, laid out after the input so a page switch shows at once (the input above used the
    // keys as they were drawn, i.e. as the finger saw them).
    placed_ = layout(ctx, origin, io.DisplaySize.x);
    const bool upper = shift_ || caps_ || (target_ && target_->at_sentence_start());
    const float round = 0.3f * ctx.metrics.em;
    for (std::size_t i = 0; i < placed_.size(); ++i) {
        const PlacedKey& k = placed_[i];
        const bool is_action = k.key->action != KeyAction::Text && k.key->action != KeyAction::Space;
        ImU32 fill = is_action ? IM_COL32(236, 231, 220, 255) : palette::kSecondary;
        ImU32 ink = palette::kInk;
        if (k.key->action == KeyAction::Shift && (shift_ || caps_)) {
            fill = palette::kAction;
            ink = palette::kOnAction;
        }
        if (int(i) == pressed_) fill = palette::kSecondaryPressed;
        draw->AddRectFilled(k.min, k.max, fill, round);
        draw->AddRect(k.min, k.max, palette::kPanelBorder, round);
        if (k.key->action == KeyAction::Shift && caps_)
            draw->AddLine(ImVec2(k.min.x + 0.3f * (k.max.x - k.min.x), k.max.y - 0.5f * round - 3.0f),
                          ImVec2(k.max.x - 0.3f * (k.max.x - k.min.x), k.max.y - 0.5f * round - 3.0f), ink, 2.0f);

        std::string label = k.key->label;
        auto icon = ctx.fonts.icons.find(icon_name(k.key->action));
        if (icon != ctx.fonts.icons.end()) label = icon->second;
        else if (k.key->action == KeyAction::Text && upper) label = shifted(label);
        if (k.key->action == KeyAction::Page)
            label = page_ == KeyboardPage::Letters ? "?123" : "abc";
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(std::floor(0.5f * (k.min.x + k.max.x - ts.x)),
                             std::floor(0.5f * (k.min.y + k.max.y - ts.y))),
                      ink, label.c_str());
        hit_targets().record(target_key(*k.key), k.min, k.max);
    }
    if (!variants_.empty()) draw_variants(ctx, draw);
    ImGui::End();

    target_ = nullptr;  // the field hands itself over again next frame
}

}  // namespace kiosk::ui
