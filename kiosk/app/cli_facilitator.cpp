#include "app/cli_facilitator.h"

#include "app/commands.h"
#include "core/i18n.h"
#include "store/facilitator_pin.h"
#include "store/store_error.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace kiosk {

int cmd_facilitator_reset_pin(const std::string& db, std::ostream& out, std::ostream& err) {
    try {
        const FacilitatorPin pin(facilitator_pin_path(db));
        if (pin.reset())
            out << fmt::format(fmt::runtime(tr("Removed the facilitator PIN ({}). The kiosk asks for a new PIN when "
                                               "the facilitator console is next opened.")),
                               pin.path())
                << '\n';
        else
            out << fmt::format(fmt::runtime(tr("No facilitator PIN was set ({} does not exist); nothing to remove.")),
                               pin.path())
                << '\n';
        return 0;
    } catch (const StoreError& e) {
        err << e.what() << '\n';
        return 1;
    }
}

void register_facilitator_commands(CLI::App& app, app::CommandRegistry& commands, const std::string& db_path) {
    auto db = std::make_shared<std::string>(db_path);  // lives as long as the app: CLI11 writes into it
    CLI::App* facilitator = app.add_subcommand("facilitator", tr("The facilitator's PIN, at the machine itself"));
    facilitator->require_subcommand(1);
    CLI::App* reset = commands.add(*facilitator, "reset-pin",
                                   tr("Remove a forgotten facilitator PIN; the kiosk then asks for a new one"),
                                   [db] { return cmd_facilitator_reset_pin(*db, std::cout, std::cerr); });
    reset->add_option("--db", *db, tr("Database file"))->capture_default_str();
}

}  // namespace kiosk
