"""Chapter 2 — Market-cap arithmetic: price × shares, dollars versus percent. (Coming with chapter 2.)"""
