#include "code/record_tree.h"

#include "syntax/ptb.h"

namespace dyad {

Tree record_tree(const PetrarchRecord& record, const Lemmatizer* lemmatizer) {
  Tree tree = read_ptb(record.parse);
  if (lemmatizer) lemmatizer->lemmatize(tree.tokens);
  return tree;
}

}  // namespace dyad
