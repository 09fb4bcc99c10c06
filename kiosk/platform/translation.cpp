#include "platform/translation.h"

#include <langinfo.h>

#include <clocale>
#include <cstring>

namespace kiosk::platform {
namespace {

bool codeset_is_utf8() {
    const char* cs = nl_langinfo(CODESET);
    return cs && (std::strcmp(cs, "UTF-8") == 0 || std::strcmp(cs, "utf8") == 0);
}

}  // namespace

std::string ensure_utf8_locale(LocaleNotice& notice) {
    notice = LocaleNotice::None;
    const char* from_env = std::setlocale(LC_ALL, "");
    if (!from_env || !codeset_is_utf8())
        notice = std::setlocale(LC_ALL, "C.UTF-8") ? LocaleNotice::UsedCUtf8 : LocaleNotice::NoUtf8Locale;
    // Only text classification follows the user: every number the kiosk reads or writes
    // (options such as --scale 1.25, plan files, SVG, CSV, JSON, log lines) is in the C locale's
    // notation, or a Dutch desktop (decimal comma) would refuse --scale 1.25.
    std::setlocale(LC_NUMERIC, "C");
    const char* ctype = std::setlocale(LC_CTYPE, nullptr);
    return ctype ? ctype : "";
}

}  // namespace kiosk::platform
