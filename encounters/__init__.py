"""Encounters: the live interview, its socket, the virtual patient and the post-encounter note."""
