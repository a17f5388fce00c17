// TokenTrie: phrases of WordIds mapped to payloads (entry indexes), with longest-match
// lookup over a token sequence.
//
// Build with insert(), then call freeze() once; lookups are valid only after freeze().
// The frozen trie is a flat CSR layout: per node a sorted range of (word, child) edges
// and a range of payloads, so lookups allocate nothing and a frozen trie may be read
// from any number of threads.
//
// A phrase inserted several times keeps every distinct payload in insertion order
// (e.g. one actor name listed in two entries); a repeated (phrase, payload) is stored once.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dict/vocabulary.h"

namespace dyad {

class TokenTrie {
 public:
  using Payload = uint32_t;

  struct Match {
    uint32_t length = 0;                // tokens matched; 0 means no match
    std::span<const Payload> payloads;  // entries ending there, insertion order
    explicit operator bool() const { return length != 0; }
  };

  // Adds `phrase` (non-empty, no kNoWord) with `payload`. Only before freeze().
  void insert(std::span<const WordId> phrase, Payload payload);
  void freeze();
  bool frozen() const { return frozen_; }

  // Longest phrase that is a prefix of tokens[start...]; kNoWord tokens never match.
  Match longest_match(std::span<const WordId> tokens, size_t start) const {
    return longest_match_by(tokens.size(), start, [&](size_t i) { return tokens[i]; });
  }
  // Same over raw tokens, looked up case-insensitively in `vocabulary` (no allocation).
  Match longest_match(std::span<const std::string_view> tokens, size_t start,
                      const Vocabulary& vocabulary) const {
    return longest_match_by(tokens.size(), start,
                            [&](size_t i) { return vocabulary.find(tokens[i]); });
  }

  // Calls visit(Match) for every phrase that is a prefix of tokens[start...], shortest first.
  template <typename Visit>
  void for_each_match(std::span<const WordId> tokens, size_t start, Visit&& visit) const {
    uint32_t node = 0;
    for (size_t i = start; i < tokens.size(); ++i) {
      node = child(node, tokens[i]);
      if (node == kNoNode) return;
      if (payload_begin_[node] != payload_begin_[node + 1])
        visit(Match{static_cast<uint32_t>(i - start + 1), payloads_of(node)});
    }
  }

  // Generic form: word_at(i) yields the WordId of token i, for i in [start, size).
  template <typename WordAt>
  Match longest_match_by(size_t size, size_t start, WordAt&& word_at) const {
    Match best;
    uint32_t node = 0;
    for (size_t i = start; i < size; ++i) {
      node = child(node, word_at(i));
      if (node == kNoNode) break;
      if (payload_begin_[node] != payload_begin_[node + 1])
        best = Match{static_cast<uint32_t>(i - start + 1), payloads_of(node)};
    }
    return best;
  }

  // Payloads of exactly `phrase`, empty when absent.
  std::span<const Payload> find(std::span<const WordId> phrase) const;

  size_t node_count() const { return frozen_ ? payload_begin_.size() - 1 : node_count_; }
  size_t phrase_count() const { return phrase_count_; }  // distinct phrases with payloads

 private:
  static constexpr uint32_t kNoNode = 0xffffffffu;

  uint32_t child(uint32_t node, WordId word) const;
  std::span<const Payload> payloads_of(uint32_t node) const {
    return {payloads_.data() + payload_begin_[node], payload_begin_[node + 1] - payload_begin_[node]};
  }

  bool frozen_ = false;
  uint32_t node_count_ = 1;  // the root is node 0
  size_t phrase_count_ = 0;
  // Build state: edges keyed by (parent << 32 | word); payloads as (node, payload) pairs.
  std::unordered_map<uint64_t, uint32_t> build_edges_;
  std::vector<std::pair<uint32_t, Payload>> build_payloads_;
  // Frozen state.
  // The root has an edge for almost every first word of a phrase (tens of thousands), and
  // every token of every sentence starts a lookup there: a direct table replaces the search.
  std::vector<uint32_t> root_child_;  // WordId -> child of the root, kNoNode when none
  std::vector<uint32_t> edge_begin_;  // node -> first edge; size nodes + 1
  std::vector<WordId> edge_word_;     // sorted within each node
  std::vector<uint32_t> edge_child_;
  std::vector<uint32_t> payload_begin_;  // node -> first payload; size nodes + 1
  std::vector<Payload> payloads_;
};

}  // namespace dyad
