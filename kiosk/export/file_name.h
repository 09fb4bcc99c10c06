// File names for exports, made from the session title so the team recognises them, and safe on
// every disk a USB stick may carry (FAT32, exFAT, NTFS) and on Windows, macOS and Linux.
#pragma once

#include <string>

namespace kiosk::exporting {

/// The longest file name in bytes (UTF-8) that FAT32, exFAT, NTFS and ext4 all accept.
inline constexpr std::size_t kMaxFileNameBytes = 255;

/// A file name made of `title` (UTF-8) and `extension` (without the dot, e.g. "pdf"):
///  - the characters Windows forbids, : / \ | become '-', and ? * " < > are dropped;
///  - control characters are dropped, line breaks and runs of blanks become one space;
///  - blanks at both ends and dots at the end of the name are removed (Windows drops them);
///  - a reserved device name (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, in any case, with or
///    without an extension) gets a '_' after it;
///  - letters with diacritics and other non-ASCII text are kept as they are;
///  - the name is shortened at a character (grapheme) boundary so that, extension included, it
///    is at most kMaxFileNameBytes bytes; the extension is always kept.
/// An empty result falls back to the translated word "session".
std::string clean_file_name(const std::string& title, const std::string& extension);

}  // namespace kiosk::exporting
