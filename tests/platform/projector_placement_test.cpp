// The projector's hot-plug decisions (projector_placement.h) over scripted sequences of monitor
// lists: GLFW cannot hot-plug a monitor under Xvfb, so the sequences stand in for a cable.
#include "platform/projector_placement.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kiosk::platform {
namespace {

using Step = ProjectorStep::Kind;

const MonitorInfo kTable{"eDP-1", 0, 0, 1920, 1080, true};
const MonitorInfo kBeamer{"HDMI-1", 1920, 0, 1280, 720, false};
const MonitorInfo kBeamerHigher{"HDMI-1", 1920, 0, 1920, 1080, false};
const MonitorInfo kOther{"DP-2", 1920, 0, 1024, 768, false};

const std::vector<MonitorInfo> kOnlyTable{kTable};
const std::vector<MonitorInfo> kTableAndBeamer{kTable, kBeamer};

ProjectorSpec on_monitor(const std::string& which) {
    ProjectorSpec spec;
    std::string error;
    EXPECT_TRUE(parse_projector_spec(which, spec, error)) << error;
    return spec;
}

/// Drives a placement as the Backend does: keeps the window's state, asks at the given times and
/// applies each step to the state. Records the steps that did something.
class Projector {
public:
    explicit Projector(ProjectorSpec spec) : placement_(std::move(spec)) {}

    ProjectorStep at(double t, const std::vector<MonitorInfo>& monitors) {
        ProjectorStep step = placement_.decide(monitors, state_, t);
        switch (step.kind) {
        case Step::Keep: break;
        case Step::Open:
        case Step::Move:
            state_.open = true;
            state_.windowed = step.monitor_index < 0;
            state_.monitor = step.monitor;
            break;
        case Step::Close: state_ = ProjectorState{}; break;
        }
        return step;
    }

    /// Asks every 0.1 s from `from` up to `to` (inclusive) with the same list; returns the steps
    /// that were not Keep, with the time each came.
    std::vector<std::pair<double, ProjectorStep>> during(double from, double to,
                                                         const std::vector<MonitorInfo>& monitors) {
        std::vector<std::pair<double, ProjectorStep>> acted;
        for (int i = 0; from + i * 0.1 <= to + 1e-9; ++i) {
            const double t = from + i * 0.1;
            ProjectorStep step = at(t, monitors);
            if (step.kind != Step::Keep) acted.emplace_back(t, step);
        }
        return acted;
    }

    /// As the Backend notes it when GLFW took the window off an unplugged monitor.
    void pulled_off_its_monitor() { state_.windowed = true; }

    const ProjectorState& state() const { return state_; }
    ProjectorPlacement& placement() { return placement_; }

private:
    ProjectorPlacement placement_;
    ProjectorState state_;
};

TEST(ProjectorPlacement, OpensAtStartOnTheNamedMonitorAtOnce) {
    Projector p(on_monitor("HDMI"));
    const ProjectorStep step = p.at(0.0, kTableAndBeamer);
    EXPECT_EQ(step.kind, Step::Open);
    EXPECT_EQ(step.monitor_index, 1);
    EXPECT_EQ(step.monitor, kBeamer);
    EXPECT_EQ(p.at(0.1, kTableAndBeamer).kind, Step::Keep);
}

TEST(ProjectorPlacement, OnlyOneMonitorMeansNoProjectorWindow) {
    Projector p(on_monitor("2"));
    EXPECT_TRUE(p.during(0.0, 5.0, kOnlyTable).empty());
    EXPECT_FALSE(p.state().open);
}

TEST(ProjectorPlacement, NeverTheTablesMonitor) {
    Projector by_number(on_monitor("1"));
    EXPECT_TRUE(by_number.during(0.0, 2.0, kTableAndBeamer).empty());
    Projector by_name(on_monitor("edp"));
    EXPECT_TRUE(by_name.during(0.0, 2.0, kTableAndBeamer).empty());
    EXPECT_FALSE(by_name.state().open);
}

TEST(ProjectorPlacement, PluggedAfterStartOpensOnceSettledAndWithinThreeSeconds) {
    Projector p(on_monitor("2"));
    EXPECT_TRUE(p.during(0.0, 10.0, kOnlyTable).empty());
    const auto acted = p.during(10.0, 14.0, kTableAndBeamer);
    ASSERT_EQ(acted.size(), 1u);
    EXPECT_EQ(acted[0].second.kind, Step::Open);
    EXPECT_EQ(acted[0].second.monitor, kBeamer);
    EXPECT_NEAR(acted[0].first, 10.0 + ProjectorPlacement::kSettleSeconds, 1e-6);
}

TEST(ProjectorPlacement, UnpluggedMidSessionCloses) {
    Projector p(on_monitor("HDMI"));
    ASSERT_EQ(p.at(0.0, kTableAndBeamer).kind, Step::Open);
    const auto acted = p.during(100.0, 103.0, kOnlyTable);
    ASSERT_EQ(acted.size(), 1u);
    EXPECT_EQ(acted[0].second.kind, Step::Close);
    EXPECT_EQ(acted[0].second.reason, "monitor gone");
    EXPECT_LE(acted[0].first, 103.0);
    EXPECT_FALSE(p.state().open);
}

TEST(ProjectorPlacement, ReplugedOpensAgain) {
    Projector p(on_monitor("HDMI"));
    ASSERT_EQ(p.at(0.0, kTableAndBeamer).kind, Step::Open);
    ASSERT_EQ(p.during(50.0, 53.0, kOnlyTable).size(), 1u);
    const auto acted = p.during(80.0, 83.0, kTableAndBeamer);
    ASSERT_EQ(acted.size(), 1u);
    EXPECT_EQ(acted[0].second.kind, Step::Open);
    EXPECT_TRUE(p.state().open);
}

TEST(ProjectorPlacement, AMonitorBackWithinTheSettleTimeGetsTheWindowBack) {
    Projector p(on_monitor("HDMI"));
    ASSERT_EQ(p.at(0.0, kTableAndBeamer).kind, Step::Open);
    ASSERT_TRUE(p.during(10.0, 10.2, kOnlyTable).empty());
    p.pulled_off_its_monitor();
    const auto acted = p.during(10.3, 13.0, kTableAndBeamer);
    ASSERT_EQ(acted.size(), 1u);
    EXPECT_EQ(acted[0].second.kind, Step::Move);
    EXPECT_EQ(acted[0].second.monitor, kBeamer);
}

TEST(ProjectorPlacement, ResolutionChangeMovesTheWindowToTheNewSize) {
    Projector p(on_monitor("HDMI"));
    ASSERT_EQ(p.at(0.0, kTableAndBeamer).kind, Step::Open);
    const auto acted = p.during(20.0, 23.0, {kTable, kBeamerHigher});
    ASSERT_EQ(acted.size(), 1u);
    EXPECT_EQ(acted[0].second.kind, Step::Move);
    EXPECT_EQ(acted[0].second.monitor.width_px, 1920);
    EXPECT_EQ(acted[0].second.monitor.height_px, 1080);
}

TEST(ProjectorPlacement, FlappingDuringPlugInActsOnceOnTheSettledList) {
    Projector p(on_monitor("2"));
    ASSERT_TRUE(p.during(0.0, 5.0, kOnlyTable).empty());
    // The cable goes in: the monitor appears and vanishes every 0.2 s for a second.
    std::vector<std::pair<double, ProjectorStep>> acted;
    for (int i = 0; i < 5; ++i) {
        for (auto& a : p.during(5.0 + i * 0.2, 5.0 + i * 0.2 + 0.05, kTableAndBeamer)) acted.push_back(a);
        for (auto& a : p.during(5.1 + i * 0.2, 5.1 + i * 0.2 + 0.05, kOnlyTable)) acted.push_back(a);
    }
    EXPECT_TRUE(acted.empty()) << "acted while the list flapped, at " << acted.front().first;
    for (auto& a : p.during(6.0, 8.0, kTableAndBeamer)) acted.push_back(a);
    ASSERT_EQ(acted.size(), 1u);
    EXPECT_EQ(acted[0].second.kind, Step::Open);
    EXPECT_NEAR(acted[0].first, 6.0 + ProjectorPlacement::kSettleSeconds, 1e-6);
}

TEST(ProjectorPlacement, ActsWithinTheDeadlineEvenWhileTheListKeepsChanging) {
    Projector p(on_monitor("HDMI"));
    ASSERT_TRUE(p.during(0.0, 1.0, kOnlyTable).empty());
    // A list that never settles (another monitor flapping) still gets the beamer up by 3 s.
    double opened_at = -1;
    for (int i = 0; i < 60 && opened_at < 0; ++i) {
        const double t = 2.0 + i * 0.1;
        const std::vector<MonitorInfo> list =
            i % 2 ? std::vector<MonitorInfo>{kTable, kBeamer} : std::vector<MonitorInfo>{kTable, kBeamer, kOther};
        if (p.at(t, list).kind == Step::Open) opened_at = t;
    }
    ASSERT_GE(opened_at, 0.0) << "never opened";
    EXPECT_LE(opened_at, 2.0 + ProjectorPlacement::kDeadlineSeconds + 1e-6);
    EXPECT_GE(opened_at, 2.0 + ProjectorPlacement::kDeadlineSeconds - 0.1 - 1e-6);
}

TEST(ProjectorPlacement, AskingAgainIsDueWhenTheListSettles) {
    Projector p(on_monitor("2"));
    ASSERT_EQ(p.at(0.0, kOnlyTable).kind, Step::Keep);
    const ProjectorStep step = p.at(1.0, kTableAndBeamer);
    EXPECT_EQ(step.kind, Step::Keep);
    EXPECT_NEAR(step.recheck_after_seconds, ProjectorPlacement::kSettleSeconds, 1e-9);
    EXPECT_EQ(p.at(1.0 + step.recheck_after_seconds, kTableAndBeamer).kind, Step::Open);
    EXPECT_EQ(p.at(9.0, kTableAndBeamer).recheck_after_seconds, ProjectorStep{}.recheck_after_seconds);
}

TEST(ProjectorPlacement, ANameNotPresentOpensNothingUntilItAppears) {
    Projector p(on_monitor("Epson"));
    EXPECT_TRUE(p.during(0.0, 5.0, kTableAndBeamer).empty());
    const MonitorInfo epson{"Epson EB-1", 1920, 0, 1920, 1200, false};
    const auto acted = p.during(5.0, 8.0, {kTable, kBeamer, epson});
    ASSERT_EQ(acted.size(), 1u);
    EXPECT_EQ(acted[0].second.kind, Step::Open);
    EXPECT_EQ(acted[0].second.monitor_index, 2);
}

TEST(ProjectorPlacement, AnotherMonitorInItsPlaceMovesIt) {
    Projector p(on_monitor("2"));
    ASSERT_EQ(p.at(0.0, kTableAndBeamer).kind, Step::Open);
    const auto acted = p.during(10.0, 13.0, {kTable, kOther});
    ASSERT_EQ(acted.size(), 1u);
    EXPECT_EQ(acted[0].second.kind, Step::Move);
    EXPECT_EQ(acted[0].second.monitor, kOther);
}

TEST(ProjectorPlacement, AWindowedProjectorIgnoresMonitorChanges) {
    Projector p(on_monitor("windowed 800x600"));
    ASSERT_EQ(p.placement().spec().kind, ProjectorSpec::Kind::Windowed);
    EXPECT_EQ(p.placement().spec().width_px, 800);
    const ProjectorStep first = p.at(0.0, kOnlyTable);
    EXPECT_EQ(first.kind, Step::Open);
    EXPECT_EQ(first.monitor_index, -1);
    EXPECT_TRUE(p.during(1.0, 4.0, kTableAndBeamer).empty());
    EXPECT_TRUE(p.during(4.1, 8.0, kOnlyTable).empty());
    EXPECT_TRUE(p.state().open);
}

TEST(ProjectorPlacement, AWindowedProjectorThatFailedToOpenIsNotRetriedOnAMonitorChange) {
    std::string error;
    ProjectorSpec spec;
    ASSERT_TRUE(parse_projector_spec("windowed 800x600", spec, error));
    ProjectorPlacement placement(spec);
    const ProjectorState closed;  // the Open below failed: the window never came
    ASSERT_EQ(placement.decide(kOnlyTable, closed, 0.0).kind, Step::Open);
    for (int i = 1; i <= 40; ++i)
        EXPECT_EQ(placement.decide(kTableAndBeamer, closed, 1.0 + i * 0.1).kind, Step::Keep) << i;
}

TEST(ProjectorPlacement, ANewSpecIsActedOnAtOnce) {
    Projector p(on_monitor("HDMI"));
    ASSERT_EQ(p.at(0.0, kTableAndBeamer).kind, Step::Open);
    p.placement().set_spec(ProjectorSpec{});
    const ProjectorStep closed = p.at(0.1, kTableAndBeamer);
    EXPECT_EQ(closed.kind, Step::Close);
    EXPECT_EQ(closed.reason, "turned off");
    p.placement().set_spec(on_monitor("2"));
    EXPECT_EQ(p.at(0.2, kTableAndBeamer).kind, Step::Open);
}

TEST(ProjectorPlacement, AWindowedSpecTurnsAFullscreenProjectorIntoAWindow) {
    Projector p(on_monitor("HDMI"));
    ASSERT_EQ(p.at(0.0, kTableAndBeamer).kind, Step::Open);
    p.placement().set_spec(on_monitor("windowed 800x600"));
    const ProjectorStep step = p.at(0.1, kTableAndBeamer);
    EXPECT_EQ(step.kind, Step::Move);
    EXPECT_EQ(step.monitor_index, -1);
    EXPECT_TRUE(p.state().windowed);
}

TEST(ProjectorPlacement, AProjectorOnTheMonitorThatBecameTheTablesCloses) {
    Projector p(on_monitor("HDMI"));
    ASSERT_EQ(p.at(0.0, kTableAndBeamer).kind, Step::Open);
    MonitorInfo beamer_with_table = kBeamer;
    beamer_with_table.table = true;
    const MonitorInfo laptop{"eDP-1", 0, 0, 1920, 1080, false};
    const auto acted = p.during(5.0, 8.0, {laptop, beamer_with_table});
    ASSERT_EQ(acted.size(), 1u);
    EXPECT_EQ(acted[0].second.kind, Step::Close);
    EXPECT_EQ(acted[0].second.reason, "the table's monitor");
}

TEST(ProjectorPlacement, NoProjectorWantedOpensNothing) {
    Projector p(ProjectorSpec{});
    EXPECT_TRUE(p.during(0.0, 3.0, kTableAndBeamer).empty());
}

TEST(ProjectorSpecParse, ReadsMonitorAndWindowedForms) {
    ProjectorSpec spec;
    std::string error;
    ASSERT_TRUE(parse_projector_spec("", spec, error));
    EXPECT_EQ(spec.kind, ProjectorSpec::Kind::None);
    ASSERT_TRUE(parse_projector_spec("HDMI-1", spec, error));
    EXPECT_EQ(spec.kind, ProjectorSpec::Kind::Monitor);
    EXPECT_EQ(spec.monitor, "HDMI-1");
    ASSERT_TRUE(parse_projector_spec("windowed 1280x720", spec, error));
    EXPECT_EQ(spec.kind, ProjectorSpec::Kind::Windowed);
    EXPECT_EQ(spec.width_px, 1280);
    EXPECT_EQ(spec.height_px, 720);
    EXPECT_FALSE(parse_projector_spec("windowed big", spec, error));
    EXPECT_NE(error.find("windowed 1280x720"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::platform
