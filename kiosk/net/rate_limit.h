// The rate limit per phone (kiosk/net/PROTOCOL.md: 429 rate_limited after 30 actions a minute):
// a token bucket per device that holds `burst` tokens and refills `per_minute` of them a minute,
// evenly. Time comes in as a number of ms (any steady origin), so tests need no clock. Not
// thread-safe: the server guards it with its lock.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

namespace kiosk::net {

/// The answer to RateLimit::take().
struct RateDecision {
    bool allowed = true;
    int retry_after_s = 0;  ///< when refused: whole seconds until one token is back (≥ 1)
};

class RateLimit {
public:
    /// `per_minute` ≥ 1 tokens refill a minute into a bucket of `burst` ≥ 1 (a new device starts full).
    RateLimit(int per_minute, int burst);

    /// Takes one token of `device` at `now_ms`; refused (nothing taken) when its bucket is empty.
    RateDecision take(const std::string& device, std::int64_t now_ms);

    /// Devices remembered now. Buckets that have filled up again are forgotten (a full bucket
    /// is what a new device gets), so a room of changing tokens cannot grow this without bound.
    std::size_t remembered() const { return buckets_.size(); }

private:
    struct Bucket {
        double tokens = 0;
        std::int64_t at_ms = 0;  // when `tokens` was worked out
    };
    double refilled(const Bucket& bucket, std::int64_t now_ms) const;
    void forget_full(std::int64_t now_ms);

    double per_ms_;
    double burst_;
    std::unordered_map<std::string, Bucket> buckets_;
    std::int64_t last_sweep_ms_ = 0;
};

}  // namespace kiosk::net
