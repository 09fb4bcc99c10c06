// The way into the facilitator console (issue 11): after the long-press, the PIN keypad. What it
// decides:
//   - a PIN is set: the keypad asks for it; a right PIN opens the console, wrong ones slow the
//     next try down (core/pin_attempts.h). After the console was left, it opens again without
//     the PIN for kGraceSeconds, so a facilitator who starts the timer and goes back to the table
//     is not asked again at once;
//   - no PIN is set: the keypad offers to choose one (typed twice) or to skip; skipped, the
//     console opens, and the next run of the kiosk asks again. The console's "Set a PIN" asks
//     at any time;
//   - the PIN file is damaged: the console stays closed and the keypad says how to reset it at
//     the machine (`kiosk facilitator reset-pin`).
// Hashing takes 0.1–0.2 s (store/facilitator_pin.h), so it runs off the UI thread and the keypad
// shows "checking" meanwhile: the countdown on the table never stops.
#pragma once

#include "core/pin_attempts.h"
#include "store/facilitator_pin.h"
#include "ui/pin_keypad.h"
#include "ui/redraw.h"
#include "ui/theme.h"

#include <future>
#include <optional>
#include <string>

namespace kiosk::app {

class FacilitatorGate {
public:
    /// Seconds after leaving the console during which it opens again without the PIN.
    static constexpr double kGraceSeconds = 120.0;

    /// `pin_path`: the PIN file (facilitator_pin_path(database)); "" keeps no PIN at all (the
    /// screenshots, which never write): the console then opens at once.
    explicit FacilitatorGate(const std::string& pin_path);

    /// The long-press asked for the console at monotonic time `now` (seconds). True when it may
    /// open at once (no PIN file, or within the grace time); otherwise the keypad is up from now.
    bool request(double now);
    /// The console's "Set a PIN" / "Change the PIN": the keypad asks for a new PIN.
    void ask_new_pin();
    /// The console was left at `now`: the grace time starts.
    void left_console(double now) { grace_until_ = now + kGraceSeconds; }
    /// The console closed for good (session left, kiosk locked again): no grace.
    void lock() { grace_until_ = 0.0; }

    /// True while the keypad is up (the app draws it over the whole display and nothing else
    /// takes taps).
    bool asking() const { return asking_; }
    /// True while a typed PIN is being checked off the UI thread.
    bool checking() const { return checking_.valid(); }
    /// Whether a PIN is set now (for the console's button).
    bool pin_set() const;

    enum class Outcome { None, OpenConsole, Cancelled };
    /// Draws the keypad at monotonic time `now` and works on what was typed. OpenConsole on the
    /// frame a right PIN is confirmed (or a new PIN set or skipped before the first opening);
    /// Cancelled when the keypad was closed without it.
    Outcome draw(const ui::Context& ctx, double now, ui::Redraw& redraw);

private:
    Outcome finish_check(double now);
    std::optional<FacilitatorPin> pin_;
    PinAttempts attempts_;
    ui::PinKeypad keypad_;
    std::future<PinVerdict> checking_;
    std::future<PinVerdict> dropped_;  // a check cancelled while it ran, left to finish on its own
    bool asking_ = false;
    bool changing_ = false;          // asking for a new PIN from the console (not to open it)
    double grace_until_ = 0.0;       // monotonic seconds
};

}  // namespace kiosk::app
