// The on-screen keyboard and the text field, driven headlessly the way a finger and a hardware
// keyboard drive them (cases K06, K07, K08, K09, K10, K18).
#include "headless_ui.h"

#include "ui/keyboard.h"
#include "ui/text_editor.h"

#include <gtest/gtest.h>

#include <string>

namespace kiosk {
namespace {

using test::HeadlessUi;

struct KeyboardTest : ::testing::Test {
    explicit KeyboardTest(float w = 1920, float h = 1080, float em = 27)
        : ui(w, h, em), note(TextKind::Note), name(TextKind::Line) {
        ui.set_draw([this] {
            ui::Redraw redraw;
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBringToFrontOnFocus);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::PopTextWrapPos();
            ImGui::SetNextItemWidth(600);
            ImGui::BeginChild("##fields", ImVec2(700, 0));
            if (ui::edit_text("note", note, ui.ctx(), redraw).commit) note_commits.push_back(note.text());
            if (ui::edit_text("name", name, ui.ctx(), redraw).commit) name_commits.push_back(name.text());
            ImGui::EndChild();
            ImGui::End();
            ui::keyboard_panel().draw(ui.ctx(), redraw);
            last_redraw = redraw;
        });
        ui.frames(3);
    }
    void tap_keys(const std::string& keys) {
        for (char c : keys) ui.tap_target(std::string("key-") + c);
    }

    HeadlessUi ui;
    ui::TextEditing note, name;
    std::vector<std::string> note_commits, name_commits;
    ui::Redraw last_redraw;
};

TEST_F(KeyboardTest, HiddenUntilAFieldIsTappedAndGoesToTheFieldTappedLast) {
    EXPECT_FALSE(ui.has_target("keyboard"));
    EXPECT_EQ(ui::keyboard_panel().reserved_height(ui.ctx()), 0.0f);
    ui.tap_target("note");
    EXPECT_TRUE(ui.has_target("keyboard"));
    EXPECT_GT(ui::keyboard_panel().reserved_height(ui.ctx()), 0.0f);
    tap_keys("ja");
    ui.tap_target("name");
    tap_keys("bo");
    EXPECT_EQ(note.text(), "Ja");
    EXPECT_EQ(name.text(), "Bo");
    ui.tap_target("key-hide");
    ui.frame();
    EXPECT_FALSE(ui.has_target("keyboard"));
}

TEST_F(KeyboardTest, HeldBackspaceRepeatsLikeARealKeyboard) {
    ui.tap_target("note");
    tap_keys("abcdefghijklmnopqrstuvwxy");
    const std::size_t typed = note.text().size();
    ASSERT_EQ(typed, 25u);
    // A short press deletes one letter, as before.
    ui.hold(ui.centre_of("key-backspace"), 0.3f);
    EXPECT_EQ(note.text().size(), typed - 1);

    // Held: still one letter until half a second has passed, then twelve a second.
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ui.centre_of("key-backspace");
    io.MouseDown[0] = true;
    ui.frame(0.1f);  // the finger goes down (t = 0)
    for (int i = 0; i < 4; ++i) ui.frame(0.1f);  // t = 0.4 s
    EXPECT_EQ(note.text().size(), typed - 1);
    EXPECT_LE(last_redraw.after_seconds, 0.1 + 1e-6) << "asks for the frame of the first repeat";
    for (int i = 0; i < 11; ++i) {  // t = 1.5 s
        ui.frame(0.1f);
        EXPECT_LE(last_redraw.after_seconds, 1.0 / ui::kKeyRepeatPerSecond + 1e-6) << "frames while held";
    }
    // 0.5 s: the first repeat, then one each 1/12 s up to 1.5 s: 1 + 12.
    EXPECT_NEAR(double(note.text().size()), double(typed - 1 - 13), 1.0);
    const std::size_t held = note.text().size();
    io.MouseDown[0] = false;
    ui.frame(0.1f);
    EXPECT_EQ(note.text().size(), held) << "lifting the finger deletes nothing more";
    ui.frames(10);
    EXPECT_EQ(note.text().size(), held);

    // The same through HeadlessUi::hold: frames every 0.1 s for 1.2 s, the last at 1.1 s held:
    // the first repeat at 0.5 s and 7 more by 1.1 s.
    ui.hold(ui.centre_of("key-backspace"), 1.2f);
    EXPECT_NEAR(double(note.text().size()), double(held - 8), 1.0);
}

TEST_F(KeyboardTest, HeldBackspaceStopsWhenTheFingerSlidesOff) {
    ui.tap_target("note");
    tap_keys("abcdefghij");
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 key = ui.centre_of("key-backspace");
    io.MousePos = key;
    io.MouseDown[0] = true;
    for (int i = 0; i < 8; ++i) ui.frame(0.1f);  // 0.7 s: repeating
    const std::size_t repeating = note.text().size();
    EXPECT_LT(repeating, 10u);
    io.MousePos = ImVec2(key.x, key.y - 4.0f * ui.ctx().metrics.em);  // onto the keys above
    for (int i = 0; i < 10; ++i) ui.frame(0.1f);
    io.MouseDown[0] = false;
    ui.frame();
    EXPECT_EQ(note.text().size(), repeating);
}

TEST_F(KeyboardTest, LeavingAFieldCommitsItsTextOnce) {
    ui.tap_target("note");
    tap_keys("ok");
    ui.tap_target("name");
    ui.frame();
    ASSERT_EQ(note_commits.size(), 1u);
    EXPECT_EQ(note_commits[0], "Ok");
    ui.frames(3);
    EXPECT_EQ(note_commits.size(), 1u);
}

TEST_F(KeyboardTest, TypingPausedForASecondCommitsWithoutLeavingTheField) {
    ui.tap_target("note");
    tap_keys("ok");
    EXPECT_TRUE(note_commits.empty());
    EXPECT_LE(last_redraw.after_seconds, ui::kCommitAfterIdleSeconds);  // asks for that frame
    ui.frames(70);  // 1.17 s at 60 Hz
    ASSERT_EQ(note_commits.size(), 1u);
    EXPECT_EQ(note_commits[0], "Ok");
}

TEST_F(KeyboardTest, SentenceStartIjBecomesCapitalIJ) {  // K08
    ui.tap_target("note");
    tap_keys("ijsbreker");
    EXPECT_EQ(note.text(), "IJsbreker");
}

TEST_F(KeyboardTest, LongPressOnEOffersEDiaeresisStoredAsOneCodePoint) {  // K08
    ui.tap_target("note");
    tap_keys("id");
    ui.hold(ui.centre_of("key-e"), 0.8f);
    ASSERT_TRUE(ui::keyboard_panel().variants_open());
    ui.tap_target("variant-\xC3\xAB");  // ë
    tap_keys("e");
    ui.hold(ui.centre_of("key-i"), 0.8f);
    ui.tap_target("variant-\xC3\xAF");  // ï
    EXPECT_EQ(note.text(), "Id\xC3\xAB" "e\xC3\xAF");
    EXPECT_FALSE(ui::keyboard_panel().variants_open());
}

TEST_F(KeyboardTest, HoldSlideOntoAnAccentAndReleaseTypesIt) {
    ui.tap_target("note");
    tap_keys("id");
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ui.centre_of("key-e");
    io.MouseDown[0] = true;
    for (int i = 0; i < 8; ++i) ui.frame(0.1f);  // held: the accents open
    ASSERT_TRUE(ui::keyboard_panel().variants_open());
    io.MousePos = ui.centre_of("variant-\xC3\xAB");  // slide onto ë
    ui.frame();
    io.MouseDown[0] = false;  // and let go
    ui.frame();
    EXPECT_FALSE(ui::keyboard_panel().variants_open());
    tap_keys("n");  // the next key is typed, not swallowed by the closed popup
    EXPECT_EQ(note.text(), "Id\xC3\xAB" "n");
}

TEST_F(KeyboardTest, ATapOnAKeyWhileTheAccentsAreOpenTypesThatKey) {
    ui.tap_target("note");
    tap_keys("k");
    ui.hold(ui.centre_of("key-e"), 0.8f);
    ASSERT_TRUE(ui::keyboard_panel().variants_open());
    tap_keys("n");
    EXPECT_FALSE(ui::keyboard_panel().variants_open());
    EXPECT_EQ(note.text(), "Kn");
}

TEST_F(KeyboardTest, ShiftOnceThenCapsLock) {
    ui.tap_target("note");
    tap_keys("a");
    ui.tap_target("key-shift");
    tap_keys("bc");
    ui.tap_target("key-shift");
    ui.tap_target("key-shift");
    tap_keys("de");
    EXPECT_EQ(note.text(), "ABcDE");
    EXPECT_TRUE(ui::keyboard_panel().caps());
}

TEST_F(KeyboardTest, SymbolsPageTypesDutchPunctuation) {
    ui.tap_target("note");
    ui.tap_target("key-page");
    ui.tap_target("key-\xE2\x82\xAC");  // €
    ui.tap_target("key-space");
    ui.tap_target("key-\xE2\x80\x9E");  // „
    ui.tap_target("key-\xE2\x80\x9D");  // ”
    ui.tap_target("key-\xE2\x80\x93");  // –
    ui.tap_target("key-\xE2\x80\xA6");  // …
    EXPECT_EQ(note.text(), "\xE2\x82\xAC \xE2\x80\x9E\xE2\x80\x9D\xE2\x80\x93\xE2\x80\xA6");
}

TEST_F(KeyboardTest, FiftyQuickTapsOnOneKeyAllCount) {  // K10
    ui.tap_target("note");
    const ImVec2 a = ui.centre_of("key-a");
    for (int i = 0; i < 50; ++i) ui.quick_tap(a);
    EXPECT_EQ(note.text(), "A" + std::string(49, 'a'));
}

TEST_F(KeyboardTest, FiftyQuickTapsAlternatingBetweenFarKeysAllCount) {  // K10
    ui.tap_target("note");
    ui.tap_target("key-shift");
    ui.tap_target("key-shift");  // caps: every letter upper case, easy to count
    const ImVec2 q = ui.centre_of("key-q"), m = ui.centre_of("key-m");
    for (int i = 0; i < 25; ++i) {
        ui.quick_tap(q);
        ui.quick_tap(m);
    }
    std::string expected;
    for (int i = 0; i < 25; ++i) expected += "QM";
    EXPECT_EQ(note.text(), expected);
}

TEST_F(KeyboardTest, APasteBeyondTheLimitIsCutWholeAndSaysSo) {  // K06
    ui.tap_target("name");
    std::string huge;
    while (huge.size() < 20000) huge += "ideeën voor de reünie\n";
    ImGui::SetClipboardText(huge.c_str());
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = true;
    ui.key(ImGuiKey_V);
    io.KeyCtrl = false;
    EXPECT_LE(name.text().size(), max_bytes(TextKind::Line));
    EXPECT_GT(name.text().size(), max_bytes(TextKind::Line) - 4);
    EXPECT_TRUE(is_valid_utf8(name.text()));
    ui::Redraw r;
    EXPECT_TRUE(ui::keyboard_panel().clamp_notice_visible("name", ImGui::GetTime(), r));
    EXPECT_LT(r.after_seconds, ui::kNoticeSeconds + 0.01);
}

TEST_F(KeyboardTest, EDiaeresisIntoTheLastByteIsRefusedWholeWithANotice) {  // K06
    name.set_text(std::string(max_bytes(TextKind::Line) - 1, 'x'));
    ui.tap_target("name");
    ui.hold(ui.centre_of("key-e"), 0.8f);
    ui.tap_target("variant-\xC3\xAB");
    EXPECT_EQ(name.text(), std::string(max_bytes(TextKind::Line) - 1, 'x'));
    ui::Redraw r;
    EXPECT_TRUE(ui::keyboard_panel().clamp_notice_visible("name", ImGui::GetTime(), r));
    EXPECT_FALSE(ui::keyboard_panel().clamp_notice_visible("note", ImGui::GetTime(), r));
}

TEST_F(KeyboardTest, HardwareKeyboardComposedCharactersAndEditingKeys) {  // K09
    ui.tap_target("note");
    ui.type("caf\xC3\xA9 na\xC3\xAF" "ef");  // dead keys and Compose arrive composed
    ui.key(ImGuiKey_Backspace);
    ui.key(ImGuiKey_LeftArrow);
    ui.key(ImGuiKey_Delete);
    ui.key(ImGuiKey_Enter);
    EXPECT_EQ(note.text(), "caf\xC3\xA9 na\xC3\xAF\n");  // a hardware keyboard's text is not capitalised
    // Enter in a one-line field means "done": it closes the keyboard instead of a line break.
    ui.tap_target("name");
    ui.type("Bo");
    ui.key(ImGuiKey_Enter);
    EXPECT_EQ(name.text(), "Bo");
    EXPECT_FALSE(ui.has_target("keyboard"));
    ASSERT_EQ(name_commits.size(), 1u);
}

TEST_F(KeyboardTest, LongSentenceWrapsAndATapInItsMiddlePlacesTheCaret) {  // K07
    std::string sentence;
    while (sentence.size() < 250) sentence += "de co\xC3\xB6rdinatie van het caf\xC3\xA9overleg ";
    note.set_text(sentence);
    ui.frame();
    const ui::HitTarget* field = ui::hit_targets().find("note");
    ASSERT_NE(field, nullptr);
    EXPECT_LE(field->max.x - field->min.x, 700.0f);                             // never wider than its column
    EXPECT_GT(field->max.y - field->min.y, 3.0f * 27.0f);          // several lines high
    ui.tap(ImVec2(field->min.x + 0.5f * (field->max.x - field->min.x), field->min.y + 30.0f));
    EXPECT_GT(note.caret(), 5u);
    EXPECT_LT(note.caret(), note.text().size() - 5);
    const std::size_t at = note.caret();
    ui.type("X");
    EXPECT_EQ(note.text().substr(at, 1), "X");
    EXPECT_EQ(note.text().find('\n'), std::string::npos);  // no line breaks added
}

TEST(WrapLines, BreaksAtSpacesAndKeepsEveryByte) {
    HeadlessUi ui;
    ImFont& font = *ui.fonts().body;
    const std::string text = "plan \xE2\x80\x93 uitvoering wacht even\xE2\x80\xA6\nregel twee";
    const auto lines = ui::wrap_lines(font, 27.0f, text, 200.0f);
    ASSERT_GE(lines.size(), 3u);
    std::string joined;
    for (const auto& l : lines) {
        const std::string part = text.substr(l.begin, l.end - l.begin);
        EXPECT_EQ(part.find('\n'), std::string::npos);
        EXPECT_NE(part.front(), ' ');
        EXPECT_LE(font.CalcTextSizeA(27.0f, FLT_MAX, 0, part.c_str()).x, 200.0f);
        joined += part;
    }
    EXPECT_NE(joined.find("uitvoering"), std::string::npos);
    EXPECT_EQ(ui::wrap_lines(font, 27.0f, "", 200.0f).size(), 1u);
    EXPECT_EQ(ui::wrap_lines(font, 27.0f, "a\n", 200.0f).size(), 2u);
}

struct SmallProjectorKeyboard : KeyboardTest {
    SmallProjectorKeyboard() : KeyboardTest(1024, 768, 768.0f / 40.0f) {}
};

TEST_F(SmallProjectorKeyboard, EveryKeyIsFullyVisibleAndFingerSized) {  // K18
    ui.tap_target("note");
    for (bool symbols : {false, true}) {
        if (symbols) ui.tap_target("key-page");
        int keys = 0;
        for (const auto& t : ui::hit_targets().all()) {
            if (t.key.rfind("key-", 0) != 0) continue;
            ++keys;
            EXPECT_GE(t.min.x, 0.0f) << t.key;
            EXPECT_GE(t.min.y, 0.0f) << t.key;
            EXPECT_LE(t.max.x, 1024.0f) << t.key;
            EXPECT_LE(t.max.y, 768.0f) << t.key;
            EXPECT_GE(t.max.x - t.min.x, 12.0f * ui.ctx().metrics.px_per_mm - 0.5f) << t.key;
            EXPECT_GE(t.max.y - t.min.y, 12.0f * ui.ctx().metrics.px_per_mm - 0.5f) << t.key;
        }
        EXPECT_GE(keys, 40);
    }
    EXPECT_LT(ui::keyboard_panel().height(ui.ctx()), 0.45f * 768.0f);
}

}  // namespace
}  // namespace kiosk
