// The six sticky-note colours, in one place for the UI and the exports. Chosen from Paul Tol's
// "light" scheme, which stays distinguishable for the common kinds of colour blindness; every
// colour keeps dark text (kNoteText) at a contrast ratio of at least 7:1 (WCAG AAA), so notes
// stay legible on a washed-out projector and on paper.
//
// Note::colour is an index into kNotePalette (0 .. kNoteColours-1, 0 = the default yellow).
#pragma once

#include "core/i18n.h"
#include "core/session.h"

#include <cstdint>

namespace kiosk {

struct Rgb {
    std::uint8_t r, g, b;
};

struct NoteColour {
    const char* id;    // stable word for files and logs, e.g. "yellow"
    Rgb fill;          // the card colour
    const char* name;  // English msgid; show tr(name) (Dutch: Geel, Oranje, Roze, Blauw, Mint, Grijs)
};

inline constexpr NoteColour kNotePalette[kNoteColours] = {
    {"yellow", {0xEE, 0xDD, 0x88}, N_("Yellow")},
    {"orange", {0xEE, 0x88, 0x66}, N_("Orange")},
    {"pink", {0xFF, 0xAA, 0xBB}, N_("Pink")},
    {"blue", {0x77, 0xAA, 0xDD}, N_("Blue")},
    {"mint", {0x44, 0xBB, 0x99}, N_("Mint")},
    {"grey", {0xDD, 0xDD, 0xDD}, N_("Grey")},
};

/// Text on every note colour.
inline constexpr Rgb kNoteText = {0x11, 0x11, 0x11};

/// The palette entry of a note colour index; out-of-range indexes give the default colour.
inline const NoteColour& note_colour(int index) {
    return kNotePalette[(index >= 0 && index < kNoteColours) ? index : 0];
}

}  // namespace kiosk
