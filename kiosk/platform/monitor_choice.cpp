#include "platform/monitor_choice.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace kiosk::platform {
namespace {

bool all_digits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::string lower(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

int choose_monitor(const std::vector<std::string>& names, const std::string& spec) {
    if (spec.empty()) return -1;
    if (all_digits(spec)) {
        if (spec.size() > 3) return -1;
        const int n = std::atoi(spec.c_str());
        return n >= 1 && n <= int(names.size()) ? n - 1 : -1;
    }
    const std::string needle = lower(spec);
    for (size_t i = 0; i < names.size(); ++i)
        if (lower(names[i]).find(needle) != std::string::npos) return int(i);
    return -1;
}

bool parse_size(const std::string& text, int& width, int& height) {
    const auto x = text.find_first_of("xX");
    if (x == std::string::npos) return false;
    const std::string w = text.substr(0, x), h = text.substr(x + 1);
    if (!all_digits(w) || !all_digits(h) || w.size() > 5 || h.size() > 5) return false;
    const int wi = std::atoi(w.c_str()), hi = std::atoi(h.c_str());
    if (wi < 320 || hi < 240 || wi > 16384 || hi > 16384) return false;
    width = wi;
    height = hi;
    return true;
}

}  // namespace kiosk::platform
