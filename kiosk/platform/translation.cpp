#include "platform/translation.h"

#include "core/i18n.h"

#include <langinfo.h>
#include <libintl.h>

#include <algorithm>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

namespace kiosk::platform {
namespace {

bool codeset_is_utf8() {
    const char* cs = nl_langinfo(CODESET);
    return cs && (std::strcmp(cs, "UTF-8") == 0 || std::strcmp(cs, "utf8") == 0);
}

bool is_plain_c(const char* name) {
    return !name || std::strcmp(name, "C") == 0 || std::strcmp(name, "POSIX") == 0;
}

bool file_exists(const std::string& path) {
    struct stat st{};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::string& language_slot() {
    static std::string lang = "en";
    return lang;
}

}  // namespace

std::string ensure_utf8_locale(std::string& notice) {
    notice.clear();
    const char* from_env = std::setlocale(LC_ALL, "");
    if (!from_env || !codeset_is_utf8()) {
        if (std::setlocale(LC_ALL, "C.UTF-8")) {
            notice = N_("kiosk: locale is not UTF-8; using C.UTF-8");
        } else {
            notice = N_("kiosk: no UTF-8 locale available; text input may be limited to ASCII");
        }
    }
    // Only text classification and messages follow the user: every number the kiosk reads or
    // writes (options such as --scale 1.25, plan files, SVG, CSV, JSON, log lines) is in the C
    // locale's notation, or a Dutch desktop (decimal comma) would refuse --scale 1.25.
    std::setlocale(LC_NUMERIC, "C");
    // LC_MESSAGES=C (possible even with a UTF-8 LC_CTYPE) would make gettext ignore LANGUAGE.
    if (is_plain_c(std::setlocale(LC_MESSAGES, nullptr))) std::setlocale(LC_MESSAGES, "C.UTF-8");
    const char* ctype = std::setlocale(LC_CTYPE, nullptr);
    return ctype ? ctype : "";
}

std::string bind_catalogues(const std::vector<std::string>& dirs) {
    for (const auto& dir : dirs) {
        if (dir.empty() || !file_exists(dir + "/nl/LC_MESSAGES/" + kTextDomain + ".mo")) continue;
        ::bindtextdomain(kTextDomain, dir.c_str());
        ::bind_textdomain_codeset(kTextDomain, "UTF-8");
        return dir;
    }
    return {};
}

const std::vector<std::string>& supported_languages() {
    static const std::vector<std::string> langs = {"nl", "en"};
    return langs;
}

bool set_language(const std::string& lang) {
    const auto& langs = supported_languages();
    if (std::find(langs.begin(), langs.end(), lang) == langs.end()) return false;
    ::setenv("LANGUAGE", lang.c_str(), 1);
    // textdomain() bumps gettext's catalogue counter, so cached translations are looked up anew.
    ::textdomain(::textdomain(nullptr));
    language_slot() = lang;
    return true;
}

const std::string& current_language() { return language_slot(); }

}  // namespace kiosk::platform
