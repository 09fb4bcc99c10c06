// The soft end-of-timebox sound: a short two-tone chime synthesised in code (no sound file),
// played through OpenAL. Opening an audio device can wait on another program (a sound server
// that is slow or hung, a USB headset waking up; issue 14), so the device is opened and the
// chime started on the Chime's own thread: the constructor and play() return at once and the
// frame never waits. Without an audio device (a server, Xvfb, a muted laptop) it stays silent and
// harmless: state() says Silent and play() returns false.
#pragma once

#include <functional>
#include <memory>

namespace kiosk::platform {

/// What the Chime plays through; OpenAL's default device unless a test gives another. Every
/// call runs on the Chime's thread, never the caller's.
class ChimeDevice {
public:
    virtual ~ChimeDevice() = default;
    /// Opens the device and prepares the sound; false when there is none. May take long.
    virtual bool open() = 0;
    /// Starts the sound (from the beginning when it is still playing).
    virtual void play() = 0;
};

/// OpenAL's default device with the synthesised chime.
std::unique_ptr<ChimeDevice> openal_chime_device();

class Chime {
public:
    enum class State {
        Opening,  ///< the device is being opened (play() is refused meanwhile)
        Ready,    ///< play() sounds
        Silent,   ///< no audio device
    };

    /// Starts opening `device` (default: OpenAL's) on the Chime's thread and returns at once.
    /// `settled` is called once from that thread when the state leaves Opening, e.g. to log it
    /// and wake the frame loop; never after ~Chime has begun; it must not call the Chime. May be
    /// empty.
    explicit Chime(std::unique_ptr<ChimeDevice> device = openal_chime_device(),
                   std::function<void(State)> settled = {});
    /// Asks the thread to end and waits for it at most kCloseWaitSeconds: a device still stuck
    /// opening (or playing) is left to finish on its own, so closing the kiosk never hangs.
    ~Chime();
    Chime(const Chime&) = delete;
    Chime& operator=(const Chime&) = delete;

    static constexpr double kCloseWaitSeconds = 1.0;

    State state() const;
    /// True when an audio device was opened and the chime is ready.
    bool available() const { return state() == State::Ready; }
    /// Asks the thread to start the chime (about 1.6 s) and returns at once; false when it will
    /// not sound (no device, or still opening).
    bool play();

    /// The chime's samples: mono, 16-bit, at `rate` Hz. Two soft sine tones (E5 then A5) with
    /// a gentle attack and a long exponential decay, peak at a third of full scale.
    static std::unique_ptr<short[]> synthesise(int rate, int& count);

    struct Shared;

private:
    std::shared_ptr<Shared> shared_;
};

}  // namespace kiosk::platform
