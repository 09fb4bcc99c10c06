// A small plan with one exercise of every kind, for tests of the layers above core.
#pragma once

#include "core/action.h"
#include "core/plan.h"
#include "core/session.h"

namespace kiosk::testing {

/// Exercises: "klaar" (checklist, 3 questions, pass 2), "visie" (writing: schrijven/delen/samen),
/// "kaart" (form: naam, persoon, verbinding multichoice, sterkte scale), "matrix" (board:
/// of/by/for, subject kaart.naam, 3 votes), "partners" (repeatable form with a longtext field).
Plan sample_plan();

/// A session created from sample_plan() with id "s-test", at wall time 1,000,000 ms.
Session sample_session();

/// The action that creates sample_session().
Action create_sample_session();

/// A session created from `plan` as sample_session() is (id "s-test", wall time 1,000,000 ms),
/// e.g. sample_plan() with a key changed, carried in the snapshot as a plan file would carry it.
Session session_from(const Plan& plan);

}  // namespace kiosk::testing
