// The facilitator PIN (issue 11, "A PIN protects it"): kept only as an Argon2id hash, never the
// digits, in the file `facilitator-pin` next to the database (mode 0600, written atomically).
//
// Hashing: libsodium's crypto_pwhash_str with crypto_pwhash_OPSLIMIT_INTERACTIVE (2 passes) and
// crypto_pwhash_MEMLIMIT_INTERACTIVE (64 MiB): each set() and verify() needs 64 MiB of memory
// while it runs and took 150–185 ms of wall-clock time (80–87 ms of CPU, the rest waiting for a
// core that other builds held) on this machine class: 2 cores, Debian 12, libsodium 1.0.18,
// benchmarks/pin_bench.cpp. state() took 2.6 µs. A hash is far too long for the UI thread (a frame
// is 16.7 ms and the countdown must not stop on screen): the UI calls verify_async() and polls the
// future between frames.
//
// A file that is there but cannot be read or does not hold an Argon2id hash is Damaged: the
// console stays closed (verify() never says Right for it) and damage_message() tells the
// facilitator how to reset it at the machine (`kiosk facilitator reset-pin`, README "Forgotten
// PIN"). It is never silently replaced.
#pragma once

#include <future>
#include <string>

namespace kiosk {

/// `facilitator-pin` in the folder of the database file `database_path` (store/paths.h).
std::string facilitator_pin_path(const std::string& database_path);

enum class PinState {
    NotSet,   ///< no file: the kiosk asks for a new PIN (or the facilitator skips it)
    Set,      ///< the file holds an Argon2id hash
    Damaged,  ///< the file is there but unreadable or not a hash: the console stays closed
};

enum class PinVerdict { Right, Wrong, Damaged };

/// The result of set(): `ok`, or a translated `error` (a refused PIN, or a file that could not be
/// written) to show as it is.
struct PinSetResult {
    bool ok = false;
    std::string error;
    explicit operator bool() const { return ok; }
};

/// The PIN file at one path. Cheap to copy (it holds only the path); each call reads the file
/// afresh, so a reset at the machine is seen at once. Safe to use from several threads; messages
/// are in the language of the calling thread's LanguageScope (core/i18n.h), so a set() run on a
/// worker thread needs a scope of its own there to answer in Dutch.
class FacilitatorPin {
public:
    /// `path`: normally facilitator_pin_path(database). Initialises libsodium (sodium_init, which
    /// is idempotent and thread-safe); throws StoreError(Io) when that fails.
    explicit FacilitatorPin(std::string path);

    const std::string& path() const { return path_; }

    /// Whether a PIN is set, by reading the file (no hashing, microseconds).
    PinState state() const;
    /// True when state() is Set.
    bool is_set() const { return state() == PinState::Set; }

    /// Hashes `pin` and writes the hash (temporary file, fsync, rename, mode 0600; the folder is
    /// created with mode 0700 when missing). Refuses a `pin` that is not 4 to 8 digits
    /// (core/pin_rule.h) with its translated reason, and a file that cannot be written with a
    /// translated message naming it; an earlier PIN then stays as it was. Takes about as long as
    /// verify().
    PinSetResult set(const std::string& pin) const;

    /// Right when `pin` matches the stored hash, Wrong when it does not or no PIN is set, Damaged
    /// when the file is damaged (see above). Takes 0.1–0.2 s (see above): not on the UI thread.
    PinVerdict verify(const std::string& pin) const;
    /// verify() on a thread of its own; the UI polls the future (wait_for(0s)) between frames and
    /// asks for a frame every few hundredths of a second meanwhile (ui/redraw.h). Keep the future
    /// until it is ready: destroying it earlier blocks until the check has finished (std::async).
    std::future<PinVerdict> verify_async(std::string pin) const;

    /// Removes the file. Returns true when there was one, false when no PIN was set; throws
    /// StoreError(Unwritable) with a translated message when it cannot be removed.
    bool reset() const;

    /// For a Damaged file: a translated message naming the file that says the console stays closed
    /// and how to reset the PIN at the machine.
    std::string damage_message() const;

private:
    std::string path_;
};

}  // namespace kiosk
