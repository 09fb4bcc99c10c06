#include "app/commands.h"

namespace kiosk::app {

CLI::App* CommandRegistry::add(CLI::App& parent, const std::string& name,
                               const std::string& description, std::function<int()> run) {
    CLI::App* sub = parent.add_subcommand(name, description);
    commands_.emplace_back(sub, std::move(run));
    return sub;
}

int CommandRegistry::run_chosen() const {
    // Deepest first: `plan check` runs check, not plan.
    for (auto it = commands_.rbegin(); it != commands_.rend(); ++it)
        if (it->first->parsed()) return it->second();
    return -1;
}

}  // namespace kiosk::app
