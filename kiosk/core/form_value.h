// Reading a form record as people read it: the value of a field with its choices' labels, and
// the field that names a record. Shared by the session notes (export/document.h), `kiosk
// sessions show` and the comparison of two sessions (core/compare.h), so each says it alike.
#pragma once

#include "core/plan.h"
#include "core/session.h"

#include <string>

namespace kiosk {

/// A form value as people read it: choice ids become their labels (plan order), a MultiChoice
/// value's labels joined with ", "; other kinds unchanged. Unknown ids are kept as they are.
std::string display_value(const Field& field, const std::string& value);

/// The field whose value names a record of `form`: its first required one-line field, else its
/// first field when that is one line (the partner's name, the community), else its first
/// required paragraph field (a sub-goal); nullptr when the form has none of these.
const Field* title_field(const Exercise& form);

/// The title of a form record: the value of title_field(), cut to one line of at most 90 bytes
/// with "…"; "" when the form has no such field or it is empty.
std::string record_title(const Exercise& form, const FormRecord& record);

/// A label as a lead-in before its value: "Naam:" — or the label as it is when it already ends
/// in ? ! : or . ("Is er een team?").
std::string lead_in(const std::string& label);

}  // namespace kiosk
