// Fuzz target: the agent dictionary reader (dict/agent_dictionary.h), with `!SET!`
// substitutions and generated plurals. Reads the input as an agents file, then matches the
// input's words, checking matches stay inside the sentence and name real agents.
#include "dict/agent_dictionary.h"
#include "fuzz/fuzz_dict.h"

namespace dyad::fuzz {

int dict_agents(const uint8_t* data, size_t size) {
  const std::string_view text = as_text(data, size);
  CollectingReporter reporter;
  AgentDictionary dict;
  dict.read_text(text, kDictFile, reporter);
  dict.finish();
  check_dictionary_errors("dict_agents", reporter, text);

  const std::vector<std::string_view> words = query_words(text);
  for (size_t i = 0; i < words.size(); ++i) {
    const AgentMatch m = dict.longest_match(words, i);
    if (!m) continue;
    if (i + m.length > words.size() || m.agents.empty()) fail("dict_agents", "match outside the sentence");
    for (AgentId a : m.agents)
      if (a >= dict.agent_count()) fail("dict_agents", "agent id");
  }
  for (size_t i = 0; i < dict.agent_count(); ++i) {
    const AgentEntry& a = dict.agent(static_cast<AgentId>(i));
    if (a.code.empty() || a.code.find('~') != std::string::npos) fail("dict_agents", "agent code");
  }
  return 0;
}

}  // namespace dyad::fuzz

DYAD_FUZZ_ENTRY(dict_agents)
