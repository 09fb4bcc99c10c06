#include "app/cli_language.h"

#include "core/i18n.h"

namespace kiosk::app {
namespace {

/// "en" or "nl" when `locale` (e.g. "en_GB.UTF-8", "nl", "nl_BE@euro") names one, else "".
std::string named_language(const std::string& locale) {
    for (const char* lang : {"en", "nl"}) {
        const std::size_t n = std::char_traits<char>::length(lang);
        if (locale.compare(0, n, lang) == 0 && (locale.size() == n || locale[n] == '_' || locale[n] == '.' ||
                                                 locale[n] == '@'))
            return lang;
    }
    return {};
}

std::string from_environment(const EnvLookup& env) {
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = env(name);
        if (!value || !*value) continue;
        // LANGUAGE is a priority list ("en_GB:en"); the others hold one locale name.
        const std::string list = value;
        std::size_t start = 0;
        while (start <= list.size()) {
            std::size_t colon = list.find(':', start);
            if (colon == std::string::npos) colon = list.size();
            const std::string lang = named_language(list.substr(start, colon - start));
            if (!lang.empty()) return lang;
            start = colon + 1;
        }
        return "nl";  // the first variable that is set decides, as for gettext itself
    }
    return "nl";
}

bool supported(const std::string& lang) { return lang == "nl" || lang == "en"; }

void translate_groups(CLI::App& app) {
    for (CLI::Option* option : app.get_options())
        if (option->get_group() == "Options") option->group(tr("Options"));
    if (CLI::Option* help = app.get_help_ptr()) help->description(tr("Print this help and exit"));
    for (CLI::App* sub : app.get_subcommands({})) {
        if (sub->get_group() == "Subcommands") sub->group(tr("Subcommands"));
        translate_groups(*sub);
    }
}

}  // namespace

std::string command_line_language(const std::vector<std::string>& args, const EnvLookup& env) {
    std::string chosen;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--") break;
        std::string value;
        if (arg == "--lang" && i + 1 < args.size()) value = args[i + 1];
        else if (arg.rfind("--lang=", 0) == 0) value = arg.substr(7);
        if (supported(value)) chosen = value;
    }
    return chosen.empty() ? from_environment(env) : chosen;
}

const char* locale_notice_text(platform::LocaleNotice notice) {
    switch (notice) {
        case platform::LocaleNotice::None: return "";
        case platform::LocaleNotice::UsedCUtf8: return tr("kiosk: locale is not UTF-8; using C.UTF-8");
        case platform::LocaleNotice::NoUtf8Locale:
            return tr("kiosk: no UTF-8 locale available; text input may be limited to ASCII");
    }
    return "";
}

void translate_help(CLI::App& app) {
    auto formatter = app.get_formatter();  // one formatter, shared with every subcommand
    formatter->label("Usage", tr("Usage"));
    formatter->label("OPTIONS", tr("OPTIONS"));
    formatter->label("SUBCOMMAND", tr("SUBCOMMAND"));
    formatter->label("SUBCOMMANDS", tr("SUBCOMMANDS"));
    formatter->label("Positionals", tr("Positionals"));
    formatter->label("REQUIRED", tr("REQUIRED"));
    translate_groups(app);
}

}  // namespace kiosk::app
