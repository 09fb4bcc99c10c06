// Which phones hold an event stream now (kiosk/net/PROTOCOL.md "The event stream"): the room
// limit (the 61st device is refused at once), at most N streams per device (a further one
// closes the device's oldest: a reload or a second tab), and the presence count the table and
// projector show. Pure bookkeeping, no network and no lock: the server guards it with its own.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>

namespace kiosk::net {

/// A stream's number, unique for the registry's life; 0 is never given out.
using StreamId = std::uint64_t;

/// The answer to open().
struct StreamAdmission {
    bool room_full = false;  ///< refused: `max_devices` other devices hold streams already
    StreamId stream = 0;     ///< the new stream (0 when room_full)
    StreamId displaced = 0;  ///< the device's oldest stream, to be closed now; 0: none
    bool presence_changed = false;  ///< devices() grew (a device that had no stream)
};

class DeviceRegistry {
public:
    /// `max_devices` ≥ 1 devices with streams at once, each with at most `streams_per_device` ≥ 1.
    DeviceRegistry(int max_devices, int streams_per_device);

    /// Opens a stream for `device` (a device id, "p-…"). A device that holds streams already is
    /// never refused; when it would hold more than streams_per_device, its oldest is displaced
    /// (forgotten here at once; the caller ends that stream).
    StreamAdmission open(const std::string& device);
    /// Forgets `stream` (ended, or displaced earlier: then nothing changes). Returns true when
    /// that was the device's last stream, so devices() fell.
    bool close(StreamId stream);
    /// True while `stream` is open (not closed, not displaced).
    bool is_open(StreamId stream) const;

    /// True while `device` holds at least one stream.
    bool has(const std::string& device) const { return by_device_.count(device) > 0; }
    /// True when a device without a stream would be refused (room_full).
    bool full() const { return devices() >= max_devices_; }

    /// Devices with at least one open stream.
    int devices() const { return static_cast<int>(by_device_.size()); }
    /// Open streams of all devices.
    int streams() const { return static_cast<int>(owner_.size()); }

private:
    int max_devices_;
    int streams_per_device_;
    StreamId next_ = 1;
    std::map<std::string, std::deque<StreamId>> by_device_;  // oldest first
    std::map<StreamId, std::string> owner_;
};

}  // namespace kiosk::net
