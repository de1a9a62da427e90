"""Chapter 5 — Distillation: soft targets, temperature, the distillation loss. (Coming with chapter 5.)"""
