"""The student: any Hugging Face encoder + a pooling of its token states + one 4-way softmax head
per observation (the CheXbert layout, heads packed into one linear layer).

Pooling: `mean` (what every shipped student uses) averages the tokens once for all 14 heads;
`attention` gives each observation its own softmax over the tokens, so a head can look at the
words about its finding and ignore a long normal report around them. Its scoring layer starts at
zero, which makes every token weigh the same: at the first step an attention student *is* the mean
student, and training moves it away only where that lowers the loss."""
from __future__ import annotations

import torch
from torch import nn
from transformers import AutoModel

from .labels import CLASSES, KEYS

POOLINGS = ('mean', 'attention')


class Student(nn.Module):
    def __init__(self, encoder: nn.Module, dropout: float = 0.1, pooling: str = 'mean'):
        super().__init__()
        if pooling not in POOLINGS:
            raise ValueError(f'pooling must be one of {POOLINGS}, not {pooling!r}')
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.heads = nn.Linear(hidden, len(KEYS) * len(CLASSES))
        self.pooling = pooling
        if pooling == 'attention':
            self.attn = nn.Linear(hidden, len(KEYS))
            nn.init.zeros_(self.attn.weight)
            nn.init.zeros_(self.attn.bias)
        # token_type_ids only where the encoder has a segment embedding (BERT yes, mpnet no,
        # DeBERTa-v3 has type_vocab_size 0); the ONNX graph's inputs follow from this.
        self.uses_token_types = getattr(encoder.config, 'type_vocab_size', 0) > 0

    @classmethod
    def from_base(cls, base_dir: str, pooling: str = 'mean') -> 'Student':
        return cls(AutoModel.from_pretrained(base_dir), pooling=pooling)

    @classmethod
    def from_checkpoint(cls, base_dir: str, state: dict) -> 'Student':
        """A trained student: its pooling follows from the weights it saved."""
        model = cls.from_base(base_dir, 'attention' if 'attn.weight' in state else 'mean')
        model.load_state_dict(state)
        return model

    def head_parameters(self):
        """What trains at the heads' learning rate: everything that is not the encoder."""
        return [p for n, p in self.named_parameters() if not n.startswith('encoder.')]

    def logits(self, input_ids, attention_mask, token_type_ids=None):
        kwargs = {'input_ids': input_ids, 'attention_mask': attention_mask}
        if self.uses_token_types and token_type_ids is not None:
            kwargs['token_type_ids'] = token_type_ids
        hidden = self.encoder(**kwargs).last_hidden_state
        if self.pooling == 'mean':
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return self.heads(self.dropout(pooled)).view(-1, len(KEYS), len(CLASSES))
        # [batch, tokens, 14]: padding gets a large negative score (not -inf: ONNX-safe, and a
        # row of padding only cannot turn into NaN).
        scores = self.attn(hidden).masked_fill(attention_mask.unsqueeze(-1) == 0, -1e4)
        weights = torch.softmax(scores, dim=1)
        pooled = torch.einsum('blk,blh->bkh', weights, hidden)
        w = self.heads.weight.view(len(KEYS), len(CLASSES), -1)
        b = self.heads.bias.view(len(KEYS), len(CLASSES))
        return torch.einsum('bkh,kch->bkc', self.dropout(pooled), w) + b


class ExportWrapper(nn.Module):
    """What goes into ONNX: probabilities, [batch, 14, 4]."""

    def __init__(self, student: Student):
        super().__init__()
        self.student = student

    def forward(self, input_ids, attention_mask, token_type_ids=None):
        return torch.softmax(self.student.logits(input_ids, attention_mask, token_type_ids), dim=-1)
