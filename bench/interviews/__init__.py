"""Interview benchmark: what DocSim adds to the provider's time to first token, under load."""
