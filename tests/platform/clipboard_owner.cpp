// clipboard_owner silent | text TEXT: takes the X clipboard and holds it until killed (SIGTERM),
// never answering or answering TEXT; prints "owner ready" once the selection is its own. For
// tests/e2e/paste_waits.sh.
#include "clipboard_owner.h"

#include <csignal>
#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
    using kiosk::test::Owner;
    if (argc < 2 || (std::strcmp(argv[1], "text") == 0 && argc < 3)) {
        std::fprintf(stderr, "usage: clipboard_owner silent | text TEXT\n");
        return 2;
    }
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);  // before the owner's thread: only sigwait sees them
    const bool silent = std::strcmp(argv[1], "silent") == 0;
    const Owner owner(silent ? Owner::Mode::Silent : Owner::Mode::Utf8, silent ? "" : argv[2]);
    if (!owner.owns()) {
        std::fprintf(stderr, "clipboard_owner: cannot take the clipboard\n");
        return 1;
    }
    std::printf("owner ready\n");
    std::fflush(stdout);
    int sig = 0;
    sigwait(&set, &sig);
    std::printf("owner saw %d requests\n", owner.requests_seen());
    return 0;
}
