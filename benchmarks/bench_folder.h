// A fresh folder under /tmp for a benchmark's files, removed with them when it goes.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace kiosk::bench {

struct Folder {
    std::string path;
    Folder() {
        char templ[] = "/tmp/kiosk-bench-XXXXXX";
        path = ::mkdtemp(templ);
    }
    ~Folder() {
        std::string cmd = "rm -rf '" + path + "'";
        if (std::system(cmd.c_str()) != 0) std::perror("rm");
    }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
};

}  // namespace kiosk::bench
