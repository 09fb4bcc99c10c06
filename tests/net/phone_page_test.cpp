// The phone page (kiosk/net/phone_page/phone_page.html) as compiled into the kiosk: small, self-
// contained, runnable on a phone of five years ago over plain http, in Dutch and English.
// These are text checks of the page; the page running in a browser is the Chromium e2e test's.
#include "net/phone_page/phone_page.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

std::string page() { return std::string(kiosk::net::phone_page()); }

// The inline script: everything between the page's one <script> and </script>.
std::string script() {
    const std::string p = page();
    const auto open = p.find("<script>");
    const auto close = p.rfind("</script>");
    if (open == std::string::npos || close == std::string::npos || close < open) return "";
    return p.substr(open + 8, close - open - 8);
}

// The keys of one text table of the script: `var NAME = { key: '…', … };`.
std::set<std::string> text_keys(const std::string& name) {
    const std::string s = script();
    const auto start = s.find("var " + name + " = {");
    if (start == std::string::npos) return {};
    const auto end = s.find("\n  };", start);
    const std::string table = s.substr(start, end - start);
    std::set<std::string> keys;
    static const std::regex key(R"re(\n\s+([a-z_]+): ')re");
    for (auto it = std::sregex_iterator(table.begin(), table.end(), key); it != std::sregex_iterator(); ++it)
        keys.insert((*it)[1]);
    return keys;
}

// Every key the page looks up: data-i18n="key", data-i18n-label="key" and t('key').
std::set<std::string> used_keys() {
    const std::string p = page();
    std::set<std::string> keys;
    static const std::regex attribute(R"re(data-i18n(?:-label)?="([a-z_]+)")re");
    static const std::regex call(R"re(\bt\('([a-z_]+)')re");
    for (const auto* re : {&attribute, &call})
        for (auto it = std::sregex_iterator(p.begin(), p.end(), *re); it != std::sregex_iterator(); ++it)
            keys.insert((*it)[1]);
    // Keys chosen in code and then passed to t(): the answers of the checklist and the states.
    static const std::regex quoted(R"re('((?:answer|state|timer)_[a-z_]+)')re");
    for (auto it = std::sregex_iterator(p.begin(), p.end(), quoted); it != std::sregex_iterator(); ++it)
        keys.insert((*it)[1]);
    return keys;
}

TEST(PhonePage, EmbedsTheFileByteForByte) {
    std::ifstream in(KIOSK_SOURCE_DIR "/kiosk/net/phone_page/phone_page.html", std::ios::binary);
    ASSERT_TRUE(in) << "phone_page.html not found";
    std::ostringstream file;
    file << in.rdbuf();
    EXPECT_EQ(page(), file.str());
    EXPECT_EQ(page().rfind("<!DOCTYPE html>", 0), 0u);
}

TEST(PhonePage, IsAtMost100KiB) {
    EXPECT_LE(page().size(), 100u * 1024u);
}

TEST(PhonePage, LoadsNothingFromElsewhere) {
    const std::string p = page();
    EXPECT_EQ(p.find("http://"), std::string::npos);
    EXPECT_EQ(p.find("https://"), std::string::npos);
    EXPECT_EQ(p.find("@import"), std::string::npos);
    // src=, href=, action= and url(): only same-page values, never scheme-relative "//host".
    static const std::regex reference(R"re((?:src|href|action)\s*=\s*["']?\s*//|url\(\s*["']?\s*//)re",
                                      std::regex::icase);
    EXPECT_FALSE(std::regex_search(p, reference));
    static const std::regex external_tag(R"re(<(?:script|link|img|iframe)[^>]*\s(?:src|href)=)re", std::regex::icase);
    EXPECT_FALSE(std::regex_search(p, external_tag)) << "the page loads nothing, not even from the kiosk";
}

TEST(PhonePage, ScriptIsPlainEs2017) {
    const std::string s = script();
    ASSERT_FALSE(s.empty());
    // Optional chaining (but not a ternary on a number like `a ?.5 : 1`) and nullish coalescing
    // are missing in Safari 13 and Chrome 79.
    static const std::regex optional_chaining(R"re(\?\.(?![0-9]))re");
    EXPECT_FALSE(std::regex_search(s, optional_chaining));
    EXPECT_EQ(s.find("??"), std::string::npos);
    // No async code at all, so no top-level await either.
    static const std::regex await_word(R"re(\bawait\b)re");
    EXPECT_FALSE(std::regex_search(s, await_word));
}

TEST(PhonePage, UsesNoSecureContextApi) {
    // A LAN IP over plain http is an insecure origin (PLATFORM-NOTES.md): these are undefined.
    const std::string s = script();
    for (const char* api : {"randomUUID", "serviceWorker", "wakeLock", "navigator.clipboard", "crypto.subtle"})
        EXPECT_EQ(s.find(api), std::string::npos) << api;
    EXPECT_NE(s.find("getRandomValues"), std::string::npos);
    EXPECT_NE(s.find("Math.random"), std::string::npos) << "the fallback for getRandomValues";
}

TEST(PhonePage, InsertsUserTextOnlyAsText) {
    const std::string s = script();
    for (const char* sink : {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("})
        EXPECT_EQ(s.find(sink), std::string::npos) << sink;
}

TEST(PhonePage, EveryTextIsInDutchAndEnglish) {
    const auto nl = text_keys("NL");
    const auto en = text_keys("EN");
    ASSERT_GT(nl.size(), 20u);
    EXPECT_EQ(nl, en) << "the two text tables have the same keys";
    const auto used = used_keys();
    ASSERT_GT(used.size(), 20u);
    for (const auto& key : used) {
        EXPECT_TRUE(nl.count(key)) << key << " has no Dutch text";
        EXPECT_TRUE(en.count(key)) << key << " has no English text";
    }
}

TEST(PhonePage, HasEveryViewInBothLanguages) {
    const std::string p = page();
    for (const char* view : {"code", "connecting", "full", "screen", "board", "writing", "checklist"})
        EXPECT_NE(p.find(std::string("data-view=\"") + view + "\""), std::string::npos) << view;
    // One text of each view and the lock, Dutch then English.
    for (const char* text : {"Doe mee met de workshop", "Join the workshop",
                             "Kijk naar het scherm", "Look at the screen",
                             "De ruimte is vol", "The room is full",
                             "Nog {n} stippen", "{n} dots left",
                             "Alleen jij ziet dit tot de onthulling", "Only you see this until the reveal",
                             "Wacht op goedkeuring", "Waiting for approval",
                             "Verborgen door de begeleider", "Hidden by the facilitator",
                             "Inleveren", "Hand in",
                             "nog niet", "not yet",
                             "De begeleider heeft de tafel even op slot gezet",
                             "The facilitator has locked the table for a moment"})
        EXPECT_NE(p.find(text), std::string::npos) << text;
}

TEST(PhonePage, KnowsTheLimitsInBytes) {
    const std::string s = script();
    EXPECT_NE(s.find("note: 1000"), std::string::npos);
    EXPECT_NE(s.find("vision: 20000"), std::string::npos);
    EXPECT_NE(s.find("name: 200"), std::string::npos);
    EXPECT_NE(s.find("TextEncoder"), std::string::npos);
    EXPECT_NE(page().find("inputmode=\"numeric\""), std::string::npos) << "the code field brings up digits";
}

}  // namespace
