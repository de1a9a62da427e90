"""Chapter 3 — Training-cost accounting: GPU-hours × price, 6·N·D, utilisation. (Coming with chapter 3.)"""
