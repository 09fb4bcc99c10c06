#include "plans/table_reader.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "core/i18n.h"

namespace kiosk::plans_detail {
namespace {

// What a facilitator calls each TOML type, for "must be X, not Y" messages.
const char* type_msgid(toml::node_type type) {
    switch (type) {
        case toml::node_type::string: return N_("text");
        case toml::node_type::integer: return N_("a whole number");
        case toml::node_type::floating_point: return N_("a decimal number");
        case toml::node_type::boolean: return N_("true or false");
        case toml::node_type::date:
        case toml::node_type::time:
        case toml::node_type::date_time: return N_("a date or time");
        case toml::node_type::array: return N_("a list");
        case toml::node_type::table: return N_("a table");
        case toml::node_type::none: break;
    }
    return N_("nothing");
}

bool is_id_start(char c) { return c >= 'a' && c <= 'z'; }
bool is_id_char(char c) { return is_id_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '_'; }

std::string_view trim(std::string_view s) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    return s;
}

// Edits (insert, delete, replace, swap two neighbours) between a and b: the optimal string
// alignment distance, so the common typo of swapped letters ("titel") counts as one.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

// The table path of `key` below a table headed `header`: "[[exercise]]" + "question" gives
// "exercise.question"; the top level gives "question".
std::string key_path(const std::string& header, std::string_view key) {
    std::string_view inner = header;
    while (!inner.empty() && inner.front() == '[') inner.remove_prefix(1);
    while (!inner.empty() && inner.back() == ']') inner.remove_suffix(1);
    return inner.empty() ? std::string(key) : fmt::format("{}.{}", inner, key);
}

}  // namespace

SourcePosition position_of(const toml::source_position& position) {
    return {static_cast<int>(position.line), static_cast<int>(position.column)};
}

SourcePosition position_of(const toml::node& node) { return position_of(node.source().begin); }

std::string closest_spelling(std::string_view word, const std::vector<std::string>& candidates) {
    // A typo is at most two edits away, and at most a third of the word (so "id" is no "x").
    const std::size_t limit = std::min<std::size_t>(2, std::max<std::size_t>(1, word.size() / 3));
    std::string best;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        const std::size_t d = edit_distance(word, candidate);
        if (d < best_distance) { best_distance = d; best = candidate; }
    }
    return best;
}

TableReader::TableReader(const toml::table& table, std::string header, ProblemList& problems)
    : table_(table), header_(std::move(header)), problems_(problems) {}

SourcePosition TableReader::value_position(std::string_view key) const {
    if (const toml::node* node = table_.get(key)) return position_of(*node);
    return position();
}

void TableReader::known(std::string_view key) {
    if (std::find(asked_.begin(), asked_.end(), key) == asked_.end()) asked_.emplace_back(key);
}

const toml::node* TableReader::find(std::string_view key, Need need) {
    known(key);
    const toml::node* node = table_.get(key);
    if (!node && need == Need::Required) report_missing(key);
    return node;
}

void TableReader::report_missing(std::string_view key) {
    if (header_.empty())
        problems_.add(position(), fmt::format(fmt::runtime(tr("the plan is missing the required key '{}'")), key));
    else
        problems_.add(position(), fmt::format(fmt::runtime(tr("{} is missing the required key '{}'")), header_, key));
}

void TableReader::report_wrong_type(std::string_view key, const toml::node& node, const char* expected_msgid) {
    problems_.add(position_of(node), fmt::format(fmt::runtime(tr("'{}' must be {}, not {}")), key,
                                                 tr(expected_msgid), tr(type_msgid(node.type()))));
}

bool TableReader::check_text(std::string_view key, const toml::node& node, std::string& out, bool in_list) {
    const auto* value = node.as_string();
    if (!value) {
        if (in_list)
            problems_.add(position_of(node), fmt::format(fmt::runtime(tr("each entry of '{}' must be text, not {}")),
                                                         key, tr(type_msgid(node.type()))));
        else
            report_wrong_type(key, node, N_("text"));
        return false;
    }
    std::string cleaned;
    const std::string_view trimmed = trim(value->get());
    cleaned.reserve(trimmed.size());
    for (std::size_t i = 0; i < trimmed.size(); ++i) {
        const auto c = static_cast<unsigned char>(trimmed[i]);
        if (c == '\r' && i + 1 < trimmed.size() && trimmed[i + 1] == '\n') continue;  // CRLF → LF
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            problems_.add(position_of(node),
                          fmt::format(fmt::runtime(tr("'{}' contains a control character (U+{:04X}); use plain text")),
                                      key, static_cast<unsigned>(c)));
            return false;
        }
        cleaned.push_back(static_cast<char>(c));
    }
    if (cleaned.empty()) {
        problems_.add(position_of(node), fmt::format(fmt::runtime(tr("'{}' must not be empty")), key));
        return false;
    }
    out = std::move(cleaned);
    return true;
}

bool TableReader::text(std::string_view key, std::string& out, Need need) {
    const toml::node* node = find(key, need);
    return node && check_text(key, *node, out, false);
}

bool TableReader::id(std::string_view key, std::string& out) {
    std::string value;
    if (!text(key, value, Need::Required)) return false;
    const bool valid = is_id_start(value.front()) && std::all_of(value.begin(), value.end(), is_id_char);
    if (!valid) {
        problems_.add(value_position(key),
                      fmt::format(fmt::runtime(tr("'{}' is not a valid id: use lowercase letters a-z, digits, '-' "
                                                  "and '_', starting with a letter")),
                                  value));
        return false;
    }
    out = std::move(value);
    return true;
}

bool TableReader::integer(std::string_view key, int& out, Need need, int min, int max) {
    const toml::node* node = find(key, need);
    if (!node) return false;
    const auto* value = node->as_integer();
    if (!value) {
        report_wrong_type(key, *node, N_("a whole number"));
        return false;
    }
    const std::int64_t n = value->get();
    if (n < min || n > max) {
        problems_.add(position_of(*node),
                      fmt::format(fmt::runtime(tr("'{}' must be between {} and {}, not {}")), key, min, max, n));
        return false;
    }
    out = static_cast<int>(n);
    return true;
}

bool TableReader::boolean(std::string_view key, bool& out) {
    const toml::node* node = find(key, Need::Optional);
    if (!node) return false;
    const auto* value = node->as_boolean();
    if (!value) {
        report_wrong_type(key, *node, N_("true or false"));
        return false;
    }
    out = value->get();
    return true;
}

bool TableReader::text_list(std::string_view key, std::vector<std::string>& out, Need need) {
    const toml::node* node = find(key, need);
    if (!node) return false;
    const auto* list = node->as_array();
    if (!list) {
        report_wrong_type(key, *node, N_("a list of texts"));
        return false;
    }
    if (list->empty() && need == Need::Required) {
        problems_.add(position_of(*node), fmt::format(fmt::runtime(tr("'{}' must not be empty")), key));
        return false;
    }
    bool all_valid = true;
    for (const toml::node& item : *list) {
        std::string entry;
        if (check_text(key, item, entry, true)) out.push_back(std::move(entry));
        else all_valid = false;
    }
    return all_valid;
}

std::vector<const toml::table*> TableReader::tables(std::string_view key) {
    std::vector<const toml::table*> result;
    const toml::node* node = find(key, Need::Optional);
    if (!node) return result;
    const auto* list = node->as_array();
    if (!list || !list->is_array_of_tables()) {
        const std::string path = key_path(header_, key);
        problems_.add(position_of(*node),
                      fmt::format(fmt::runtime(tr("'{}' must be a list of tables, written as [[{}]], not {}")), key,
                                  path, tr(type_msgid(node->type()))));
        return result;
    }
    for (const toml::node& item : *list) result.push_back(item.as_table());
    return result;
}

std::vector<TableReader::UnreadKey> TableReader::unread_keys() const {
    std::vector<UnreadKey> unread;
    for (const auto& [key, value] : table_) {
        (void)value;
        if (std::find(asked_.begin(), asked_.end(), key.str()) == asked_.end())
            unread.push_back({std::string(key.str()), position_of(key.source().begin)});
    }
    std::sort(unread.begin(), unread.end(), [](const UnreadKey& a, const UnreadKey& b) {
        return a.at.line != b.at.line ? a.at.line < b.at.line : a.at.column < b.at.column;
    });
    return unread;
}

void TableReader::report_unknown_key(const UnreadKey& unread) {
    const std::string suggestion = closest_spelling(unread.key, asked_);
    if (suggestion.empty())
        problems_.add(unread.at, fmt::format(fmt::runtime(tr("unknown key '{}'")), unread.key));
    else
        problems_.add(unread.at,
                      fmt::format(fmt::runtime(tr("unknown key '{}'; did you mean '{}'?")), unread.key, suggestion));
}

void TableReader::report_unknown_keys() {
    for (const auto& unread : unread_keys()) report_unknown_key(unread);
}

}  // namespace kiosk::plans_detail
