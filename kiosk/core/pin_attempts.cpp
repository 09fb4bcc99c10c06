#include "core/pin_attempts.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

double PinAttempts::wait_left(double now) const {
    if (wrong_in_a_row_ <= kFreeTries) return 0.0;
    return std::max(0.0, wait_until_ - now);
}

void PinAttempts::record_wrong(double now) {
    ++wrong_in_a_row_;
    if (wrong_in_a_row_ <= kFreeTries) return;
    // The exponent is capped before pow so that thousands of wrong PINs cannot overflow it.
    const int doublings = std::min(wrong_in_a_row_ - kFreeTries - 1, 16);
    const double wait = std::min(kLongestWaitSeconds, kFirstWaitSeconds * std::pow(2.0, doublings));
    wait_until_ = now + wait;
}

void PinAttempts::record_right() {
    wrong_in_a_row_ = 0;
    wait_until_ = 0.0;
}

}  // namespace kiosk
