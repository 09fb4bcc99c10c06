// Which language the command line speaks: --lang first, then the environment, Dutch otherwise.
#include "app/cli_language.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace kiosk::app {
namespace {

EnvLookup env(std::map<std::string, std::string> vars) {
    return [vars = std::move(vars)](const char* name) -> const char* {
        auto it = vars.find(name);
        return it == vars.end() ? nullptr : it->second.c_str();
    };
}

TEST(CliLanguage, DutchWithoutAnyHint) {
    EXPECT_EQ(command_line_language({"plan", "check", "a.toml"}, env({})), "nl");
    EXPECT_EQ(command_line_language({}, env({{"LANG", "C.UTF-8"}})), "nl");
    EXPECT_EQ(command_line_language({}, env({{"LANG", "de_DE.UTF-8"}})), "nl");
}

TEST(CliLanguage, EnglishLocaleSelectsEnglish) {
    EXPECT_EQ(command_line_language({}, env({{"LANG", "en_GB.UTF-8"}})), "en");
    EXPECT_EQ(command_line_language({}, env({{"LC_MESSAGES", "en_US.UTF-8"}, {"LANG", "nl_NL.UTF-8"}})), "en");
    EXPECT_EQ(command_line_language({}, env({{"LANGUAGE", "de:en_GB:nl"}})), "en");
    EXPECT_EQ(command_line_language({}, env({{"LANG", "nl_NL.UTF-8"}})), "nl");
}

TEST(CliLanguage, FirstVariableThatIsSetDecides) {
    // LC_ALL=C overrides an English LANG, as it does for gettext.
    EXPECT_EQ(command_line_language({}, env({{"LC_ALL", "C"}, {"LANG", "en_US.UTF-8"}})), "nl");
    EXPECT_EQ(command_line_language({}, env({{"LANGUAGE", ""}, {"LANG", "en_US.UTF-8"}})), "en");
    // "english" is not the language code "en".
    EXPECT_EQ(command_line_language({}, env({{"LANG", "english"}})), "nl");
}

TEST(CliLanguage, LangOptionWinsOverTheEnvironment) {
    const auto english = env({{"LANG", "en_US.UTF-8"}});
    EXPECT_EQ(command_line_language({"--lang", "nl", "sessions", "list"}, english), "nl");
    EXPECT_EQ(command_line_language({"sessions", "list", "--lang=nl"}, english), "nl");
    EXPECT_EQ(command_line_language({"demo", "--lang", "en"}, env({})), "en");
    // An unsupported value leaves the choice to the environment (CLI11 then reports it).
    EXPECT_EQ(command_line_language({"--lang", "de"}, english), "en");
    // After "--" everything is an argument, not an option.
    EXPECT_EQ(command_line_language({"plan", "check", "--", "--lang", "en"}, env({})), "nl");
}

}  // namespace
}  // namespace kiosk::app
