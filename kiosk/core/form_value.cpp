#include "core/form_value.h"

#include <vector>

namespace kiosk {

std::string display_value(const Field& field, const std::string& value) {
    if (field.kind != FieldKind::Choice && field.kind != FieldKind::MultiChoice && field.kind != FieldKind::Scale)
        return value;
    auto label_of = [&](const std::string& id) {
        for (const auto& c : field.choices) if (c.id == id) return c.label;
        return id;
    };
    if (field.kind != FieldKind::MultiChoice) return label_of(value);
    // Plan order, so "Plek, Interesse" reads the same whatever order they were ticked in.
    std::vector<std::string> chosen;
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t comma = value.find(',', start);
        if (comma == std::string::npos) comma = value.size();
        if (comma > start) chosen.push_back(value.substr(start, comma - start));
        start = comma + 1;
    }
    std::string out;
    auto append = [&](const std::string& label) { out += (out.empty() ? "" : ", ") + label; };
    for (const auto& c : field.choices)
        for (const auto& id : chosen) if (id == c.id) { append(c.label); break; }
    for (const auto& id : chosen) {
        bool known = false;
        for (const auto& c : field.choices) known = known || c.id == id;
        if (!known) append(id);
    }
    return out;
}

const Field* title_field(const Exercise& form) {
    for (const auto& f : form.fields)
        if (f.required && f.kind == FieldKind::Text) return &f;
    if (!form.fields.empty() && form.fields.front().kind == FieldKind::Text) return &form.fields.front();
    for (const auto& f : form.fields)
        if (f.required && f.kind == FieldKind::LongText) return &f;
    return nullptr;
}

namespace {

// A title is one line: a paragraph is cut after its first line or kTitleBytes at a space ("…").
constexpr std::size_t kTitleBytes = 90;

std::string one_line(const std::string& text) {
    std::string line = text.substr(0, text.find('\n'));
    if (line.size() <= kTitleBytes && line.size() == text.size()) return line;
    if (line.size() > kTitleBytes) {
        std::size_t cut = line.rfind(' ', kTitleBytes);
        if (cut == std::string::npos || cut == 0) {
            cut = kTitleBytes;
            while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
        }
        line.resize(cut);
    }
    return line + "…";
}

}  // namespace

std::string record_title(const Exercise& form, const FormRecord& record) {
    const Field* field = title_field(form);
    if (!field) return {};
    auto it = record.values.find(field->id);
    return it == record.values.end() ? std::string() : one_line(it->second);
}

std::string lead_in(const std::string& label) {
    if (!label.empty() && std::string("?!:.").find(label.back()) != std::string::npos) return label;
    return label + ":";
}

}  // namespace kiosk
