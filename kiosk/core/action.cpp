#include "core/action.h"

#include <random>

namespace kiosk {

std::string Action::type() const { return data.value("type", std::string()); }
std::string Action::session() const { return data.value("session", std::string()); }
std::int64_t Action::at() const {
    auto it = data.find("at");
    return it != data.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

ClockReading Action::reading() const {
    ClockReading r{at(), 0, {}};
    auto mono = data.find("mono");
    auto run = data.find("run");
    if (mono != data.end() && mono->is_number_integer() && run != data.end() && run->is_string()) {
        r.mono_ms = mono->get<std::int64_t>();
        r.run = run->get<std::string>();
    }
    return r;
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

namespace kiosk {

Action make_action(const std::string& type, const std::string& session, const ClockReading& at, Json fields) {
    Action action = make_action(type, session, at.wall_ms, std::move(fields));
    if (!at.run.empty()) {
        action.data["mono"] = at.mono_ms;
        action.data["run"] = at.run;
    }
    return action;
}

}  // namespace kiosk
