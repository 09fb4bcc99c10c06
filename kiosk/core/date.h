// Calendar dates as people enter them: a session's date (the start screen, `kiosk apply`) and
// the date boxes of a plan's forms (FieldKind::Date). One rule for every source (issue 14:
// 2026-02-30 and 2026-13-01 were accepted).
#pragma once

#include <string>
#include <string_view>

namespace kiosk {

/// True for a real calendar date written YYYY-MM-DD with the years 2000..2999 (a workshop or a
/// goal of one; the start screen's − and + stay within them): the month 01..12, the day within
/// that month, 29 February only in a leap year of the Gregorian calendar.
bool valid_iso_date(std::string_view date);

/// The translated message that refuses `value` as a date, naming it, e.g. "2026-02-30 is not a
/// date on the calendar. Write the date as year-month-day, for example 2024-05-17."
std::string date_refusal(std::string_view value);

}  // namespace kiosk
