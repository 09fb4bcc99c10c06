// A generated archive for the tests and the benchmark of issue 13: many realistic sessions
// (notes, visions, partner and sub-goal forms), written through the real Store.
#pragma once

#include "core/plan.h"

#include <string>

namespace kiosk::testing {

/// sample_plan() (sample_plan.h) with a repeatable SMART sub-goal form "goals" added, so every
/// count of the archive has an exercise to come from.
Plan archive_plan();

/// What generated session `i` holds: (i % 5) visions, (i % 4) partners, (i % 3) sub-goals, and
/// `notes` notes; closed when i is odd. Its id is "s-gen-NNNN", its date 2020-01-01 + i*5 days
/// (so 500 sessions span about seven years), updated_ms grows with i; the title is
/// "Sessie NNNN" plus, for i % 10 == 5 (finished ones), "Zoë in de Bibliotheek", and the place alternates
/// "Vestiging Noord" / "Vestiging Zuid".
struct GeneratedCounts { int visions, partners, subgoals; bool closed; };
GeneratedCounts generated_counts(int i);

/// Writes sessions 0 .. count-1 (see generated_counts) into the database at `path` (created when
/// missing), each session's actions in one Store::append. Throws StoreError.
void generate_archive(const std::string& path, int count, int notes = 40);

}  // namespace kiosk::testing
