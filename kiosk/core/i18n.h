// The one translation mechanism for every user-facing string. Message ids are English; po/nl.po
// is compiled by the build into <dir>/nl/LC_MESSAGES/kiosk.mo (GNU gettext's format).
//
// The rule: a `Languages` is made once (main, or a test's fixture) and holds one read-only
// catalogue per language. Nothing process-wide says which language is spoken: each thread says
// it for itself with a `LanguageScope`, and tr() answers in the language of the innermost scope of
// the calling thread. The screen's frame opens a scope for its ui::Context::language, an export
// one for the session's language, the command line one for the language it speaks, so an English
// export on one thread and a Dutch frame on another never see each other's choice. A thread
// without a scope gets the English message ids. tr(language, msgid) asks for one language
// explicitly.
//
// Placeholders go through fmt with the translated string as the format and user text only as an
// argument, e.g. fmt::format(fmt::runtime(tr("Plan {} skipped")), name). User text is never a
// format string.
//
// The catalogues are read with Boost.Locale's gnu_gettext backend (one messages facet per
// language), the only files core reads. The C library's gettext is not used: it chooses the
// language from process-wide state (LANGUAGE, LC_MESSAGES).
#pragma once

#include <locale>
#include <memory>
#include <string>
#include <vector>

namespace boost::locale {
template <typename CharType> class message_format;
}

namespace kiosk {

inline constexpr const char* kTextDomain = "kiosk";

/// The languages the kiosk ships: "nl" (the default) and "en" (the message ids themselves).
const std::vector<std::string>& supported_languages();

/// A supported language's name in that language itself ("Nederlands", "English"), so anyone
/// finds their own on a language switch; `code` itself for any other code.
std::string language_name(const std::string& code);

class Languages;

/// One language's catalogue. Read-only once loaded, so any number of threads may use it at once.
class Language {
public:
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

    /// "nl" or "en".
    const std::string& code() const { return code_; }
    /// True when a compiled catalogue was loaded for this language (never for "en").
    bool translated() const { return facet_ != nullptr; }
    /// The translation of `msgid`, or `msgid` itself when the catalogue has none (or there is no
    /// catalogue). A translation lives as long as the Languages this language belongs to.
    const char* translate(const char* msgid) const;
    /// The set this language was loaded with (to find its sibling languages by code).
    const Languages& family() const { return *family_; }

private:
    friend class Languages;
    Language(const Languages& family, std::string code);

    const Languages* family_;
    std::string code_;
    std::locale owner_;  // owns facet_ (a std::locale facet's destructor is not public)
    const boost::locale::message_format<char>* facet_ = nullptr;
    int domain_ = 0;
};

/// Every supported language, each loaded once. Not copyable or movable (each Language points
/// back at its set); make it where it is needed for the whole run, e.g. in main().
class Languages {
public:
    /// Loads <dir>/<code>/LC_MESSAGES/kiosk.mo for each supported language from the first of
    /// `dirs` that holds that file. A language with no file there (or an empty `dirs`) gives the
    /// English message ids, so a missing catalogue means English, never a failure.
    explicit Languages(const std::vector<std::string>& dirs);
    ~Languages();
    Languages(const Languages&) = delete;
    Languages& operator=(const Languages&) = delete;

    /// The language `code`; English for any code that is not supported.
    const Language& get(const std::string& code) const;
    /// The directory the Dutch catalogue was read from, or "" when none was found.
    const std::string& folder() const { return folder_; }

private:
    std::vector<std::unique_ptr<Language>> languages_;  // in supported_languages() order
    std::string folder_;
};

/// Makes `language` the one tr() answers in on this thread until the scope ends; then the
/// previous one (an outer scope's, or none) is back. Null means English message ids. Scopes
/// nest and belong to the thread that made them: make and end one on the same thread.
class LanguageScope {
public:
    explicit LanguageScope(const Language* language);
    explicit LanguageScope(const Language& language) : LanguageScope(&language) {}
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    const Language* previous_;
};

/// The language of this thread's innermost LanguageScope, or null when it has none.
const Language* current_language();

/// The language `code` from the same set as this thread's current language, e.g. an export's
/// "the session's language". Null (English message ids) when the thread has no language.
const Language* language_for(const std::string& code);

/// The translation of `msgid` in this thread's current language (see LanguageScope), or `msgid`
/// itself when there is none. Valid as long as the Languages it came from.
const char* tr(const char* msgid);

/// The translation of `msgid` in `language`, whatever this thread's current language is.
inline const char* tr(const Language& language, const char* msgid) { return language.translate(msgid); }

}  // namespace kiosk

/// Marks a string for extraction without translating it here (tables of message ids).
#define N_(msgid) msgid
