"""Scoring pages: the tutors' review queue and review page, the live view, the students'
feedback, and the faculty's calibration figures. Thin: parse, call a service, render."""
