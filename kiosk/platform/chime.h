// The soft end-of-timebox sound: a short two-tone chime synthesised in code (no sound file),
// played asynchronously through OpenAL so a frame never waits for it. Without an audio device
// (a server, Xvfb, a muted laptop) it stays silent and harmless: play() just returns false.
#pragma once

#include <memory>

namespace kiosk::platform {

class Chime {
public:
    /// Opens the default audio device and prepares the sound; never fails (see available()).
    Chime();
    ~Chime();
    Chime(const Chime&) = delete;
    Chime& operator=(const Chime&) = delete;

    /// True when an audio device was opened and the chime is ready.
    bool available() const;
    /// Starts the chime (about 1.6 s) and returns at once; false when silent (no device).
    bool play();

    /// The chime's samples: mono, 16-bit, at `rate` Hz. Two soft sine tones (E5 then A5) with
    /// a gentle attack and a long exponential decay, peak at a third of full scale.
    static std::unique_ptr<short[]> synthesise(int rate, int& count);

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace kiosk::platform
