#include "export/file_name.h"

#include "core/i18n.h"
#include "core/text.h"

#include <cctype>
#include <string_view>

namespace kiosk::exporting {
namespace {

bool is_reserved_device(std::string_view stem) {
    std::string upper;
    for (char c : stem) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    // Windows also ignores trailing blanks before the dot ("CON .txt").
    while (!upper.empty() && upper.back() == ' ') upper.pop_back();
    if (upper == "CON" || upper == "PRN" || upper == "AUX" || upper == "NUL") return true;
    return upper.size() == 4 && (upper.compare(0, 3, "COM") == 0 || upper.compare(0, 3, "LPT") == 0) &&
           upper[3] >= '1' && upper[3] <= '9';
}

void trim_end(std::string& s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.pop_back();
}

std::string replace_forbidden(const std::string& title) {
    std::string out;
    bool blank = false;
    for (unsigned char c : title) {
        if (c == ':' || c == '/' || c == '\\' || c == '|') c = '-';
        else if (c == '?' || c == '*' || c == '"' || c == '<' || c == '>') continue;
        else if (c == '\n' || c == '\t' || c == '\r') c = ' ';
        else if (c < 0x20 || c == 0x7F) continue;
        if (c == ' ') {
            if (blank || out.empty()) continue;
            blank = true;
        } else {
            blank = false;
        }
        out += static_cast<char>(c);
    }
    trim_end(out);
    return out;
}

}  // namespace

std::string clean_file_name(const std::string& title, const std::string& extension) {
    std::string base = replace_forbidden(title);
    if (base.empty()) base = replace_forbidden(tr("session"));
    std::string_view stem(base);
    if (auto dot = stem.find('.'); dot != std::string_view::npos) stem = stem.substr(0, dot);
    if (is_reserved_device(stem)) base.insert(stem.size(), "_");
    std::string suffix = extension.empty() ? "" : "." + extension;
    if (base.size() + suffix.size() > kMaxFileNameBytes) {
        base = std::string(clamp_to_graphemes(base, kMaxFileNameBytes - suffix.size()));
        trim_end(base);
    }
    return base + suffix;
}

}  // namespace kiosk::exporting
