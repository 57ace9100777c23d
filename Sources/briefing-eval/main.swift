print("briefing-eval: not yet")
