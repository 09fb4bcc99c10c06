// Internal to kiosk_plans: reading one TOML table of a plan file against the keys it may hold.
// Every getter reports its own problems (wrong type, empty text, out of range, missing when
// required) at the offending value, or at the table's header when a key is missing, and
// remembers the key as known; report_unknown_keys() then flags every key nobody asked for,
// with a "did you mean" for typos such as `minuts`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "plans/problem_list.h"

namespace kiosk::plans_detail {

enum class Need { Required, Optional };

SourcePosition position_of(const toml::node& node);
SourcePosition position_of(const toml::source_position& position);

/// The closest of `candidates` to `word` when it is near enough to be a typo, else "".
std::string closest_spelling(std::string_view word, const std::vector<std::string>& candidates);

class TableReader {
public:
    /// `header` names the table in messages, e.g. "[[exercise.question]]"; "" for the top level.
    TableReader(const toml::table& table, std::string header, ProblemList& problems);

    SourcePosition position() const { return position_of(table_); }
    /// Position of the value of `key`, or of the table when the key is absent.
    SourcePosition value_position(std::string_view key) const;
    bool has(std::string_view key) const { return table_.contains(key); }

    /// Text: trimmed, CRLF made LF, no control characters but tab and newline; must not be
    /// empty when present. Returns true when `out` was set.
    bool text(std::string_view key, std::string& out, Need need);
    /// An id: required, lowercase ASCII letters, digits, '-' and '_', starting with a letter.
    bool id(std::string_view key, std::string& out);
    /// A whole number in min..max.
    bool integer(std::string_view key, int& out, Need need, int min, int max);
    bool boolean(std::string_view key, bool& out);
    /// A list of texts, each as text() checks it; `out` keeps the valid entries.
    bool text_list(std::string_view key, std::vector<std::string>& out, Need need);
    /// An array of tables ([[key]]); empty when absent or of the wrong type (then reported).
    std::vector<const toml::table*> tables(std::string_view key);
    /// Marks `key` as known without reading it (it is checked elsewhere).
    void known(std::string_view key);

    struct UnreadKey {
        std::string key;
        SourcePosition at;
    };
    /// Keys present in the table that no getter asked for, in file order.
    std::vector<UnreadKey> unread_keys() const;
    /// Reports each unread key as unknown, suggesting the closest known key.
    void report_unknown_keys();
    /// Reports one unread key as unknown (for callers that handle some unread keys themselves).
    void report_unknown_key(const UnreadKey& unread);

private:
    const toml::node* find(std::string_view key, Need need);
    void report_missing(std::string_view key);
    void report_wrong_type(std::string_view key, const toml::node& node, const char* expected_msgid);
    bool check_text(std::string_view key, const toml::node& node, std::string& out, bool in_list);

    const toml::table& table_;
    std::string header_;
    ProblemList& problems_;
    std::vector<std::string> asked_;
};

}  // namespace kiosk::plans_detail
