// A kiosk that will not start says why on screen (issue 14): the store could not be opened for
// writing (another kiosk holds it, the folder cannot be written, the file is damaged or newer).
#pragma once

#include "store/store_error.h"
#include "ui/refusal_screen.h"

namespace kiosk::platform {
class Backend;
class StopSignals;
}  // namespace kiosk::platform

namespace kiosk::app {

/// How long the refusal stays on screen unless closed first.
inline constexpr double kRefusalSeconds = 30.0;

/// The screen's texts for `error` in the current language: the title by its kind (another
/// kiosk: "This kiosk is already open"; anything else: "The kiosk cannot open its database"),
/// the error's own message, and advice by kind.
ui::Refusal refusal_for(const StoreError& error);

/// Shows `refusal` on the Backend's first window (whose ui::WindowState the caller has bound)
/// until Close is tapped, `seconds` pass or `stop` reports a signal. Logs "kiosk: refused on
/// screen: TITLE" once it is drawn, and with `log_targets` the Close button as
/// "kiosk: target refusal-close X0 Y0 X1 Y1" (as --log-targets logs every screen's targets).
void show_refusal(platform::Backend& backend, platform::StopSignals* stop, const ui::Refusal& refusal,
                  bool log_targets, double seconds = kRefusalSeconds);

}  // namespace kiosk::app
