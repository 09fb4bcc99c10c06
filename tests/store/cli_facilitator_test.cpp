// `kiosk facilitator reset-pin` (app/cli_facilitator.h), called as the command line calls it; the
// real binary with XDG_DATA_HOME and in Dutch is tests/store/cli_reset_pin.sh.
#include "app/cli_facilitator.h"

#include "store/facilitator_pin.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kiosk {
namespace {

using testing::TempDir;

TEST(CliFacilitator, ResetPinRemovesThePinFileNextToTheDatabase) {
    TempDir dir;
    const std::string db = dir.file("kiosk.db");
    FacilitatorPin pin(facilitator_pin_path(db));
    ASSERT_TRUE(pin.set("1234"));
    std::ostringstream out, err;
    EXPECT_EQ(cmd_facilitator_reset_pin(db, out, err), 0);
    EXPECT_EQ(pin.state(), PinState::NotSet);
    EXPECT_NE(out.str().find("Removed the facilitator PIN"), std::string::npos) << out.str();
    EXPECT_NE(out.str().find(pin.path()), std::string::npos) << out.str();
    EXPECT_EQ(err.str(), "");
}

TEST(CliFacilitator, ResetPinSaysSoWhenNoneWasSet) {
    TempDir dir;
    std::ostringstream out, err;
    EXPECT_EQ(cmd_facilitator_reset_pin(dir.file("kiosk.db"), out, err), 0);
    EXPECT_NE(out.str().find("No facilitator PIN was set"), std::string::npos) << out.str();
    EXPECT_EQ(err.str(), "");
}

TEST(CliFacilitator, ResetPinRemovesADamagedFileToo) {
    TempDir dir;
    const std::string db = dir.file("kiosk.db");
    FacilitatorPin pin(facilitator_pin_path(db));
    { std::ofstream(pin.path()) << "not a hash"; }
    ASSERT_EQ(pin.state(), PinState::Damaged);
    std::ostringstream out, err;
    EXPECT_EQ(cmd_facilitator_reset_pin(db, out, err), 0);
    EXPECT_EQ(pin.state(), PinState::NotSet);
}

TEST(CliFacilitator, ResetPinFailsClearlyWhenTheFileCannotBeRemoved) {
    TempDir dir;
    const std::string db = dir.file("kiosk.db");
    FacilitatorPin pin(facilitator_pin_path(db));
    std::filesystem::create_directories(std::filesystem::path(pin.path()) / "in-the-way");  // a non-empty folder
    std::ostringstream out, err;
    EXPECT_EQ(cmd_facilitator_reset_pin(db, out, err), 1);
    EXPECT_NE(err.str().find(pin.path()), std::string::npos) << err.str();
}

}  // namespace
}  // namespace kiosk
