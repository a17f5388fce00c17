// A timeline as a self-contained SVG image (no dependency, no script): stacked bars of the
// events per period by quad class (verbal and material cooperation in greens, verbal and
// material conflict in oranges and reds, codes outside CAMEO in grey) on the left axis, and
// the mean Goldstein value per period as a line on a fixed -10..+10 right axis, with a title,
// period labels (thinned to fit) and a legend.
#pragma once

#include <string>
#include <string_view>

#include "store/timeline.h"

namespace dyad {

std::string timeline_svg(const Timeline& timeline, std::string_view title);

// `s` with & < > " ' escaped for XML text and attribute values.
std::string xml_escape(std::string_view s);

}  // namespace dyad
