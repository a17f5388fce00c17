// Modality: what a controlling verb does to the event of the clause it controls.
//
// CAMEO codes what actors do, and also what they say they will do: "Belarus wants to
// cooperate militarily with Iran" is not military cooperation (062) but an expressed intent
// to cooperate militarily (0312); "Iran plans to attack" is a threat (138); "Congress urged
// Obama to help Iran" is an appeal by Congress, not aid to Iran; "Obama would not ask Russia
// to help Israel" holds no event at all. These are facts of English grammar and of the CAMEO
// codebook, not of any dictionary, so the coder applies them whatever dictionaries it uses
// (after the dictionaries' own transformations, which take precedence).
#pragma once

#include <string>
#include <string_view>

namespace dyad {

enum class ControlKind {
  kNone,        // not a modal controller: the controlled event happened ("managed to")
  kIntent,      // agree, want, plan, intend, seek, promise, pledge, vow, threaten, ready to ...
                // (CAMEO 03: "offer, promise, agree to, or otherwise indicate willingness")
  kAppeal,      // ask, urge, call on, press, pressure, encourage, request: the event is wished for
  kNonEvent,    // refuse, fail, decline, hesitate: the event did not happen
};

// The kind of a controlling verb or adjective, by lemma (lower case). `adjectival`: the word
// is a participle or adjective after "be" ("is prepared to", "is set to"): those two are
// intents only then, since "prepared to attend" and "set to work" report what happened.
ControlKind control_kind(std::string_view lemma, bool adjectival);

// True for verbs that deny what they report ("denied that its troops shelled the plant").
bool is_denial(std::string_view lemma);

// True for verbs whose compound subject acts on itself, each member on the others, when no
// one else is named ("Thai and Cambodian troops exchanged fire", "the two sides clashed").
bool is_mutual_verb(std::string_view lemma);

// The CAMEO code for an expressed intent to do `code`: cooperative roots 04-08 map to their
// 03x intents (062 -> 0312, 072 -> 0332, 085 -> 0354), conflictual roots 15-20 to their 13x
// threats (190 -> 138, 163 -> 1312). Statements, intents and threats (01-03, 13) keep their
// code; other codes (09-12, 14) give an empty string: no intent code fits.
std::string intent_code(std::string_view code);

// The CAMEO code for asking someone to do `code`: an appeal (02x: 062 -> 0212, 084 -> 0253,
// 040 -> 026) or, with `demand`, the matching demand (10x: 084 -> 1053). Codes outside the
// cooperative roots 04-08 give the generic 020 or 100.
std::string appeal_code(std::string_view code, bool demand);

// The CAMEO code for refusing to do `code` (12x): release 084x -> 1243, ease sanctions 085 ->
// 1244, meet or negotiate 04x -> 125, cooperate 06x -> 121x. Other codes give an empty string:
// the refusal keeps its own code.
std::string refusal_code(std::string_view code);

}  // namespace dyad
