// A field of /proc/self/mounts as the kernel writes it, back to the path it names.
#pragma once

#include <string>

namespace kiosk::app {

/// `field` with the kernel's octal escapes (\040 space, \011 tab, \012 newline, \134 backslash)
/// turned back into their bytes; anything else, a malformed escape included, is kept as it is.
std::string unescape_mount_field(const std::string& field);

}  // namespace kiosk::app
