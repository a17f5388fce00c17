// Article similarity for the event store: exact duplicates by a content hash, near
// duplicates (the same wire story syndicated by several outlets, with a different headline,
// byline or trimmed ending) by MinHash over word shingles.
//
// content_hash() hashes the text with runs of whitespace collapsed and the ends trimmed, so
// re-reading the same article from a file with other line endings gives the same hash.
// minhash_signature() reads the cleaned text (text/cleaner.h drops page furniture that
// differs between outlets), lower-cases ASCII, splits it into words (runs of letters, digits
// and non-ASCII bytes) and hashes every run of kShingleWords consecutive words; the
// signature keeps, for each of kMinHashSize hash functions, the smallest value. The share of
// equal positions in two signatures estimates the Jaccard similarity of their shingle sets.
// Signatures of texts with fewer than kMinShingles shingles are empty: too short to tell a
// syndicated copy from two reports that share a sentence.
// band_keys() cuts a signature into kBands bands of kRowsPerBand values (locality-sensitive
// hashing): two texts with Jaccard similarity s share at least one band key with probability
// 1 - (1 - s^4)^32: 0.87 at s = 0.5, 0.9998 at s = 0.7 (a short wire story with a new first
// line and an edited phrase), but 0.3% at s = 0.1, so only documents sharing a key need
// comparing.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

constexpr int kShingleWords = 5;
constexpr int kMinHashSize = 128;
constexpr int kBands = 32;
constexpr int kRowsPerBand = kMinHashSize / kBands;
constexpr int kMinShingles = 8;
// Estimated Jaccard similarity from which two articles are the same story.
constexpr double kNearDuplicateThreshold = 0.5;

using MinHashSignature = std::vector<uint32_t>;  // kMinHashSize values, or empty

// 32 hex digits (two independent 64-bit hashes) of the whitespace-normalised text.
std::string content_hash(std::string_view text);

// The signature of already cleaned text (clean_text(raw).text); empty when too short.
MinHashSignature minhash_signature(std::string_view cleaned_text);

// Share of equal positions; 0 when either signature is empty.
double estimated_similarity(const MinHashSignature& a, const MinHashSignature& b);

// One key per band; empty for an empty signature. Keys also encode the band's index.
std::vector<int64_t> band_keys(const MinHashSignature& signature);

// Signature <-> bytes (little-endian uint32s) for storage as a BLOB.
std::string signature_bytes(const MinHashSignature& signature);
MinHashSignature signature_from_bytes(std::string_view bytes);

}  // namespace dyad
