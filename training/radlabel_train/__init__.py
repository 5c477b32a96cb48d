"""Distillation pipeline for the radlabel student (DeBERTa-RAD recipe, stage 2).

Modules that do not need torch (labels, data, metrics, contract) are kept apart from
train/export so that their fast tests run without the multi-gigabyte training stack."""
