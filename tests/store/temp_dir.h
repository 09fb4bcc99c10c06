// A fresh folder under /tmp for one test, removed with everything in it afterwards.
#pragma once

#include "core/action.h"
#include "core/timer.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace kiosk::testing {

class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "kiosk-store-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string file(const std::string& name) const { return (path_ / name).string(); }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

/// A clock the test moves by hand.
struct ManualClock : Clock {
    std::int64_t wall = 2'000'000, mono = 0;
    std::int64_t wall_ms() const override { return wall; }
    std::int64_t monotonic_ms() const override { return mono; }
};

/// An action as the UI hands it over: no "at" yet (LiveSession fills it from its clock).
inline Action user_action(const std::string& type, const std::string& session, Json fields = Json::object()) {
    Action a = make_action(type, session, 0, std::move(fields));
    a.data.erase("at");
    return a;
}

}  // namespace kiosk::testing
