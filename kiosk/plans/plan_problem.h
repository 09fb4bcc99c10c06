// A problem found in a plan file, located by line and column so a facilitator can find and fix
// it in a text editor. Lines and columns are 1-based and count characters (Unicode code points),
// as text editors and toml++ do; 0 means "unknown" (a file that cannot be read at all).
#pragma once

#include <string>

namespace kiosk {

/// A place in a plan file: 1-based line and column (in characters), 0 when unknown.
struct SourcePosition {
    int line = 0;
    int column = 0;
};

struct PlanProblem {
    std::string file;     // the path as given to the loader, e.g. "sessions/bootcamp.nl.toml"
    int line = 0;         // 1-based, 0 when unknown
    int column = 0;       // 1-based, 0 when unknown
    std::string message;  // already translated (kiosk::tr), one sentence, no trailing newline

    /// "FILE:LINE:COLUMN: message", the form compilers use, so editors can jump to it.
    std::string to_string() const;
};

}  // namespace kiosk
