#include "platform/chime.h"

#include <AL/al.h>
#include <AL/alc.h>

#include <algorithm>
#include <cmath>

namespace kiosk::platform {

struct Chime::Impl {
    ALCdevice* device = nullptr;
    ALCcontext* context = nullptr;
    ALuint buffer = 0, source = 0;
    bool ready = false;
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

Chime::Chime() : impl_(std::make_unique<Impl>()) {
    Impl& m = *impl_;
    m.device = alcOpenDevice(nullptr);
    if (!m.device) return;
    m.context = alcCreateContext(m.device, nullptr);
    if (!m.context || !alcMakeContextCurrent(m.context)) return;
    alGenBuffers(1, &m.buffer);
    alGenSources(1, &m.source);
    const int rate = 44100;
    int count = 0;
    auto samples = synthesise(rate, count);
    alBufferData(m.buffer, AL_FORMAT_MONO16, samples.get(), ALsizei(count * int(sizeof(short))), rate);
    alSourcei(m.source, AL_BUFFER, ALint(m.buffer));
    m.ready = alGetError() == AL_NO_ERROR;
}

Chime::~Chime() {
    Impl& m = *impl_;
    if (m.source) alDeleteSources(1, &m.source);
    if (m.buffer) alDeleteBuffers(1, &m.buffer);
    if (m.context) {
        alcMakeContextCurrent(nullptr);
        alcDestroyContext(m.context);
    }
    if (m.device) alcCloseDevice(m.device);
}

bool Chime::available() const { return impl_->ready; }

bool Chime::play() {
    if (!impl_->ready) return false;
    alSourceStop(impl_->source);
    alSourcePlay(impl_->source);  // OpenAL mixes on its own thread: this returns at once
    return alGetError() == AL_NO_ERROR;
}

}  // namespace kiosk::platform
