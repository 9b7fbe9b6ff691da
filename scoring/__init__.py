"""Scoring: checklist and note scoring engines, tasks, reviews and release."""
