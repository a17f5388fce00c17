#include "syntax/tagger_model.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "syntax/tagger_features.h"

namespace dyad {
namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'T', 'A', 'G', '1'};
constexpr uint32_t kEndianMark = 0x01020304;
constexpr size_t kHeaderWords = 8;

struct Header {
  char magic[8];
  uint32_t endian_mark;
  uint32_t feature_version;
  uint32_t feature_slots;
  uint32_t feature_count;
  uint32_t weight_count;
  uint32_t dictionary_slots;
  uint32_t dictionary_count;
  uint32_t reserved;
  uint64_t tag_mask;
  uint64_t reserved2[2];
};
static_assert(sizeof(Header) == kHeaderWords * 8);

// Power of two with `n` filling at most 70% of it: probes stay short, the table small.
uint32_t table_slots(size_t n) {
  uint32_t slots = 16;
  while (slots * 7 < n * 10) slots <<= 1;
  return slots;
}

}  // namespace

TaggerModel TaggerModel::build(const std::vector<FeatureWeights>& features,
                               const std::vector<std::pair<uint64_t, Pos>>& dictionary,
                               const std::vector<Pos>& tags) {
  static_assert(sizeof(FeatureSlot) == 16 && sizeof(Weight) == 8 && sizeof(DictionarySlot) == 16);
  size_t weight_count = 0;
  for (const FeatureWeights& f : features) weight_count += f.weights.size();
  Header h{};
  std::memcpy(h.magic, kMagic, 8);
  h.endian_mark = kEndianMark;
  h.feature_version = kTaggerFeatureVersion;
  h.feature_slots = table_slots(features.size());
  h.feature_count = static_cast<uint32_t>(features.size());
  h.weight_count = static_cast<uint32_t>(weight_count);
  h.dictionary_slots = table_slots(dictionary.size());
  h.dictionary_count = static_cast<uint32_t>(dictionary.size());
  for (Pos t : tags) h.tag_mask |= uint64_t{1} << static_cast<int>(t);

  TaggerModel m;
  m.words_ = kHeaderWords + size_t{h.feature_slots} * 2 + weight_count + size_t{h.dictionary_slots} * 2;
  m.block_ = std::make_unique<uint64_t[]>(m.words_);  // zeroed: all slots empty
  std::memcpy(m.block_.get(), &h, sizeof h);
  auto* slots = reinterpret_cast<FeatureSlot*>(m.block_.get() + kHeaderWords);
  auto* weights = reinterpret_cast<Weight*>(slots + h.feature_slots);
  auto* dict = reinterpret_cast<DictionarySlot*>(weights + weight_count);

  uint64_t mask = h.feature_slots - 1;
  uint32_t next_weight = 0;
  for (const FeatureWeights& f : features) {
    uint64_t slot = f.key & mask;
    while (slots[slot].key != 0) slot = (slot + 1) & mask;
    slots[slot] = FeatureSlot{f.key, next_weight, static_cast<uint32_t>(f.weights.size())};
    for (const Weight& w : f.weights) weights[next_weight++] = w;
  }
  uint64_t dmask = h.dictionary_slots - 1;
  for (const auto& [key, tag] : dictionary) {
    uint64_t slot = key & dmask;
    while (dict[slot].key != 0) slot = (slot + 1) & dmask;
    dict[slot].key = key;
    dict[slot].tag = static_cast<uint8_t>(tag);
  }
  m.attach("built model");
  return m;
}

void TaggerModel::attach(const std::string& origin) {
  if (words_ < kHeaderWords) throw std::runtime_error(origin + ": too short for a tagger model");
  Header h;
  std::memcpy(&h, block_.get(), sizeof h);
  if (std::memcmp(h.magic, kMagic, 8) != 0)
    throw std::runtime_error(origin + ": not a dyad tagger model (bad magic)");
  if (h.endian_mark != kEndianMark)
    throw std::runtime_error(origin + ": tagger model written with another byte order");
  if (h.feature_version != kTaggerFeatureVersion)
    throw std::runtime_error(origin + ": tagger model feature version " +
                             std::to_string(h.feature_version) + ", expected " +
                             std::to_string(kTaggerFeatureVersion) + " (retrain the model)");
  auto power_of_two = [](uint32_t n) { return n != 0 && (n & (n - 1)) == 0; };
  if (!power_of_two(h.feature_slots) || !power_of_two(h.dictionary_slots) ||
      h.feature_count >= h.feature_slots || h.dictionary_count >= h.dictionary_slots)
    throw std::runtime_error(origin + ": corrupt tagger model header");
  size_t expected = kHeaderWords + size_t{h.feature_slots} * 2 + h.weight_count +
                    size_t{h.dictionary_slots} * 2;
  if (expected != words_)
    throw std::runtime_error(origin + ": tagger model size " + std::to_string(words_ * 8) +
                             " bytes, header says " + std::to_string(expected * 8));
  features_ = reinterpret_cast<const FeatureSlot*>(block_.get() + kHeaderWords);
  weights_ = reinterpret_cast<const Weight*>(features_ + h.feature_slots);
  dictionary_ = reinterpret_cast<const DictionarySlot*>(weights_ + h.weight_count);
  feature_mask_ = h.feature_slots - 1;
  dictionary_mask_ = h.dictionary_slots - 1;
  tag_mask_ = h.tag_mask & ((uint64_t{1} << kPosCount) - 1);
  feature_count_ = h.feature_count;
  weight_count_ = h.weight_count;
  dictionary_count_ = h.dictionary_count;
  // Every weight run must stay inside the weight array and name a real tag, so lookups on a
  // damaged file cannot read or write out of bounds.
  for (uint64_t s = 0; s <= feature_mask_; ++s) {
    const FeatureSlot& f = features_[s];
    if (f.key == 0) continue;
    if (uint64_t{f.first} + f.count > weight_count_)
      throw std::runtime_error(origin + ": corrupt tagger model (weight run out of range)");
  }
  for (size_t w = 0; w < weight_count_; ++w)
    if (weights_[w].tag >= kPosCount)
      throw std::runtime_error(origin + ": corrupt tagger model (bad tag in weights)");
  for (uint64_t s = 0; s <= dictionary_mask_; ++s)
    if (dictionary_[s].key != 0 && dictionary_[s].tag >= kPosCount)
      throw std::runtime_error(origin + ": corrupt tagger model (bad tag in dictionary)");
}

TaggerModel TaggerModel::read(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error(path + ": cannot open tagger model: " + std::strerror(errno));
  std::fseek(f, 0, SEEK_END);
  long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  if (size < 0 || size % 8 != 0) {
    std::fclose(f);
    throw std::runtime_error(path + ": not a dyad tagger model (size " + std::to_string(size) +
                             " is not a multiple of 8)");
  }
  TaggerModel m;
  m.words_ = static_cast<size_t>(size) / 8;
  m.block_ = std::make_unique_for_overwrite<uint64_t[]>(m.words_);
  size_t got = std::fread(m.block_.get(), 8, m.words_, f);
  std::fclose(f);
  if (got != m.words_) throw std::runtime_error(path + ": short read of tagger model");
  m.attach(path);
  m.densify();
  return m;
}

void TaggerModel::densify() {
  auto* slots = reinterpret_cast<FeatureSlot*>(block_.get() + kHeaderWords);
  size_t rows = 0;
  for (uint64_t s = 0; s <= feature_mask_; ++s)
    if (slots[s].key != 0 && slots[s].count >= kDenseMinWeights) ++rows;
  dense_ = std::make_unique<float[]>(rows * kScoreWidth);  // zeroed: absent tags add 0
  dense_first_.clear();
  dense_first_.reserve(rows);
  for (uint64_t s = 0; s <= feature_mask_; ++s) {
    FeatureSlot& f = slots[s];
    if (f.key == 0 || f.count < kDenseMinWeights) continue;
    const auto row = static_cast<uint32_t>(dense_first_.size());
    float* out = dense_.get() + size_t{row} * kScoreWidth;
    for (uint32_t k = 0; k < f.count; ++k) out[weights_[f.first + k].tag] += weights_[f.first + k].weight;
    dense_first_.push_back(f.first);
    f.first = row;
    f.count |= kDenseRun;
  }
}

std::unique_ptr<uint64_t[]> TaggerModel::sparse_block() const {
  auto copy = std::make_unique_for_overwrite<uint64_t[]>(words_);
  std::memcpy(copy.get(), block_.get(), words_ * sizeof(uint64_t));
  auto* slots = reinterpret_cast<FeatureSlot*>(copy.get() + kHeaderWords);
  for (uint64_t s = 0; s <= feature_mask_; ++s) {
    FeatureSlot& f = slots[s];
    if (f.key == 0 || !(f.count & kDenseRun)) continue;
    f.first = dense_first_[f.first];
    f.count &= ~kDenseRun;
  }
  return copy;
}

void TaggerModel::write(const std::string& path) const {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) throw std::runtime_error(path + ": cannot write tagger model: " + std::strerror(errno));
  std::unique_ptr<uint64_t[]> sparse;
  if (!dense_first_.empty()) sparse = sparse_block();
  size_t put = std::fwrite(dense_first_.empty() ? block_.get() : sparse.get(), 8, words_, f);
  bool ok = put == words_;
  ok = std::fclose(f) == 0 && ok;
  if (!ok) throw std::runtime_error(path + ": error writing tagger model");
}

}  // namespace dyad
