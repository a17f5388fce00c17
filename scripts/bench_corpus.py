#!/usr/bin/env python3
"""Builds the corpus benchmark's inputs (scripts/corpus_bench.sh) in a build directory.

  bench_corpus.py seed   OUT.jsonl SOURCE_DIR SHARED_DIR
      The seed: real-length news text as JSONL documents. The sentences of the GigaWord sample
      and of the unit-test records (PETRARCH records, one sentence each) in documents of 20,
      dyad's example articles (examples/articles.jsonl) and the article fixtures
      (tests/data/articles/*.txt).
  bench_corpus.py repeat SEED.jsonl COPIES OUT.jsonl
      The seed COPIES times, each copy with its own ids, streamed (any size).
  bench_corpus.py xml    SHARED_DIR MIN_RECORDS OUT.xml
      The GigaWord sample's records (text and given parse) repeated to at least MIN_RECORDS,
      each copy with its own story id, for coding from given parses.

Nothing here is committed: the files are made at bench time.
"""
import glob
import json
import os
import re
import sys

RECORD = re.compile(r'<Sentence\b([^>]*)>(.*?)</Sentence>', re.S)
ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
ARTICLE_SENTENCES = 20
TEXT = re.compile(r'<Text>(.*?)</Text>', re.S)


def records(path):
    with open(path, encoding='utf-8') as f:
        xml = f.read()
    for m in RECORD.finditer(xml):
        attrs = dict(ATTR.findall(m.group(1)))
        text = TEXT.search(m.group(2))
        if text:
            yield attrs, m.group(0), ' '.join(text.group(1).split())


def iso(yyyymmdd):
    return f'{yyyymmdd[0:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:8]}'


def seed(out_path, source_dir, shared_dir):
    docs = []
    text_dir = os.path.join(shared_dir, 'peer', 'petrarch2', 'text')
    for name in ('GigaWord.sample.PETR.xml', 'PETR.UnitTest.records.xml'):
        path = os.path.join(text_dir, name)
        if not os.path.exists(path):
            continue
        # Records are single sentences, mostly of different stories; consecutive records are
        # bundled into article-length documents so per-document costs weigh as in real news.
        doc = None
        for attrs, _, text in records(path):
            if doc is None or len(doc['text']) == ARTICLE_SENTENCES:
                doc = {'id': f'{name.split(".")[0]}-{len(docs)}', 'date': iso(attrs.get('date', '20000101')),
                       'text': []}
                docs.append(doc)
            doc['text'].append(text)
    for doc in docs:
        doc['text'] = ' '.join(doc['text'])
    examples = os.path.join(source_dir, 'examples', 'articles.jsonl')
    if os.path.exists(examples):
        with open(examples, encoding='utf-8') as f:
            docs.extend(json.loads(line) for line in f if line.strip())
    for path in sorted(glob.glob(os.path.join(source_dir, 'tests', 'data', 'articles', '*.txt'))):
        with open(path, encoding='utf-8') as f:
            docs.append({'id': os.path.basename(path)[:-4], 'date': '2025-08-20', 'text': f.read()})
    with open(out_path, 'w', encoding='utf-8') as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + '\n')
    print(f'{len(docs)} seed documents', file=sys.stderr)


def repeat(seed_path, copies, out_path):
    with open(seed_path, encoding='utf-8') as f:
        docs = [json.loads(line) for line in f if line.strip()]
    with open(out_path, 'w', encoding='utf-8') as out:
        for copy in range(copies):
            lines = []
            for doc in docs:
                doc = dict(doc, id=f'{doc["id"]}-c{copy}')
                lines.append(json.dumps(doc, ensure_ascii=False))
            out.write('\n'.join(lines) + '\n')


def xml(shared_dir, min_records, out_path):
    path = os.path.join(shared_dir, 'peer', 'petrarch2', 'text', 'GigaWord.sample.PETR.xml')
    blocks = [block for _, block, _ in records(path)]
    copies = -(-min_records // len(blocks))
    with open(out_path, 'w', encoding='utf-8') as out:
        out.write('<Sentences>\n')
        for copy in range(copies):
            for block in blocks:
                # "AFP0808020625_4" -> "AFP0808020625c7_4": a new story, same sentence number.
                out.write(re.sub(r'id\s*=\s*"([^"_]*)', lambda m: f'id="{m.group(1)}c{copy}', block, count=1))
                out.write('\n')
        out.write('</Sentences>\n')
    print(copies * len(blocks))


if __name__ == '__main__':
    command = sys.argv[1] if len(sys.argv) > 1 else ''
    if command == 'seed' and len(sys.argv) == 5:
        seed(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == 'repeat' and len(sys.argv) == 5:
        repeat(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif command == 'xml' and len(sys.argv) == 5:
        xml(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        sys.exit(__doc__)
