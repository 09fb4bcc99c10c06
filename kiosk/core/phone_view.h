// What a participant's phone may see of the open session (issue 12; kiosk/net/PROTOCOL.md):
// the ROOM part every phone gets and the ME part of one device. Built on the UI thread from the
// Session after each change, through core/privacy.h like every other reader, and handed to the
// phone server (net/phone_server.h) as dumped JSON, so no network thread ever reads the Session.
#pragma once

#include "core/action.h"
#include "core/session.h"
#include "core/timer.h"

#include <cstdint>
#include <map>
#include <string>

namespace kiosk {

/// A snapshot of what phones may see, as of one clock reading.
struct PhoneView {
    std::string session;   ///< the open session's id; "" when none
    std::string exercise;  ///< the current exercise when phones take part in it (board, writing,
                           ///< checklist), else ""; actions for another exercise are refused
    Json room;             ///< ROOM of PROTOCOL.md, the same for every phone
    /// ME of PROTOCOL.md for each device id ("p-…") that appears in the session (as a note's
    /// seat, a voter or a vision's seat).
    std::map<std::string, Json> devices;
    /// ME for a device that appears nowhere yet, with "device" empty (the server fills it in).
    Json new_device;
};

/// The phones' view of `session` (nullptr: none open) as of `now` (both clocks, read_clock()): the
/// countdown's remaining time and the lock at time's end are worked out by the table's one rule
/// for time (core/timer.h), so phones show what the table shows, whatever the wall clock does.
PhoneView phone_view(const Session* session, const ClockReading& now);

/// True for a device id as the kiosk writes it for phones ("p-" and 10 lower-case hex digits):
/// how a note, vote or vision from a phone is told from one written at the table.
bool is_phone_device(const std::string& id);

}  // namespace kiosk
