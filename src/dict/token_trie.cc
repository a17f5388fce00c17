#include "dict/token_trie.h"

#include <algorithm>
#include <cassert>
#include <stdexcept>

namespace dyad {

void TokenTrie::insert(std::span<const WordId> phrase, Payload payload) {
  if (frozen_) throw std::logic_error("TokenTrie::insert after freeze");
  if (phrase.empty()) throw std::logic_error("TokenTrie::insert of an empty phrase");
  uint32_t node = 0;
  for (WordId w : phrase) {
    const uint64_t key = (static_cast<uint64_t>(node) << 32) | w;
    auto [it, inserted] = build_edges_.try_emplace(key, node_count_);
    if (inserted) ++node_count_;
    node = it->second;
  }
  build_payloads_.emplace_back(node, payload);
}

void TokenTrie::freeze() {
  if (frozen_) return;
  const uint32_t n = node_count_;
  // Edges: bucket by parent, then sort each bucket by word for binary search.
  edge_begin_.assign(n + 1, 0);
  for (const auto& [key, child] : build_edges_) ++edge_begin_[(key >> 32) + 1];
  for (uint32_t i = 0; i < n; ++i) edge_begin_[i + 1] += edge_begin_[i];
  std::vector<std::pair<WordId, uint32_t>> edges(build_edges_.size());
  {
    std::vector<uint32_t> fill(edge_begin_.begin(), edge_begin_.end() - 1);
    for (const auto& [key, child] : build_edges_)
      edges[fill[key >> 32]++] = {static_cast<WordId>(key & 0xffffffffu), child};
  }
  for (uint32_t i = 0; i < n; ++i)
    std::sort(edges.begin() + edge_begin_[i], edges.begin() + edge_begin_[i + 1]);
  edge_word_.resize(edges.size());
  edge_child_.resize(edges.size());
  for (size_t i = 0; i < edges.size(); ++i) {
    edge_word_[i] = edges[i].first;
    edge_child_[i] = edges[i].second;
  }
  root_child_.clear();
  if (edge_begin_[1] > edge_begin_[0]) {  // root edges are sorted: the last has the largest word
    root_child_.assign(edge_word_[edge_begin_[1] - 1] + 1, kNoNode);
    for (uint32_t e = edge_begin_[0]; e < edge_begin_[1]; ++e) root_child_[edge_word_[e]] = edge_child_[e];
  }
  // Payloads: stable by node keeps insertion order; drop repeats within a node.
  std::stable_sort(build_payloads_.begin(), build_payloads_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  payload_begin_.assign(n + 1, 0);
  payloads_.clear();
  size_t i = 0;
  for (uint32_t node = 0; node < n; ++node) {
    payload_begin_[node] = static_cast<uint32_t>(payloads_.size());
    const size_t first = payloads_.size();
    for (; i < build_payloads_.size() && build_payloads_[i].first == node; ++i) {
      const Payload p = build_payloads_[i].second;
      if (std::find(payloads_.begin() + first, payloads_.end(), p) == payloads_.end())
        payloads_.push_back(p);
    }
    if (payloads_.size() != first) ++phrase_count_;
  }
  payload_begin_[n] = static_cast<uint32_t>(payloads_.size());
  build_edges_ = {};
  build_payloads_ = {};
  frozen_ = true;
}

uint32_t TokenTrie::child(uint32_t node, WordId word) const {
  assert(frozen_);
  if (!frozen_ || word == kNoWord) return kNoNode;
  if (node == 0) return word < root_child_.size() ? root_child_[word] : kNoNode;
  const WordId* first = edge_word_.data() + edge_begin_[node];
  const WordId* last = edge_word_.data() + edge_begin_[node + 1];
  if (last - first <= 8) {
    for (const WordId* p = first; p != last; ++p)
      if (*p == word) return edge_child_[p - edge_word_.data()];
    return kNoNode;
  }
  const WordId* p = std::lower_bound(first, last, word);
  return (p != last && *p == word) ? edge_child_[p - edge_word_.data()] : kNoNode;
}

std::span<const TokenTrie::Payload> TokenTrie::find(std::span<const WordId> phrase) const {
  uint32_t node = 0;
  for (WordId w : phrase) {
    node = child(node, w);
    if (node == kNoNode) return {};
  }
  return phrase.empty() ? std::span<const Payload>{} : payloads_of(node);
}

}  // namespace dyad
