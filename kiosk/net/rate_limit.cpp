#include "net/rate_limit.h"

#include <algorithm>
#include <cmath>

namespace kiosk::net {

namespace {
// How often remembered buckets are swept for full ones: a minute refills any bucket whose
// burst is at most per_minute, so sweeping more often than that finds little.
constexpr std::int64_t kSweepEveryMs = 60'000;
}  // namespace

RateLimit::RateLimit(int per_minute, int burst)
    : per_ms_(std::max(1, per_minute) / 60'000.0), burst_(std::max(1, burst)) {}

double RateLimit::refilled(const Bucket& bucket, std::int64_t now_ms) const {
    const double elapsed = static_cast<double>(std::max<std::int64_t>(0, now_ms - bucket.at_ms));
    return std::min(burst_, bucket.tokens + elapsed * per_ms_);
}

void RateLimit::forget_full(std::int64_t now_ms) {
    if (now_ms - last_sweep_ms_ < kSweepEveryMs) return;
    last_sweep_ms_ = now_ms;
    for (auto it = buckets_.begin(); it != buckets_.end();)
        it = refilled(it->second, now_ms) >= burst_ ? buckets_.erase(it) : std::next(it);
}

RateDecision RateLimit::take(const std::string& device, std::int64_t now_ms) {
    forget_full(now_ms);
    auto [it, is_new] = buckets_.try_emplace(device, Bucket{burst_, now_ms});
    Bucket& bucket = it->second;
    bucket.tokens = is_new ? burst_ : refilled(bucket, now_ms);
    bucket.at_ms = std::max(bucket.at_ms, now_ms);
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return {};
    }
    const double wait_ms = (1.0 - bucket.tokens) / per_ms_;
    return {false, std::max(1, static_cast<int>(std::ceil(wait_ms / 1000.0)))};
}

}  // namespace kiosk::net
