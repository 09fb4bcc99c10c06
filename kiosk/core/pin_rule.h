// What a facilitator PIN may be (issue 11, "A PIN protects it"): 4 to 8 digits, typed on the
// on-screen keypad. One rule for the keypad (ui/pin_keypad.h), which stops taking digits at the
// maximum, and for the store (store/facilitator_pin.h), which refuses anything else.
#pragma once

#include <string>

namespace kiosk {

inline constexpr int kPinMinDigits = 4;
inline constexpr int kPinMaxDigits = 8;

/// "" when `pin` is 4 to 8 ASCII digits 0-9 and nothing else; otherwise why not, translated
/// (tr(), core/i18n.h) for the facilitator.
std::string pin_refusal(const std::string& pin);

}  // namespace kiosk
