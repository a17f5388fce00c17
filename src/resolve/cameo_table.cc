#include "resolve/cameo_table.h"

#include <algorithm>
#include <array>

namespace dyad {
namespace {

constexpr CameoCodeInfo kTable[] = {
#include "resolve/cameo_table_data.inc"
};

}  // namespace

const CameoCodeInfo* find_cameo_code(std::string_view code) {
  // 313 entries: a linear scan costs less than a first-call sorted index would save.
  for (const CameoCodeInfo& info : kTable)
    if (info.code == code) return &info;
  return nullptr;
}

std::span<const CameoCodeInfo> cameo_codes() { return kTable; }

std::string_view cameo_root(std::string_view code) { return code.substr(0, std::min<size_t>(2, code.size())); }

}  // namespace dyad
