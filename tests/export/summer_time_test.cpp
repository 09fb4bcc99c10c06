// Case K29 (../shared/cases/README.md): stored times keep their UTC offset, and a duration across
// the summer/winter time change is right. Times are stored as UTC ms with both clocks' readings
// (core/timer.h), written with the offset in force at that moment, and durations are differences
// of readings, never of local clock times.
#include "export/csv.h"
#include "export/document.h"

#include "core/plan_json.h"
#include "core/reduce.h"
#include "sample_plan.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <optional>

using namespace kiosk;
using namespace kiosk::exporting;

namespace {

constexpr std::int64_t kMinute = 60'000;

/// TZ set for the test's lifetime, the earlier value restored after.
class TzScope {
public:
    explicit TzScope(const char* tz) {
        if (const char* old = std::getenv("TZ")) old_ = old;
        setenv("TZ", tz, 1);
        tzset();
    }
    ~TzScope() {
        if (old_) setenv("TZ", old_->c_str(), 1); else unsetenv("TZ");
        tzset();
    }

private:
    std::optional<std::string> old_;
};

/// A session on the sample plan whose actions are stamped as the kiosk stamps them: the wall
/// time (UTC ms) with the monotonic reading of one run.
struct Day {
    Session s;
    std::int64_t wall, mono = 1'000;
    const std::string run = "r-00000000d0d0";

    explicit Day(std::int64_t start_utc_ms) : wall(start_utc_ms) {
        act("session.create", {{"title", "Zomertijd"}, {"plan", plan_to_json(kiosk::testing::sample_plan())}});
    }
    void act(const std::string& type, Json fields = Json::object()) {
        Action a = make_action(type, "s-k29", ClockReading{wall, mono, run}, std::move(fields));
        clean_action(a, s, wall);
        ApplyResult r = apply(s, a);
        ASSERT_TRUE(r) << type << ": " << r.error;
    }
    void pass(std::int64_t ms) { wall += ms, mono += ms; }
    ClockReading now() const { return {wall, mono, run}; }
};

const Block* agenda_table(const Document& doc) {
    for (const auto& b : doc.blocks) if (b.kind == Block::Kind::Table) return &b;
    return nullptr;
}

/// The "Actual (min)" cell of exercise `index` in the exported agenda.
std::string exported_actual(const Session& s, std::size_t index, std::int64_t now_ms) {
    const Document doc = build_document(s, now_ms);
    const Block* table = agenda_table(doc);
    return table && index < table->table.rows.size() ? table->table.rows[index][3] : std::string("?");
}

}  // namespace

TEST(SummerTime, ASummerTimeIsWrittenWithItsOwnOffsetWhenExportedInWinter) {  // K29 step 1
    TzScope tz("Europe/Amsterdam");
    Day day(1'752'062'700'000);  // 2025-07-09 12:05 UTC = 14:05 CEST
    day.act("note.add", {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "Leesclub"}});
    EXPECT_EQ(iso_time(day.s.created_ms), "2025-07-09T14:05:00+02:00");
    // Exported on 2025-12-03 (winter, +01:00): still 14:05 with +02:00.
    const std::string csv = to_csv(day.s, csv_profile_for("nl"));
    EXPECT_NE(csv.find("2025-07-09T14:05:00+02:00"), std::string::npos) << csv;
    EXPECT_EQ(csv.find("13:05"), std::string::npos);
    EXPECT_EQ(iso_time(1'764'765'900'000), "2025-12-03T13:45:00+01:00");
}

TEST(SummerTime, TenMinutesAcrossTheFallBackAreTenMinutesInRealOrder) {  // K29 step 2
    TzScope tz("Europe/Amsterdam");
    Day day(1'761'439'800'000);  // 2025-10-26 00:50 UTC = 02:50 CEST
    day.pass(5 * kMinute);       // 02:55 CEST
    day.act("agenda.goto", {{"exercise", "visie"}});
    day.act("timer.start", {{"seconds", 600}});
    day.pass(3 * kMinute);  // 02:58 CEST
    day.act("note.add", {{"id", "n-1"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "voor de omschakeling"}});
    day.pass(4 * kMinute);  // 03:02 CEST = 02:02 CET: the local clock went back an hour
    day.act("note.add", {{"id", "n-2"}, {"exercise", "matrix"}, {"column", "of"}, {"text", "na de omschakeling"}});
    day.pass(3 * kMinute);  // 02:05 CET, the end
    EXPECT_EQ(remaining_at(day.s.timer, day.now()), 0) << "ends after 10 minutes, not 70 or −50";
    EXPECT_EQ(iso_time(day.s.timer.anchor_ms + 10 * kMinute), "2025-10-26T02:05:00+01:00");
    day.act("agenda.goto", {{"exercise", "matrix"}});
    EXPECT_EQ(day.s.state_of("visie").active_ms, 10 * kMinute);
    EXPECT_EQ(exported_actual(day.s, 1, day.wall), "10");
    const std::string csv = to_csv(day.s, csv_profile_for("nl"));
    const std::size_t before = csv.find("2025-10-26T02:58:00+02:00"), after = csv.find("2025-10-26T02:02:00+01:00");
    ASSERT_NE(before, std::string::npos) << csv;
    ASSERT_NE(after, std::string::npos) << csv;
    EXPECT_LT(before, after) << "in their real order";
}

TEST(SummerTime, TenMinutesAcrossTheSpringForwardEndAtFiveMinutesPastThree) {  // K29 step 3
    TzScope tz("Europe/Amsterdam");
    Day day(1'743'295'800'000);  // 2025-03-30 00:50 UTC = 01:50 CET
    day.pass(5 * kMinute);       // 01:55 CET
    day.act("agenda.goto", {{"exercise", "visie"}});
    day.act("timer.start", {{"seconds", 600}});
    EXPECT_EQ(iso_time(day.s.timer.anchor_ms), "2025-03-30T01:55:00+01:00");
    EXPECT_EQ(iso_time(day.s.timer.anchor_ms + 10 * kMinute), "2025-03-30T03:05:00+02:00");
    day.pass(10 * kMinute);
    EXPECT_EQ(remaining_at(day.s.timer, day.now()), 0);
    EXPECT_EQ(day.s.actual_ms("visie", day.now()), 10 * kMinute);
    EXPECT_EQ(exported_actual(day.s, 1, day.wall), "10") << "not 70";
}
