// The facilitator PIN file (store/facilitator_pin.h, issue 11): an Argon2id hash only, mode
// 0600, right and wrong PINs, the 4–8 digit rule, a damaged file that keeps the console closed,
// and the reset.
#include "store/facilitator_pin.h"

#include "temp_dir.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_text(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

TEST(FacilitatorPin, LivesNextToTheDatabase) {
    EXPECT_EQ(facilitator_pin_path("/var/lib/kiosk/kiosk.db"), "/var/lib/kiosk/facilitator-pin");
}

TEST(FacilitatorPin, NoFileMeansNotSetAndNoPinIsRight) {
    TempDir dir;
    FacilitatorPin pin(dir.file("facilitator-pin"));
    EXPECT_EQ(pin.state(), PinState::NotSet);
    EXPECT_FALSE(pin.is_set());
    EXPECT_EQ(pin.verify("1234"), PinVerdict::Wrong);
}

TEST(FacilitatorPin, KeepsOnlyAnArgon2idHashInAPrivateFile) {
    TempDir dir;
    FacilitatorPin pin(dir.file("data/facilitator-pin"));  // the folder is made when missing
    ASSERT_TRUE(pin.set("482916")) << pin.set("482916").error;
    EXPECT_EQ(pin.state(), PinState::Set);
    const std::string text = file_text(pin.path());
    EXPECT_EQ(text.rfind("$argon2id$", 0), 0u) << text;
    EXPECT_EQ(text.find("482916"), std::string::npos);
    struct stat st {};
    ASSERT_EQ(::stat(pin.path().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    // Nothing but the PIN file is left in the folder (no temporary file of the atomic write).
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path() / "data")) ++entries;
    EXPECT_EQ(entries, 1);
}

TEST(FacilitatorPin, TellsARightPinFromAWrongOne) {
    TempDir dir;
    FacilitatorPin pin(dir.file("facilitator-pin"));
    ASSERT_TRUE(pin.set("2580"));
    EXPECT_EQ(pin.verify("2580"), PinVerdict::Right);
    EXPECT_EQ(pin.verify("2581"), PinVerdict::Wrong);
    EXPECT_EQ(pin.verify("25800"), PinVerdict::Wrong);
    EXPECT_EQ(pin.verify(""), PinVerdict::Wrong);
    // Setting again replaces the old PIN.
    ASSERT_TRUE(pin.set("13579246"));
    EXPECT_EQ(pin.verify("2580"), PinVerdict::Wrong);
    EXPECT_EQ(pin.verify("13579246"), PinVerdict::Right);
}

TEST(FacilitatorPin, VerifiesOffTheCallersThread) {
    TempDir dir;
    FacilitatorPin pin(dir.file("facilitator-pin"));
    ASSERT_TRUE(pin.set("7777"));
    std::future<PinVerdict> right = pin.verify_async("7777");
    std::future<PinVerdict> wrong = FacilitatorPin(pin.path()).verify_async("7778");
    ASSERT_EQ(right.wait_for(std::chrono::seconds(30)), std::future_status::ready);
    EXPECT_EQ(right.get(), PinVerdict::Right);
    EXPECT_EQ(wrong.get(), PinVerdict::Wrong);
}

TEST(FacilitatorPin, RefusesAPinThatIsNotFourToEightDigits) {
    TempDir dir;
    FacilitatorPin pin(dir.file("facilitator-pin"));
    for (const char* bad : {"", "123", "123456789", "12a4", "12 34", "١٢٣٤", "-1234"}) {
        PinSetResult r = pin.set(bad);
        EXPECT_FALSE(r.ok) << bad;
        EXPECT_FALSE(r.error.empty()) << bad;
    }
    EXPECT_EQ(pin.set("123").error, "A PIN has 4 to 8 digits.");
    EXPECT_EQ(pin.set("12a4").error, "A PIN has only digits (0 to 9).");
    EXPECT_EQ(pin.state(), PinState::NotSet);  // nothing was written
    EXPECT_TRUE(pin.set("1234"));
    EXPECT_TRUE(pin.set("12345678"));
}

TEST(FacilitatorPin, ARefusedPinLeavesTheEarlierOne) {
    TempDir dir;
    FacilitatorPin pin(dir.file("facilitator-pin"));
    ASSERT_TRUE(pin.set("4321"));
    EXPECT_FALSE(pin.set("12"));
    EXPECT_EQ(pin.verify("4321"), PinVerdict::Right);
}

class DamagedPinFile : public ::testing::TestWithParam<std::string> {};

TEST_P(DamagedPinFile, KeepsTheConsoleClosedAndSaysHowToReset) {
    TempDir dir;
    FacilitatorPin pin(dir.file("facilitator-pin"));
    ASSERT_TRUE(pin.set("1234"));
    const std::string good = file_text(pin.path());
    const std::string& kind = GetParam();
    if (kind == "folder") {
        fs::remove(pin.path());
        fs::create_directory(pin.path());
    } else if (kind == "empty") {
        write_text(pin.path(), "");
    } else if (kind == "truncated") {
        write_text(pin.path(), good.substr(0, good.size() / 2));
    } else if (kind == "digits") {
        write_text(pin.path(), "1234\n");
    } else if (kind == "other-hash") {
        // A valid Argon2i hash of "1234" (libsodium would verify it): not what the kiosk writes,
        // so not trusted either.
        write_text(pin.path(), "$argon2i$v=19$m=32768,t=4,p=1$1zFxTgAeyGgdPHyUjNlw/Q$/DYnItyJTH8Wp993+/WeXuXFwpDTOKE/+ij8+JJk+Ok\n");
    } else if (kind == "long") {
        write_text(pin.path(), good + std::string(10'000, 'x'));
    }
    EXPECT_EQ(pin.state(), PinState::Damaged);
    EXPECT_FALSE(pin.is_set());
    EXPECT_EQ(pin.verify("1234"), PinVerdict::Damaged);  // the right PIN does not open it either
    const std::string message = pin.damage_message();
    EXPECT_NE(message.find(pin.path()), std::string::npos) << message;
    EXPECT_NE(message.find("kiosk facilitator reset-pin"), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(Kinds, DamagedPinFile,
                         ::testing::Values("folder", "empty", "truncated", "digits", "other-hash", "long"));

TEST(FacilitatorPin, ResetRemovesTheFileAndSaysWhetherThereWasOne) {
    TempDir dir;
    FacilitatorPin pin(dir.file("facilitator-pin"));
    EXPECT_FALSE(pin.reset());
    ASSERT_TRUE(pin.set("9090"));
    EXPECT_TRUE(pin.reset());
    EXPECT_FALSE(fs::exists(pin.path()));
    EXPECT_EQ(pin.state(), PinState::NotSet);
    write_text(pin.path(), "garbage");  // a damaged file is reset the same way
    EXPECT_TRUE(pin.reset());
    EXPECT_EQ(pin.state(), PinState::NotSet);
}

}  // namespace
}  // namespace kiosk
