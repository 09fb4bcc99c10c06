#include "net/device_registry.h"

#include <algorithm>

namespace kiosk::net {

DeviceRegistry::DeviceRegistry(int max_devices, int streams_per_device)
    : max_devices_(std::max(1, max_devices)), streams_per_device_(std::max(1, streams_per_device)) {}

StreamAdmission DeviceRegistry::open(const std::string& device) {
    StreamAdmission admission;
    auto it = by_device_.find(device);
    if (it == by_device_.end()) {
        if (devices() >= max_devices_) {
            admission.room_full = true;
            return admission;
        }
        it = by_device_.emplace(device, std::deque<StreamId>{}).first;
        admission.presence_changed = true;
    }
    std::deque<StreamId>& streams = it->second;
    if (static_cast<int>(streams.size()) >= streams_per_device_) {
        admission.displaced = streams.front();
        streams.pop_front();
        owner_.erase(admission.displaced);
    }
    admission.stream = next_++;
    streams.push_back(admission.stream);
    owner_.emplace(admission.stream, device);
    return admission;
}

bool DeviceRegistry::close(StreamId stream) {
    auto owner = owner_.find(stream);
    if (owner == owner_.end()) return false;
    auto device = by_device_.find(owner->second);
    owner_.erase(owner);
    std::deque<StreamId>& streams = device->second;
    streams.erase(std::remove(streams.begin(), streams.end(), stream), streams.end());
    if (!streams.empty()) return false;
    by_device_.erase(device);
    return true;
}

bool DeviceRegistry::is_open(StreamId stream) const { return owner_.count(stream) != 0; }

}  // namespace kiosk::net
