#include "core/action.h"

#include <random>

namespace kiosk {

std::string Action::type() const { return data.value("type", std::string()); }
std::string Action::session() const { return data.value("session", std::string()); }
std::int64_t Action::at() const {
    auto it = data.find("at");
    return it != data.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

std::string new_id(char kind) {
    static thread_local std::mt19937_64 engine{std::random_device{}()};
    std::uint64_t bits = engine() & 0xFFFFFFFFFFFFull;
    static const char* hex = "0123456789abcdef";
    std::string id{kind, '-'};
    for (int shift = 44; shift >= 0; shift -= 4) id += hex[(bits >> shift) & 0xF];
    return id;
}

Action make_action(const std::string& type, const std::string& session, std::int64_t at_ms, Json fields) {
    Json data = fields.is_object() ? std::move(fields) : Json::object();
    data["type"] = type;
    data["session"] = session;
    data["at"] = at_ms;
    return Action{std::move(data)};
}

}  // namespace kiosk
