#include "core/pin_rule.h"

#include "core/i18n.h"

#include <fmt/format.h>

#include <algorithm>

namespace kiosk {

std::string pin_refusal(const std::string& pin) {
    const bool digits_only = std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits_only) return tr("A PIN has only digits (0 to 9).");
    if (pin.size() < size_t(kPinMinDigits) || pin.size() > size_t(kPinMaxDigits))
        return fmt::format(fmt::runtime(tr("A PIN has {} to {} digits.")), kPinMinDigits, kPinMaxDigits);
    return {};
}

}  // namespace kiosk
