// RateLimit: 30 a minute with a burst of 30, per device, on an injected time in ms.
#include "net/rate_limit.h"

#include <gtest/gtest.h>

namespace kiosk::net {
namespace {

TEST(RateLimit, ABurstOfThirtyThenRefusedWithRetryAfter) {
    RateLimit limit(30, 30);
    for (int i = 0; i < 30; ++i) ASSERT_TRUE(limit.take("p-a", 1'000).allowed) << i;
    RateDecision refused = limit.take("p-a", 1'000);
    EXPECT_FALSE(refused.allowed);
    EXPECT_EQ(refused.retry_after_s, 2);  // one token per 2 s at 30 a minute
}

TEST(RateLimit, RefillsEvenlyOverTheMinute) {
    RateLimit limit(30, 30);
    for (int i = 0; i < 30; ++i) limit.take("p-a", 0);
    EXPECT_FALSE(limit.take("p-a", 1'999).allowed);
    EXPECT_TRUE(limit.take("p-a", 2'000).allowed);
    EXPECT_FALSE(limit.take("p-a", 2'001).allowed);
    // A whole minute later the bucket is full again, but never fuller than the burst.
    for (int i = 0; i < 30; ++i) ASSERT_TRUE(limit.take("p-a", 600'000).allowed) << i;
    EXPECT_FALSE(limit.take("p-a", 600'000).allowed);
}

TEST(RateLimit, DevicesHaveTheirOwnBuckets) {
    RateLimit limit(30, 30);
    for (int i = 0; i < 30; ++i) limit.take("p-a", 0);
    EXPECT_FALSE(limit.take("p-a", 0).allowed);
    EXPECT_TRUE(limit.take("p-b", 0).allowed);
}

TEST(RateLimit, ATimeGoingBackwardsGivesNothingBack) {
    RateLimit limit(30, 30);
    for (int i = 0; i < 30; ++i) limit.take("p-a", 10'000);
    EXPECT_FALSE(limit.take("p-a", 0).allowed);
}

TEST(RateLimit, FullBucketsAreForgotten) {
    RateLimit limit(30, 30);
    for (int i = 0; i < 100; ++i) limit.take("p-" + std::to_string(i), 0);
    EXPECT_EQ(limit.remembered(), 100u);
    limit.take("p-late", 120'000);  // everyone else has refilled by now
    EXPECT_EQ(limit.remembered(), 1u);
}

}  // namespace
}  // namespace kiosk::net
