"""Accounts: the user model, roles, cohorts and language preference."""
