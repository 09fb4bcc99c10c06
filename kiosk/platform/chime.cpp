#include "platform/chime.h"

#include <AL/al.h>
#include <AL/alc.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace kiosk::platform {
namespace {

class OpenAlChime final : public ChimeDevice {
public:
    ~OpenAlChime() override {
        if (source) alDeleteSources(1, &source);
        if (buffer) alDeleteBuffers(1, &buffer);
        if (context) {
            alcMakeContextCurrent(nullptr);
            alcDestroyContext(context);
        }
        if (device) alcCloseDevice(device);
    }
    bool open() override {
        device = alcOpenDevice(nullptr);
        if (!device) return false;
        context = alcCreateContext(device, nullptr);
        if (!context || !alcMakeContextCurrent(context)) return false;
        alGenBuffers(1, &buffer);
        alGenSources(1, &source);
        const int rate = 44100;
        int count = 0;
        auto samples = Chime::synthesise(rate, count);
        alBufferData(buffer, AL_FORMAT_MONO16, samples.get(), ALsizei(count * int(sizeof(short))), rate);
        alSourcei(source, AL_BUFFER, ALint(buffer));
        return alGetError() == AL_NO_ERROR;
    }
    void play() override {
        alSourceStop(source);
        alSourcePlay(source);  // OpenAL mixes on its own thread: this returns at once
    }

private:
    ALCdevice* device = nullptr;
    ALCcontext* context = nullptr;
    ALuint buffer = 0, source = 0;
};

}  // namespace

std::unique_ptr<ChimeDevice> openal_chime_device() { return std::make_unique<OpenAlChime>(); }

// Shared by the Chime and its thread, so a thread left behind by ~Chime (a device stuck opening)
// still has what it touches; the last of the two frees it.
struct Chime::Shared {
    std::mutex mutex;
    std::condition_variable changed;
    std::unique_ptr<ChimeDevice> device;
    std::function<void(State)> settled;
    State state = State::Opening;
    int plays_wanted = 0;
    bool quit = false;
    bool ended = false;
};

std::unique_ptr<short[]> Chime::synthesise(int rate, int& count) {
    const double seconds = 1.6;
    count = int(seconds * rate);
    auto samples = std::make_unique<short[]>(std::size_t(count));
    const double pi = 3.14159265358979;
    // Two notes, the second entering 0.35 s later: a doorbell-like "ding-dong", soft because of
    // the slow attack (20 ms) and the low peak level.
    struct Note { double freq, start; } notes[] = {{659.25, 0.0}, {880.0, 0.35}};
    for (int i = 0; i < count; ++i) {
        const double t = double(i) / rate;
        double v = 0;
        for (const Note& n : notes) {
            if (t < n.start) continue;
            const double u = t - n.start;
            const double envelope = std::min(1.0, u / 0.02) * std::exp(-u * 3.0);
            v += envelope * (std::sin(2 * pi * n.freq * u) + 0.25 * std::sin(4 * pi * n.freq * u));
        }
        const double fade = std::min(1.0, (seconds - t) / 0.05);  // no click at the end
        samples[std::size_t(i)] = short(std::clamp(v * fade * 0.33 / 1.25, -1.0, 1.0) * 32767.0);
    }
    return samples;
}

Chime::Chime(std::unique_ptr<ChimeDevice> device, std::function<void(State)> settled)
    : shared_(std::make_shared<Shared>()) {
    shared_->device = std::move(device);
    shared_->settled = std::move(settled);
    std::thread([s = shared_] {
        const bool opened = s->device && s->device->open();
        const State now = opened ? State::Ready : State::Silent;
        std::unique_lock lock(s->mutex);
        s->state = now;
        // Under the lock, and only while the Chime lives: ~Chime takes the lock before it
        // returns, so `settled` never runs after it (it may touch the app's objects).
        if (s->settled && !s->quit) s->settled(now);
        for (;;) {
            s->changed.wait(lock, [&] { return s->quit || s->plays_wanted > 0; });
            if (s->quit) break;
            s->plays_wanted = 0;
            lock.unlock();
            if (opened) s->device->play();
            lock.lock();
        }
        s->device.reset();  // closes the device on this thread, as it was opened
        s->ended = true;
        s->changed.notify_all();
    }).detach();  // ~Chime waits for it, boundedly (see the header)
}

Chime::~Chime() {
    std::unique_lock lock(shared_->mutex);
    shared_->quit = true;
    shared_->changed.notify_all();
    shared_->changed.wait_for(lock, std::chrono::duration<double>(kCloseWaitSeconds), [&] { return shared_->ended; });
}

Chime::State Chime::state() const {
    std::lock_guard lock(shared_->mutex);
    return shared_->state;
}

bool Chime::play() {
    std::lock_guard lock(shared_->mutex);
    if (shared_->state != State::Ready) return false;
    ++shared_->plays_wanted;
    shared_->changed.notify_all();
    return true;
}

}  // namespace kiosk::platform
