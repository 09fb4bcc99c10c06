// The kiosk's entry point. (Minimal for now: the app shell replaces this file; the store's
// commands come in through the one call to register_store_commands().)
#include "app/cli_store.h"

#include <CLI/CLI.hpp>

#include <clocale>

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "");
    CLI::App app{"Workshop Kiosk"};
    kiosk::register_store_commands(app);  // store: sessions, db, apply
    app.require_subcommand(1);
    CLI11_PARSE(app, argc, argv);
    return 0;
}
