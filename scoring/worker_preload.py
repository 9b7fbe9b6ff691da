"""Imported once by the fork server that starts batch worker processes (see
`scoring.batch.worker_context`): whatever it sets up, each worker inherits."""

from __future__ import annotations

from scoring.workers import warm

warm()
