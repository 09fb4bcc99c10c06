// Subcommands of `kiosk` (plan check, sessions list, db backup, export, ...). Each layer's command
// file registers its commands with one call in main.cpp; the registry runs the one given.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace kiosk::app {

class CommandRegistry {
public:
    /// Adds subcommand `name` to `parent` (the app, or another subcommand for `plan check`).
    /// `run` is called when the command line chose it; its return value is the exit status.
    /// Returns the subcommand so the caller can add its options.
    CLI::App* add(CLI::App& parent, const std::string& name, const std::string& description,
                  std::function<int()> run);

    /// Registers a subcommand made elsewhere (e.g. by a layer's own option parser).
    void adopt(CLI::App* command, std::function<int()> run) { commands_.emplace_back(command, std::move(run)); }

    /// After parsing: runs the chosen subcommand and returns its status; -1 when none was chosen.
    int run_chosen() const;

private:
    std::vector<std::pair<CLI::App*, std::function<int()>>> commands_;
};

}  // namespace kiosk::app
