#include "core/i18n.h"

#include <boost/locale/gnu_gettext.hpp>

#include <fstream>

namespace kiosk {
namespace {

// Per thread, so a frame and an export on different threads each speak their own language.
thread_local const Language* t_language = nullptr;

std::string catalogue_path(const std::string& dir, const std::string& code) {
    return dir + "/" + code + "/LC_MESSAGES/" + kTextDomain + ".mo";
}

}  // namespace

const std::vector<std::string>& supported_languages() {
    static const std::vector<std::string> codes = {"nl", "en"};
    return codes;
}

std::string language_name(const std::string& code) {
    if (code == "nl") return "Nederlands";
    if (code == "en") return "English";
    return code;
}

Language::Language(const Languages& family, std::string code) : family_(&family), code_(std::move(code)) {}

const char* Language::translate(const char* msgid) const {
    if (!facet_ || !msgid || !*msgid) return msgid;  // "" is the catalogue's header, not a message
    const char* found = facet_->get(domain_, nullptr, msgid);
    return found ? found : msgid;
}

Languages::Languages(const std::vector<std::string>& dirs) {
    for (const std::string& code : supported_languages()) {
        languages_.push_back(std::unique_ptr<Language>(new Language(*this, code)));
        if (code == "en") continue;  // the message ids are English
        for (const std::string& dir : dirs) {
            if (dir.empty() || !std::ifstream(catalogue_path(dir, code))) continue;
            boost::locale::gnu_gettext::messages_info info;
            info.language = code;
            info.encoding = "UTF-8";
            info.paths = {dir};
            info.domains = {boost::locale::gnu_gettext::messages_info::domain(kTextDomain)};
            auto* facet = boost::locale::gnu_gettext::create_messages_facet<char>(info);
            Language& language = *languages_.back();
            language.owner_ = std::locale(std::locale::classic(), facet);
            language.facet_ = facet;
            language.domain_ = facet->domain(kTextDomain);
            if (folder_.empty()) folder_ = dir;
            break;
        }
    }
}

Languages::~Languages() = default;

const Language& Languages::get(const std::string& code) const {
    for (const auto& language : languages_)
        if (language->code() == code) return *language;
    return get("en");
}

LanguageScope::LanguageScope(const Language* language) : previous_(t_language) { t_language = language; }

LanguageScope::~LanguageScope() { t_language = previous_; }

const Language* current_language() { return t_language; }

const Language* language_for(const std::string& code) {
    return t_language ? &t_language->family().get(code) : nullptr;
}

const char* tr(const char* msgid) { return t_language ? t_language->translate(msgid) : msgid; }

}  // namespace kiosk
