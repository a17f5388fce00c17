// CameoTable: facts about CAMEO event codes (name, Goldstein value, quad class, PLOVER
// event type and mode), compiled into the binary so output needs no data files.
//
// Source: data/cameo.tsv, joined from the reference tables cameo_codes.tsv (code, name,
// goldstein, quad_class) and cameo_plover.tsv (plover_event, plover_mode; "dropped" means
// CAMEO 01/02 have no PLOVER category and is stored as an empty event). Regenerate the
// embedded table after editing data/cameo.tsv with:
//   awk -F'\t' 'NR>1{gsub(/"/,"\\\"",$2); printf "{\"%s\", \"%s\", %s, %s, \"%s\", \"%s\"},\n",
//       $1,$2,$3,$4,($5=="dropped"?"":$5),$6}' data/cameo.tsv   (plus a header comment)
//   > src/resolve/cameo_table_data.inc
#pragma once

#include <span>
#include <string_view>

namespace dyad {

struct CameoCodeInfo {
  std::string_view code;  // "010", "0841", "19"
  std::string_view name;
  double goldstein = 0;
  int quad_class = 0;             // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string_view plover_event;  // empty when PLOVER drops the code
  std::string_view plover_mode;
};

// Information for `code`, or nullptr when it is not a CAMEO code (e.g. WEIS-style codes
// of the validation dictionaries).
const CameoCodeInfo* find_cameo_code(std::string_view code);

// Every entry of the table, in code order: the 20 roots ("01") and the event codes.
std::span<const CameoCodeInfo> cameo_codes();

// The two-digit root of a code: "0841" -> "08", "190" -> "19".
std::string_view cameo_root(std::string_view code);

}  // namespace dyad
