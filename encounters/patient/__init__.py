"""The virtual patient: the engine interface, what the patient knows, and the engines."""
