// Session notes as CSV (RFC 4180) for spreadsheets: one row per sticky note, checklist answer,
// checklist remark, vision, shared vision and form value, with the columns
//   session, exercise, kind, column or field, text, colour, group, votes, author, time
// (header names translated; time ISO 8601 in local time with offset, for notes only).
//
// Profiles: Dutch spreadsheets split on ';' and only read UTF-8 when the file starts with a
// byte-order mark, so the Dutch profile is ';' + BOM (the default for a Dutch session); the
// English one is ',' without a BOM. Never a "sep=" first line: it makes spreadsheets ignore the
// BOM (case K01). Records end in CR LF. A field is quoted when it holds the delimiter, a quote,
// CR or LF, with inner quotes doubled (case K02).
//
// Formula neutralisation (case K03), in CSV only: a cell whose first character is one of
//   =  +  -  @  TAB  CR
// gets one apostrophe (') put in front, so no spreadsheet evaluates it as a formula (the OWASP
// "CSV injection" rule). The apostrophe is then visible in the cell; every other export shows
// the text unchanged. It is applied to every cell alike (the header and numbers never start
// with those characters).
#pragma once

#include "core/session.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::exporting {

struct CsvOptions {
    char delimiter = ';';
    bool bom = true;  // UTF-8 byte-order mark at the start
};

/// The Dutch profile (';' + BOM) for language "nl", the English one (',', no BOM) otherwise.
CsvOptions csv_profile_for(const std::string& language);
/// The profile by name: "nl" / "semicolon" or "en" / "comma"; false for anything else.
bool parse_csv_profile(const std::string& name, CsvOptions& out);

/// The whole CSV file.
std::string to_csv(const Session& session, const CsvOptions& options);

/// One CSV file for several sessions, so a year of sessions fits in one spreadsheet (issue 13):
/// one header, then each session's rows in the order given, each row starting with the
/// session's id, date (YYYY-MM-DD), title and place, followed by the columns of to_csv() but
/// its title. Header and words such as "note" are in the calling thread's language (tr()), the
/// same for every session, so one column can be filtered on one word.
std::string to_csv(const std::vector<const Session*>& sessions, const CsvOptions& options);

/// `text` with the formula neutralisation above applied (unchanged when it does not apply).
std::string neutralise_formula(std::string_view text);

/// One field as written: neutralised, then quoted when needed.
std::string csv_field(std::string_view text, char delimiter);

/// `ms` since the epoch as ISO 8601 local time with offset, e.g. "2026-11-29T10:15:00+01:00".
std::string iso_time(std::int64_t ms);

}  // namespace kiosk::exporting
