#include "ui/keyboard_layout.h"

#include <utf8proc.h>

#include <map>

namespace kiosk::ui {
namespace {

std::vector<Key> letters(const char* row) {
    std::vector<Key> keys;
    for (const char* c = row; *c; ++c) keys.push_back({std::string(1, *c), std::string(1, *c)});
    return keys;
}

std::vector<Key> symbols(std::initializer_list<const char*> items) {
    std::vector<Key> keys;
    for (const char* s : items) keys.push_back({s, s});
    return keys;
}

}  // namespace

const std::vector<std::vector<Key>>& keyboard_rows(KeyboardPage page) {
    static const std::vector<std::vector<Key>> kLetters = [] {
        std::vector<std::vector<Key>> rows = {letters("1234567890"), letters("qwertyuiop"),
                                              letters("asdfghjkl"), letters("zxcvbnm")};
        rows[2].push_back({"\xE2\x8C\xAB", "", KeyAction::Backspace, 1.5f});  // ⌫
        rows[3].insert(rows[3].begin(), {"\xE2\x87\xA7", "", KeyAction::Shift, 1.5f});  // ⇧
        rows[3].push_back({",", ","});
        rows[3].push_back({".", "."});
        rows.push_back({{"?123", "", KeyAction::Page, 1.5f},
                        {"\xE2\x97\x80", "", KeyAction::Left},   // ◀
                        {"", " ", KeyAction::Space, 5.0f},
                        {"\xE2\x96\xB6", "", KeyAction::Right},  // ▶
                        {"\xE2\x86\xB5", "\n", KeyAction::Enter, 1.5f},  // ↵
                        // ▼, not ⌄ (U+2304): the text fonts have no ⌄ (tests/ui/own_glyphs_test.cpp)
                        {"\xE2\x96\xBC", "", KeyAction::Hide, 1.0f}});
        return rows;
    }();
    static const std::vector<std::vector<Key>> kSymbols = [] {
        std::vector<std::vector<Key>> rows = {
            letters("1234567890"),
            symbols({"\xE2\x82\xAC", "@", "#", "%", "&", "*", "-", "+", "=", "/"}),     // €
            symbols({"\xE2\x80\x9E", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",  // „ ” ‘ ’
                     "\"", "'", "(", ")", ":", ";"}),
            symbols({"\xE2\x80\x93", "\xE2\x80\xA6", "!", "?", "_", "\xC2\xB0"}),       // – … °
        };
        rows[3].push_back({"\xE2\x8C\xAB", "", KeyAction::Backspace, 1.5f});
        rows.push_back({{"abc", "", KeyAction::Page, 1.5f},
                        {"\xE2\x97\x80", "", KeyAction::Left},
                        {"", " ", KeyAction::Space, 5.0f},
                        {"\xE2\x96\xB6", "", KeyAction::Right},
                        {"\xE2\x86\xB5", "\n", KeyAction::Enter, 1.5f},
                        {"\xE2\x96\xBC", "", KeyAction::Hide, 1.0f}});  // ▼
        return rows;
    }();
    return page == KeyboardPage::Letters ? kLetters : kSymbols;
}

std::string shifted(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        utf8proc_int32_t cp = 0;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                  static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (n <= 0) { out += text[i++]; continue; }
        utf8proc_uint8_t buf[4];
        auto m = utf8proc_encode_char(utf8proc_toupper(cp), buf);
        out.append(reinterpret_cast<char*>(buf), static_cast<std::size_t>(m));
        i += static_cast<std::size_t>(n);
    }
    return out;
}

const std::vector<std::string>& long_press_variants(const std::string& base) {
    static const std::map<std::string, std::vector<std::string>> kVariants = [] {
        std::map<std::string, std::vector<std::string>> lower = {
            {"e", {"\xC3\xA9", "\xC3\xAB", "\xC3\xA8", "\xC3\xAA"}},  // é ë è ê
            {"i", {"\xC3\xAF", "\xC3\xAD", "\xC3\xAC", "\xC3\xAE"}},  // ï í ì î
            {"o", {"\xC3\xB3", "\xC3\xB6", "\xC3\xB4", "\xC3\xB2"}},  // ó ö ô ò
            {"u", {"\xC3\xBC", "\xC3\xBA", "\xC3\xBB", "\xC3\xB9"}},  // ü ú û ù
            {"a", {"\xC3\xA0", "\xC3\xA1", "\xC3\xA4", "\xC3\xA2"}},  // à á ä â
            {"c", {"\xC3\xA7"}},                                      // ç
            {"n", {"\xC3\xB1"}},                                      // ñ
        };
        auto all = lower;
        for (const auto& [key, variants] : lower) {
            std::vector<std::string> upper;
            for (const auto& v : variants) upper.push_back(shifted(v));
            all[shifted(key)] = upper;
        }
        return all;
    }();
    static const std::vector<std::string> kNone;
    auto it = kVariants.find(base);
    return it == kVariants.end() ? kNone : it->second;
}

}  // namespace kiosk::ui
