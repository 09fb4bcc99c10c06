#include "platform/fonts.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <cstdio>
#include <fstream>

namespace kiosk::platform {
namespace {

const std::string kManifest = KIOSK_SOURCE_DIR "/fonts/manifest.toml";

std::string write_temp(const std::string& name, const std::string& text) {
    const std::string path = ::testing::TempDir() + name;
    std::ofstream(path) << text;
    return path;
}

TEST(FontManifest, ShippedManifestReads) {
    FontManifest m;
    std::string error;
    ASSERT_TRUE(read_font_manifest(kManifest, m, error)) << error;
    ASSERT_EQ(m.roles.size(), 3u);
    EXPECT_EQ(m.roles[0].name, "body");
    EXPECT_EQ(m.roles[2].ranges, "display");
    EXPECT_EQ(m.replacement, 0xFFFDu);
    EXPECT_EQ(m.icons.at("gear"), 0xF013u);
}

TEST(FontManifest, SyntaxErrorsNameFileLineAndColumn) {
    const std::string path = write_temp("bad-manifest.toml", "search_paths = [\n  \"/x\",\n  = 3\n");
    FontManifest m;
    std::string error;
    EXPECT_FALSE(read_font_manifest(path, m, error));
    EXPECT_NE(error.find(path + ":3:"), std::string::npos) << error;
}

TEST(FontManifest, MissingRoleAndBadRangesAreReported) {
    FontManifest m;
    std::string error;
    EXPECT_FALSE(read_font_manifest(write_temp("no-role.toml", "[ranges]\ntext=[[32,126]]\n"), m, error));
    EXPECT_NE(error.find("roles.body"), std::string::npos) << error;
    EXPECT_FALSE(read_font_manifest(write_temp("emoji.toml", "[ranges]\ntext=[[0x1F600,0x1F64F]]\n"), m, error));
    EXPECT_NE(error.find("ranges.text"), std::string::npos) << error;
}

TEST(FontAtlas, HoldsEveryGlyphDutchNeedsAndAReplacement) {
    FontManifest m;
    std::string error;
    ASSERT_TRUE(read_font_manifest(kManifest, m, error)) << error;
    ImFontAtlas atlas;
    FontAtlasBuilder builder;
    const LoadedFonts fonts = builder.build(atlas, m, 27.0f);
    EXPECT_TRUE(fonts.notices.empty()) << fonts.notices.front();
    ASSERT_NE(fonts.body, nullptr);
    // € „ ” ‘ ’ – … ĳ Ĳ ë é ï ö ü è à ç and the icons
    for (unsigned cp : {0x20ACu, 0x201Eu, 0x201Du, 0x2018u, 0x2019u, 0x2013u, 0x2026u, 0x0133u,
                        0x0132u, 0x00EBu, 0x00E9u, 0x00EFu, 0x00F6u, 0x00FCu, 0x00E8u, 0x00E0u,
                        0x00E7u, 0xF013u, 0xF04Bu})
        EXPECT_NE(fonts.body->FindGlyphNoFallback(ImWchar(cp)), nullptr) << std::hex << cp;
    // Anything else (and emoji, which ImGui decodes to U+FFFD) draws one clean replacement glyph.
    ASSERT_NE(fonts.body->FallbackGlyph, nullptr);
    EXPECT_EQ(fonts.body->FallbackGlyph->Codepoint, 0xFFFDu);
    EXPECT_EQ(fonts.body->FindGlyph(ImWchar(0x4E00)), fonts.body->FallbackGlyph);
    EXPECT_FLOAT_EQ(fonts.heading->FontSize, 41.0f);  // 1.5 x 27, rounded
    EXPECT_FLOAT_EQ(fonts.display->FontSize, 270.0f);
    EXPECT_EQ(fonts.display->FindGlyphNoFallback(ImWchar('A')), nullptr);  // digits only: small atlas
    EXPECT_EQ(fonts.icons.at("gear"), "\xEF\x80\x93");
}

TEST(FontAtlas, TheManifestsReplacementIsEveryTextFontsFallback) {
    // ImGui alone would pick U+FFFD, '?' or ' ' (the first the font has); the manifest decides.
    FontManifest m;
    std::string error;
    ASSERT_TRUE(read_font_manifest(kManifest, m, error)) << error;
    m.replacement = 0x25A1;  // WHITE SQUARE, which Inter has and ImGui never picks
    ImFontAtlas atlas;
    FontAtlasBuilder builder;
    const LoadedFonts fonts = builder.build(atlas, m, 20.0f);
    for (ImFont* font : {fonts.body, fonts.heading}) {
        EXPECT_EQ(unsigned(font->FallbackChar), 0x25A1u);
        EXPECT_EQ(font->FindGlyph(ImWchar(0x4E00)), font->FindGlyphNoFallback(ImWchar(0x25A1)));
        EXPECT_FLOAT_EQ(font->GetCharAdvance(ImWchar(0x4E00)), font->FallbackGlyph->AdvanceX);
    }
}

TEST(FontAtlas, MissingFilesFallBackWithANotice) {
    FontManifest m;
    std::string error;
    ASSERT_TRUE(read_font_manifest(kManifest, m, error)) << error;
    m.search_paths = {"/nonexistent"};
    ImFontAtlas atlas;
    FontAtlasBuilder builder;
    const LoadedFonts fonts = builder.build(atlas, m, 20.0f);
    ASSERT_NE(fonts.body, nullptr);
    ASSERT_NE(fonts.display, nullptr);
    EXPECT_FALSE(fonts.notices.empty());
    EXPECT_NE(fonts.notices.front().find("not found"), std::string::npos);
}

TEST(Utf8Of, EncodesBmpCodePoints) {
    EXPECT_EQ(utf8_of('A'), "A");
    EXPECT_EQ(utf8_of(0xEB), "ë");
    EXPECT_EQ(utf8_of(0x20AC), "€");
    EXPECT_EQ(utf8_of(0x0133), "ĳ");
}

}  // namespace
}  // namespace kiosk::platform
