// Issue 14, "glyph fallback that differs per surface": every string the kiosk itself draws has its
// glyphs in the atlas built from fonts/manifest.toml, and a character no font holds shows as one
// and the same glyph on every surface.
//
// The strings are read from where they live, not copied into a table: every msgid and msgstr of
// po/nl.po, every string literal (outside comments) of kiosk/ui and kiosk/app, and every icon of
// the manifest. A symbol added to a source file without its glyph in the atlas fails here.
#include "platform/fonts.h"
#include "ui/note_text.h"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8, as ImGui decodes text

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace kiosk {
namespace {

namespace fs = std::filesystem;
const std::string kSource = KIOSK_SOURCE_DIR;

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Decodes UTF-8; false on a malformed sequence. Code points above U+FFFF are kept as they are,
// so the check below can report them (ImGui 1.86 cannot hold them at all).
bool decode_utf8(const std::string& s, std::vector<unsigned>& out) {
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = s[i];
        int n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (n < 0) return false;
        unsigned cp = n == 0 ? c : n == 1 ? (c & 0x1F) : n == 2 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k <= n; ++k) {
            if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        }
        out.push_back(cp);
        i += size_t(n) + 1;
    }
    return true;
}

void append_utf8(unsigned cp, std::string& out) {
    if (cp < 0x80) { out += char(cp); return; }
    if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); return; }
    if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
    }
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
}

/// One string the kiosk draws and where it was found ("po/nl.po:120").
struct OwnText { std::string text, where; };

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// The body of a C/C++ or PO string literal starting after its opening quote at `i`; `i` ends past
// the closing quote. Escapes as C++ reads them (\x takes every hex digit that follows).
std::string literal_at(const std::string& src, size_t& i) {
    std::string out;
    while (i < src.size() && src[i] != '"') {
        char c = src[i++];
        if (c != '\\' || i >= src.size()) { out += c; continue; }
        char e = src[i++];
        switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = unsigned(e - '0');
            for (int k = 0; k < 2 && i < src.size() && src[i] >= '0' && src[i] <= '7'; ++k)
                v = v * 8 + unsigned(src[i++] - '0');
            out += char(v);
            break;
        }
        case 'x': {
            unsigned v = 0;
            while (i < src.size() && is_hex(src[i])) v = v * 16 + unsigned(std::stoi(std::string(1, src[i++]), nullptr, 16));
            out += char(v & 0xFF);
            break;
        }
        case 'u': case 'U': {
            const size_t len = e == 'u' ? 4 : 8;
            append_utf8(unsigned(std::stoul(src.substr(i, len), nullptr, 16)), out);
            i += len;
            break;
        }
        default: out += e; break;  // \" \\ \' \?
        }
    }
    ++i;  // the closing quote
    return out;
}

int line_of(const std::string& src, size_t pos) {
    return 1 + int(std::count(src.begin(), src.begin() + std::ptrdiff_t(pos), '\n'));
}

// Every string literal of a C++ source outside comments and character literals; adjacent
// literals ("\xE2\x80\x9C" "Add") are joined, as the compiler joins them.
std::vector<OwnText> cpp_literals(const fs::path& file) {
    const std::string src = read_all(file);
    const std::string name = file.lexically_relative(kSource).string();
    std::vector<OwnText> out;
    bool joinable = false;  // only whitespace since the last literal ended
    for (size_t i = 0; i < src.size();) {
        if (src.compare(i, 2, "//") == 0) { i = src.find('\n', i); if (i == std::string::npos) break; continue; }
        if (src.compare(i, 2, "/*") == 0) { i = src.find("*/", i + 2); if (i == std::string::npos) break; i += 2; continue; }
        const char c = src[i];
        if (c == '\'') {  // a character literal, or a digit separator (1'000)
            if (i > 0 && std::isalnum(static_cast<unsigned char>(src[i - 1]))) { ++i; continue; }
            ++i;
            while (i < src.size() && src[i] != '\'') i += src[i] == '\\' ? 2 : 1;
            ++i;
            joinable = false;
            continue;
        }
        if (c == 'R' && i + 1 < src.size() && src[i + 1] == '"') {  // raw string R"d(...)d"
            const size_t open = src.find('(', i + 2);
            const std::string end = ")" + src.substr(i + 2, open - i - 2) + "\"";
            const size_t close = src.find(end, open);
            out.push_back({src.substr(open + 1, close - open - 1), name + ":" + std::to_string(line_of(src, i))});
            i = close + end.size();
            joinable = false;
            continue;
        }
        if (c == '"') {
            const size_t at = i++;
            std::string text = literal_at(src, i);
            if (joinable && !out.empty()) out.back().text += text;
            else out.push_back({std::move(text), name + ":" + std::to_string(line_of(src, at))});
            joinable = true;
            continue;
        }
        if (!std::isspace(static_cast<unsigned char>(c))) joinable = false;
        ++i;
    }
    return out;
}

// Every msgid, msgid_plural and msgstr[...] of a PO file, continuation lines joined.
std::vector<OwnText> po_strings(const fs::path& file) {
    std::ifstream in(file);
    std::vector<OwnText> out;
    std::string line;
    int n = 0;
    bool in_entry_string = false;
    while (std::getline(in, line)) {
        ++n;
        if (line.empty() || line[0] == '#') { in_entry_string = false; continue; }
        const size_t q = line.find('"');
        if (q == std::string::npos) { in_entry_string = false; continue; }
        size_t i = q + 1;
        std::string text = literal_at(line, i);
        const bool continuation = line[0] == '"';
        if (continuation && in_entry_string) out.back().text += text;
        else out.push_back({std::move(text), "po/nl.po:" + std::to_string(n)});
        in_entry_string = true;
    }
    return out;
}

std::vector<OwnText> every_own_text() {
    std::vector<OwnText> all = po_strings(kSource + "/po/nl.po");
    for (const char* dir : {"/kiosk/ui", "/kiosk/app"})
        for (const auto& entry : fs::directory_iterator(kSource + dir)) {
            const auto ext = entry.path().extension();
            if (ext != ".cpp" && ext != ".h") continue;
            for (auto& t : cpp_literals(entry.path())) all.push_back(std::move(t));
        }
    return all;
}

platform::FontManifest shipped_manifest() {
    platform::FontManifest m;
    std::string error;
    EXPECT_TRUE(platform::read_font_manifest(kSource + "/fonts/manifest.toml", m, error)) << error;
    return m;
}

class OwnGlyphs : public ::testing::Test {
protected:
    void SetUp() override {
        manifest_ = shipped_manifest();
        fonts_ = builder_.build(atlas_, manifest_, 27.0f);
        ASSERT_TRUE(fonts_.notices.empty()) << fonts_.notices.front();
        ASSERT_NE(fonts_.body, nullptr);
        ASSERT_NE(fonts_.heading, nullptr);
    }
    platform::FontManifest manifest_;
    ImFontAtlas atlas_;
    platform::FontAtlasBuilder builder_;
    platform::LoadedFonts fonts_;
};

TEST_F(OwnGlyphs, TheScanFindsTheKiosksOwnStrings) {
    // The scanner itself: it must see escaped and literal UTF-8, joined literals and the PO file,
    // or the test below would pass by finding nothing.
    const auto all = every_own_text();
    auto has = [&](const std::string& s) {
        for (const auto& t : all) if (t.text.find(s) != std::string::npos) return true;
        return false;
    };
    EXPECT_GT(all.size(), 500u);
    EXPECT_TRUE(has("Tap \xE2\x80\x9C" "Add my text\xE2\x80\x9D to start writing."));  // joined
    EXPECT_TRUE(has("Removing the stick safely\xE2\x80\xA6"));                       // literal …
    EXPECT_TRUE(has("Ĳsbreker"));                                                     // plain UTF-8
    EXPECT_TRUE(has("\xE2\x8C\xAB"));                                                 // escaped ⌫
    for (const auto& t : all) EXPECT_EQ(t.text.find("\xF0\x9F\x91\x8D"), std::string::npos) << t.where;  // 👍 is in a comment only
}

TEST_F(OwnGlyphs, EveryCodePointTheKioskDrawsIsInTheAtlas) {
    std::map<unsigned, std::string> missing;  // code point -> first place it is drawn
    std::vector<std::string> malformed;
    auto check = [&](unsigned cp, const std::string& where) {
        if (cp < 0x20 || cp == 0x7F) return;  // line breaks and tabs are layout, not glyphs
        for (ImFont* font : {fonts_.body, fonts_.heading})
            if (cp > 0xFFFF || font->FindGlyphNoFallback(ImWchar(cp)) == nullptr) {
                missing.emplace(cp, where);
                return;
            }
    };
    for (const auto& t : every_own_text()) {
        std::vector<unsigned> cps;
        if (!decode_utf8(t.text, cps)) { malformed.push_back(t.where); continue; }
        for (unsigned cp : cps) check(cp, t.where);
    }
    for (const auto& [name, cp] : manifest_.icons) check(cp, "fonts/manifest.toml icon " + name);

    EXPECT_TRUE(malformed.empty()) << "not UTF-8: " << malformed.front();
    std::string report;
    for (const auto& [cp, where] : missing) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "U+%04X ", cp);
        std::string glyph;
        append_utf8(cp, glyph);
        report += std::string("\n  ") + hex + glyph + "  first drawn at " + where;
    }
    EXPECT_TRUE(missing.empty()) << missing.size() << " code points the kiosk draws have no glyph in the atlas:" << report;
}

TEST_F(OwnGlyphs, ACharacterNoFontHoldsShowsAsOneGlyphOnEverySurface) {
    // The rule (fonts/manifest.toml [replacement], kiosk/platform/fonts.h): every text font falls
    // back to the manifest's replacement code point, and a note's shown copy (cards, projector,
    // phones console) uses that same code point for what ImGui cannot hold, which the editor,
    // drawing the raw text, gets from ImGui's own decoding of code points above U+FFFF.
    const std::string replacement = platform::utf8_of(manifest_.replacement);
    EXPECT_EQ(std::string(ui::kPlaceholderGlyph), replacement);
    for (ImFont* font : {fonts_.body, fonts_.heading}) {
        EXPECT_EQ(unsigned(font->FallbackChar), manifest_.replacement);
        ASSERT_NE(font->FindGlyphNoFallback(ImWchar(manifest_.replacement)), nullptr);
        // A BMP character no font has (CJK), an emoji as the editor draws it, and an emoji as
        // a card draws it (displayable_text) all come out as the very same glyph.
        unsigned emoji = 0;
        ImTextCharFromUtf8(&emoji, "\xF0\x9F\x91\x8D", nullptr);
        const std::string card = ui::displayable_text("\xF0\x9F\x91\x8D");
        unsigned card_cp = 0;
        ImTextCharFromUtf8(&card_cp, card.c_str(), nullptr);
        EXPECT_EQ(font->FindGlyph(ImWchar(0x4E00)), font->FallbackGlyph);
        EXPECT_EQ(font->FindGlyph(ImWchar(emoji)), font->FallbackGlyph);
        EXPECT_EQ(font->FindGlyph(ImWchar(card_cp)), font->FallbackGlyph);
    }
}

TEST_F(OwnGlyphs, AtlasStaysSmall) {
    // Body sizes of 1080p and 2160p screens (1/40 of the height, README).
    for (float px : {27.0f, 54.0f}) {
        ImFontAtlas atlas;
        platform::FontAtlasBuilder builder;
        const platform::LoadedFonts fonts = builder.build(atlas, manifest_, px);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        atlas.GetTexDataAsAlpha8(&pixels, &w, &h);
        std::printf("atlas at body %.0f px: %d x %d, %d glyphs in body\n", px, w, h, fonts.body->Glyphs.Size);
        // 4096 x 4096 is where older GPUs start to refuse textures.
        EXPECT_LE(w, 4096);
        EXPECT_LE(h, 4096);
    }
}

}  // namespace
}  // namespace kiosk
