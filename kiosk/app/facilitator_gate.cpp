#include "app/facilitator_gate.h"

#include <chrono>
#include <cstdio>

namespace kiosk::app {

namespace {

void log_line(const char* line) { std::fprintf(stderr, "kiosk: %s\n", line); }

/// While a PIN is checked off the UI thread, how soon the keypad looks again (seconds).
constexpr double kCheckPollSeconds = 0.03;

}  // namespace

FacilitatorGate::FacilitatorGate(const std::string& pin_path) {
    if (!pin_path.empty()) pin_.emplace(pin_path);
}

bool FacilitatorGate::pin_set() const { return pin_ && pin_->is_set(); }

bool FacilitatorGate::request(double now) {
    if (!pin_ || now < grace_until_) return true;
    changing_ = false;
    asking_ = true;
    switch (pin_->state()) {
        case PinState::NotSet: keypad_.open(ui::PinKeypadMode::Set); break;
        case PinState::Set: keypad_.open(ui::PinKeypadMode::Enter); break;
        case PinState::Damaged:
            keypad_.open(ui::PinKeypadMode::Enter);
            keypad_.show_notice(pin_->damage_message());
            break;
    }
    log_line("pin keypad opened");
    return false;
}

void FacilitatorGate::ask_new_pin() {
    if (!pin_) return;
    changing_ = true;
    asking_ = true;
    keypad_.open(ui::PinKeypadMode::Set);
    log_line("pin keypad opened");
}

FacilitatorGate::Outcome FacilitatorGate::finish_check(double now) {
    switch (checking_.get()) {
        case PinVerdict::Right:
            attempts_.record_right();
            asking_ = false;
            log_line("pin right");
            return Outcome::OpenConsole;
        case PinVerdict::Wrong:
            attempts_.record_wrong(now);
            keypad_.show_wrong();
            log_line("pin wrong");
            return Outcome::None;
        case PinVerdict::Damaged: keypad_.show_notice(pin_->damage_message()); return Outcome::None;
    }
    return Outcome::None;
}

FacilitatorGate::Outcome FacilitatorGate::draw(const ui::Context& ctx, double now, ui::Redraw& redraw) {
    Outcome out = Outcome::None;
    if (checking_.valid()) {
        if (checking_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) out = finish_check(now);
        else redraw.within(kCheckPollSeconds);
    }
    if (!asking_) return out;
    const ui::PinKeypadIntent intent = keypad_.draw(ctx, attempts_.wait_left(now), redraw);
    if (const auto* entered = std::get_if<ui::PinEnteredIntent>(&intent)) {
        checking_ = pin_->verify_async(entered->pin);
        redraw.within(kCheckPollSeconds);
    } else if (const auto* chosen = std::get_if<ui::NewPinIntent>(&intent)) {
        // Hashing a new PIN takes as long as a check (0.1–0.2 s) and happens once, on purpose:
        // on this thread, so its message is in the kiosk's language.
        if (const PinSetResult r = pin_->set(chosen->pin); !r) {
            keypad_.show_notice(r.error);
            return out;
        }
        log_line("pin set");
        asking_ = false;
        return changing_ ? Outcome::None : Outcome::OpenConsole;
    } else if (std::holds_alternative<ui::PinSkippedIntent>(intent)) {
        asking_ = false;
        log_line("pin skipped");
        return changing_ ? Outcome::None : Outcome::OpenConsole;
    } else if (std::holds_alternative<ui::PinCancelledIntent>(intent)) {
        // A check still running is dropped: its answer must not open the console later.
        if (checking_.valid()) dropped_ = std::move(checking_);
        asking_ = false;
        return changing_ ? Outcome::None : Outcome::Cancelled;
    }
    return out;
}

}  // namespace kiosk::app
