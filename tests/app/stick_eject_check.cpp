// stick_eject_check FOLDER: removes the stick holding FOLDER as the export screen does
// (app/stick_eject.h, EjectJob with /proc/self/mounts and $PATH) and prints the outcome's log and
// message. Exit status: 0 pullable, 3 synced only (no service), 1 not ejected. For
// tests/export/fat_stick.sh, on a real FAT mount.
#include "app/stick_eject.h"

#include <condition_variable>
#include <cstdio>
#include <mutex>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: stick_eject_check FOLDER\n");
        return 2;
    }
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
    kiosk::app::EjectJob job([&] {
        std::lock_guard l(m);
        done = true;
        cv.notify_all();
    });
    job.start(argv[1]);
    {
        std::unique_lock l(m);
        cv.wait(l, [&] { return done; });
    }
    const auto o = job.take();
    if (!o) return 1;
    std::printf("%s\n%s\n", o->log.c_str(), o->message.c_str());
    switch (o->kind) {
    case kiosk::app::EjectOutcome::Kind::Pullable: return 0;
    case kiosk::app::EjectOutcome::Kind::SyncedOnly: return 3;
    case kiosk::app::EjectOutcome::Kind::NotEjected: return 1;
    }
    return 1;
}
