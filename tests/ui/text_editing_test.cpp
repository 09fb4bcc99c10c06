#include "ui/text_editing.h"

#include <gtest/gtest.h>

using kiosk::TextKind;
using kiosk::ui::InsertOutcome;
using kiosk::ui::TextEditing;

namespace {
void type_keys(TextEditing& e, std::initializer_list<const char*> keys) {
    for (const char* k : keys) e.type_key(k);
}
}  // namespace

TEST(TextEditing, SentenceStartWithIjBecomesCapitalIJ) {
    // K08: typed key by key on the on-screen keyboard.
    TextEditing e;
    type_keys(e, {"i", "j", "s", "b", "r", "e", "k", "e", "r"});
    EXPECT_EQ(e.text(), "IJsbreker");
    TextEditing whole;
    whole.type_key("ijsbreker");  // one key that types more than one letter (a variant)
    EXPECT_EQ(whole.text(), "IJsbreker");
}

// Issue 14: capitalisation is an aid of the on-screen keyboard. A paste or a hardware keyboard's
// text (both insert()) goes in as it came, at a sentence start too.
TEST(TextEditing, PastedAndHardwareTextIsNeverCapitalised) {
    TextEditing pasted;
    pasted.insert("ijsbreker");
    EXPECT_EQ(pasted.text(), "ijsbreker");
    TextEditing keys;
    for (const char* k : {"i", "j", "s", ".", " ", "d", "a", "n"}) keys.insert(k);  // key by key
    EXPECT_EQ(keys.text(), "ijs. dan");
    TextEditing after_typing;  // an "I" from the keyboard, then a hardware "j": no IJ either
    after_typing.type_key("i");
    after_typing.insert("j");
    EXPECT_EQ(after_typing.text(), "Ij");
    EXPECT_TRUE(after_typing.at_sentence_start() == false);
}

TEST(TextEditing, OnlyTheSentenceStartIsCapitalised) {
    TextEditing e;
    type_keys(e, {"i", "k", " ", "i", "j", "s", ".", " ", "i", "j", "s"});
    EXPECT_EQ(e.text(), "Ik ijs. IJs");
    TextEditing in;
    type_keys(in, {"i", "n"});
    EXPECT_EQ(in.text(), "In");  // "I" then not "j": nothing more changes
}

TEST(TextEditing, CapitalisationCanBeTurnedOff) {
    TextEditing e;
    e.set_sentence_capitalisation(false);
    e.type_key("ijs");
    EXPECT_EQ(e.text(), "ijs");
}

TEST(TextEditing, LongPressVariantIsOneNfcCodePoint) {
    TextEditing e;
    e.set_sentence_capitalisation(false);
    type_keys(e, {"i", "d", "e", "\xC3\xAB", "n"});  // ë from a long press
    EXPECT_EQ(e.text(), "ide\xC3\xAB" "n");
    e.insert("e\xCC\x88");  // decomposed ë from a paste or dead key
    EXPECT_EQ(e.text(), "ide\xC3\xAB" "n\xC3\xAB");
}

TEST(TextEditing, AtTheLimitAWholeCharacterOrNothing) {
    // K06: limit minus one byte, then a two-byte ë.
    TextEditing e(TextKind::Note);
    e.set_sentence_capitalisation(false);
    e.set_text(std::string(kiosk::max_bytes(TextKind::Note) - 1, 'a'));
    EXPECT_EQ(e.insert("\xC3\xAB"), InsertOutcome::Refused);
    EXPECT_EQ(e.text().size(), kiosk::max_bytes(TextKind::Note) - 1);
    EXPECT_EQ(e.insert("b"), InsertOutcome::Inserted);
    EXPECT_EQ(e.room(), 0u);
}

TEST(TextEditing, HugePasteIsClampedWithANotice) {
    TextEditing e(TextKind::Note);
    std::string paste;
    while (paste.size() < 20000) paste += "Koffie en thee voor iedereen, ook na één uur. ";
    EXPECT_EQ(e.insert(paste), InsertOutcome::Clamped);
    EXPECT_LE(e.text().size(), kiosk::max_bytes(TextKind::Note));
    EXPECT_TRUE(kiosk::is_valid_utf8(e.text()));
}

TEST(TextEditing, CaretMovesByWholeCharactersAndTapFixesATypoInTheMiddle) {
    TextEditing e;
    e.set_sentence_capitalisation(false);
    e.insert("caf\xC3\xA9 X");
    e.caret_left();
    e.caret_left();
    e.caret_left();  // before "é"
    EXPECT_EQ(e.caret(), 3u);
    e.set_caret(4);  // inside "é": snaps to a boundary
    EXPECT_TRUE(e.caret() == 3u || e.caret() == 5u);
    // K07: tap into the middle of a long line and fix a typo without adding line breaks.
    TextEditing longline;
    longline.set_sentence_capitalisation(false);
    std::string sentence(120, 'a');
    longline.insert(sentence + "tpyo" + sentence);
    longline.set_caret(121);
    longline.erase_after();
    longline.caret_right();
    longline.insert("p");
    EXPECT_EQ(longline.text(), sentence + "typo" + sentence);
    EXPECT_EQ(longline.text().find('\n'), std::string::npos);
}

TEST(TextEditing, BackspaceRemovesAWholeEmojiOrLetter) {
    TextEditing e;
    e.set_sentence_capitalisation(false);
    e.insert("Top \xF0\x9F\x91\x8D");
    e.erase_before();
    EXPECT_EQ(e.text(), "Top ");
    e.insert("\xC3\xAB");
    e.erase_before();
    EXPECT_EQ(e.text(), "Top ");
}

TEST(TextEditing, LineFieldsTurnEnterIntoASpace) {
    TextEditing e(TextKind::Line);
    e.set_sentence_capitalisation(false);
    e.insert("Zaal\n2");
    EXPECT_EQ(e.text(), "Zaal 2");
}
