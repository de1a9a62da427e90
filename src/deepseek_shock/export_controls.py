"""Chapter 4 — Export controls as code: TPP, performance density, ECCN 3A090. (Coming with chapter 4.)"""
