#include "platform/pointer_parking.h"

namespace kiosk::platform {

bool PointerParking::update(bool any_button_down, bool moved) {
    if (moved) parked_ = false;
    if (any_button_down) {
        was_down_ = true;
        park_next_ = false;
        parked_ = false;
    } else if (was_down_) {
        was_down_ = false;  // the release frame: keep the position so the click lands
        park_next_ = true;
    } else if (park_next_) {
        park_next_ = false;
        parked_ = true;
    }
    return parked_;
}

}  // namespace kiosk::platform
