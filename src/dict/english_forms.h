// English inflection for dictionary entries written in base form (upper-case ASCII).
//
// dyad generates correct English forms rather than PETRARCH2's quirks, and for verbs
// also keeps PETRARCH2's regular forms so that nothing PETRARCH2 matched is lost:
//  - noun_plurals: -S/-X/-Z/-CH/-SH +ES; consonant+Y -> IES; -SS +ES, -US +ES, -IS -> ES;
//    any other final S is taken as already plural and gets no plural (PETRARCH2 makes
//    HELICOPTERS -> HELICOPTERSES); -MAN gives both -MEN and -MANS; otherwise +S.
//  - verb_forms: base, 3rd person, past, gerund. PETRARCH2's set (+S/+ES after S,X,Z,
//    Y->IES, +D after E else +ED, drop consonant+E before ING) plus the English ones it
//    lacks (vowel+Y +S/+ED, consonant+Y -> IED, CH/SH +ES, consonant+O +ES, IE -> YING).
//    Consonant doubling (STOP -> STOPPED) is not generated: it needs stress, the
//    dictionary lists irregular forms, and the coder also looks verbs up by lemma.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

std::vector<std::string> noun_plurals(std::string_view singular);
std::vector<std::string> verb_forms(std::string_view base);  // base first, no duplicates

}  // namespace dyad
