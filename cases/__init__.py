"""Cases: authoring, the case bundle, vocabulary, matching and publishing."""
