"""The student: any Hugging Face encoder + mean pooling + one 4-way softmax head per observation
(the CheXbert layout, heads packed into one linear layer)."""
from __future__ import annotations

import torch
from torch import nn
from transformers import AutoModel

from .labels import CLASSES, KEYS


class Student(nn.Module):
    def __init__(self, encoder: nn.Module, dropout: float = 0.1):
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.heads = nn.Linear(hidden, len(KEYS) * len(CLASSES))
        # token_type_ids only where the encoder has a segment embedding (BERT yes, mpnet no,
        # DeBERTa-v3 has type_vocab_size 0); the ONNX graph's inputs follow from this.
        self.uses_token_types = getattr(encoder.config, 'type_vocab_size', 0) > 0

    @classmethod
    def from_base(cls, base_dir: str) -> 'Student':
        return cls(AutoModel.from_pretrained(base_dir))

    def logits(self, input_ids, attention_mask, token_type_ids=None):
        kwargs = {'input_ids': input_ids, 'attention_mask': attention_mask}
        if self.uses_token_types and token_type_ids is not None:
            kwargs['token_type_ids'] = token_type_ids
        hidden = self.encoder(**kwargs).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.heads(self.dropout(pooled)).view(-1, len(KEYS), len(CLASSES))


class ExportWrapper(nn.Module):
    """What goes into ONNX: probabilities, [batch, 14, 4]."""

    def __init__(self, student: Student):
        super().__init__()
        self.student = student

    def forward(self, input_ids, attention_mask, token_type_ids=None):
        return torch.softmax(self.student.logits(input_ids, attention_mask, token_type_ids), dim=-1)
