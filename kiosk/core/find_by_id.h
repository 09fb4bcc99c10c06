// Look-up by id in the model's lists (exercises, columns, groups, visions, forms…): every item
// type has a string member `id`, and the lists are short, so a linear search is the right tool.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace kiosk {

/// The first item of `items` whose id is `id`, or items.end().
template <typename Items>
auto find_by_id(Items& items, const std::string& id) {
    return std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.id == id; });
}

/// A pointer to the item with this id, or nullptr.
template <typename T>
const T* find_item(const std::vector<T>& items, const std::string& id) {
    auto it = find_by_id(items, id);
    return it == items.end() ? nullptr : &*it;
}

}  // namespace kiosk
