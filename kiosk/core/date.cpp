#include "core/date.h"

#include "core/i18n.h"

#include <fmt/format.h>

namespace kiosk {
namespace {

/// The number written by the digits [from, from + n) of `s`, or -1 when one is not a digit.
int number(std::string_view s, std::size_t from, std::size_t n) {
    int value = 0;
    for (std::size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

}  // namespace

bool valid_iso_date(std::string_view d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    const int y = number(d, 0, 4), m = number(d, 5, 2), day = number(d, 8, 2);
    if (y < 2000 || y > 2999 || m < 1 || m > 12 || day < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return day <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string date_refusal(std::string_view value) {
    return fmt::format(fmt::runtime(tr("\"{}\" is not a date on the calendar.")), value) + " " +
           tr("Write the date as year-month-day, for example 2024-05-17.");
}

}  // namespace kiosk
