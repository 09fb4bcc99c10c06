// Wrong facilitator PINs slow down the next try (issue 11, "wrong tries slowed down (e.g. 5
// wrong → 30 s wait, shown)"): the first 4 wrong PINs in a row cost nothing, the 5th starts a
// wait of 30 s, each further wrong PIN doubles it (60 s, 120 s, 240 s) up to at most 5 minutes,
// and a right PIN clears everything. A 4-digit PIN then takes days of tries to guess at the
// table, while a facilitator who mistypes a few times never waits.
//
// No I/O and no clock of its own: the caller passes the time as monotonic seconds (e.g.
// glfwGetTime() or steady_clock), so a change of the wall clock cannot shorten a wait. The count
// lives as long as the object (one per kiosk run); restarting the kiosk needs the machine's own
// account, not the table.
#pragma once

namespace kiosk {

class PinAttempts {
public:
    /// Wrong PINs in a row that cost no wait; the next one starts the first wait.
    static constexpr int kFreeTries = 4;
    /// The first wait, in seconds, after kFreeTries + 1 wrong PINs in a row.
    static constexpr double kFirstWaitSeconds = 30.0;
    /// The longest wait, in seconds (5 minutes), however many wrong PINs follow.
    static constexpr double kLongestWaitSeconds = 300.0;

    /// Seconds still to wait at monotonic time `now` (seconds) before the next PIN is taken;
    /// 0 when a PIN may be tried now.
    double wait_left(double now) const;

    /// A wrong PIN was typed at monotonic time `now` (seconds). From the 5th in a row on this
    /// starts a wait from `now`: 30 s, then doubled for each further one, at most 5 minutes.
    void record_wrong(double now);

    /// A right PIN: the count and any wait are cleared.
    void record_right();

    /// Wrong PINs since the last right one (or since the start).
    int wrong_in_a_row() const { return wrong_in_a_row_; }

private:
    int wrong_in_a_row_ = 0;
    double wait_until_ = 0.0;  // monotonic seconds; meaningful only when wrong_in_a_row_ > kFreeTries
};

}  // namespace kiosk
