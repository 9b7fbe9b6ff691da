"""The tutor's review in a real browser against a real ASGI server: the demo tutor opens a scored
encounter of the demo student, follows an item's evidence into the transcript, overrides a
verdict, writes feedback and releases; the student then reads the released feedback. And a tutor
watches an interview live while the student asks."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import pytest

from accounts.demo import DEMO_ACCOUNTS
from tests.browser.conftest import LiveServer, demo_student, log_in, screenshot
from tests.processes import ROOT, child_env

pytestmark = pytest.mark.browser

STATION = "Central chest pain in a 58-year-old man"
H8_TEXT = "Asks about cardiovascular risk factors (hypertension, cholesterol, diabetes)"
SMOKING = "Do you smoke?"

# Run in the server's environment: the demo student interviews the chest-pain patient through
# the services (as the terminal interview does), submits the note, and the encounter is scored.
INTERVIEW = """
import json
from accounts.models import User
from cases.models import CaseVersion
from encounters import services
from encounters.terminal import TerminalInterview
from scoring.services import score_encounter

student = User.objects.get(username="student")
version = CaseVersion.objects.current().get(case__slug="chest-pain")
encounter = services.start_encounter(student=student, version=version)
session = TerminalInterview(encounter)
for line in [
    "Hello, my name is Sam, I'm a medical student. Can you tell me your full name?",
    "What's brought you in today?",
    "What does the pain feel like?",
    "Do you smoke?",
    "/order 12-lead ECG",
]:
    session.say(line)
services.end_encounter(encounter=encounter)
services.submit_note(
    encounter=encounter,
    summary="58-year-old smoker with crushing central chest pain.",
    differential="NSTEMI; aortic dissection; pulmonary embolism.",
    plan="Aspirin 300 mg, serial troponin, cardiology referral.",
)
encounter.refresh_from_db()
score = score_encounter(encounter=encounter)
print(json.dumps({"encounter": encounter.pk, "score": score.pk}))
"""


def expect() -> Any:
    from playwright.sync_api import expect as playwright_expect

    playwright_expect.set_options(timeout=10_000)
    return playwright_expect


def run_in_server(app_server: LiveServer, script: str) -> dict[str, Any]:
    env = child_env(DEBUG="1", DATABASE_URL=f"sqlite:///{app_server.database}")
    for name in ("REDIS_URL", "SECRET_KEY"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def log_in_as_tutor(page: Any, app_server: LiveServer) -> None:
    page.goto(app_server("/login/"))
    page.get_by_label("Username").fill("tutor")
    page.get_by_label("Password").fill(DEMO_ACCOUNTS["tutor"].password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(app_server("/review/"))


@pytest.fixture(scope="module")
def scored_encounter(app_server: LiveServer) -> int:
    return int(run_in_server(app_server, INTERVIEW)["encounter"])


def test_tutor_reviews_overrides_and_releases_then_the_student_reads_it(
    new_page: Any, app_server: LiveServer, scored_encounter: int
) -> None:
    check = expect()
    tutor = new_page()
    log_in_as_tutor(tutor, app_server)
    check(tutor.get_by_role("heading", level=1)).to_have_text("Encounters to review")
    screenshot(tutor, "20-review-queue")
    tutor.locator(f'a[data-encounter="{scored_encounter}"]').click()
    tutor.wait_for_url(app_server(f"/review/encounters/{scored_encounter}/"))
    check(tutor.get_by_role("heading", level=1)).to_have_text(STATION)

    # Selecting an item scrolls to its evidence and highlights the quote inside the turn.
    smoking_turn = tutor.locator("#transcript > li", has_text=SMOKING)
    check(smoking_turn.locator("mark")).to_have_count(0)
    tutor.locator("#item-H9 .item-title").click()
    check(tutor.locator("#item-H9 .item-title")).to_have_attribute("aria-pressed", "true")
    check(smoking_turn).to_have_class(re.compile(r"\bevidence-target\b"))
    check(smoking_turn.locator("mark.evidence-mark")).to_have_text(SMOKING)
    check(smoking_turn).to_be_in_viewport()
    screenshot(tutor, "21-review-evidence")
    tutor.locator("#item-H9 .item-title").click()  # a second click clears the highlight
    check(smoking_turn.locator("mark")).to_have_count(0)

    # Override H8 (risk factors, critical, not met) with a comment.
    item = tutor.locator("#item-H8")
    check(item.locator(".verdict")).to_contain_text("not met")
    item.locator("summary", has_text="Override").click()
    item.get_by_label("Verdict that should count").select_option("met")
    item.get_by_label("Comment (required)").fill("Asked about blood pressure in passing.")
    item.get_by_role("button", name="Save the override").click()
    tutor.wait_for_url(re.compile(rf".*/review/encounters/{scored_encounter}/#item-H8$"))
    check(tutor.locator("#item-H8 .decision")).to_contain_text(
        "Overridden: met — Asked about blood pressure in passing."
    )
    check(tutor.locator("#item-H8 .verdict")).to_contain_text("not met")  # the AI's, kept
    check(tutor.locator("#review-status")).to_have_text("to review")

    tutor.get_by_label("Narrative feedback").fill("Clear opening. Always screen risk factors.")
    screenshot(tutor, "22-review-override")
    tutor.get_by_role("button", name="Release to the student").click()
    tutor.wait_for_url(app_server(f"/review/encounters/{scored_encounter}/"))
    check(tutor.locator("#review-status")).to_have_text("released")
    check(tutor.get_by_text("Result released to the student.")).to_be_visible()
    reviewed = tutor.locator("#reviewed-score").inner_text()
    screenshot(tutor, "23-review-released")

    # The student reads the released feedback.
    student = new_page()
    log_in(student, app_server, *demo_student())
    student.get_by_role("link", name="My encounters").first.click()
    student.locator(f'a[href="/encounters/{scored_encounter}/feedback/"]').click()
    check(student.get_by_role("heading", level=1)).to_have_text("Your feedback")
    check(student.locator(".feedback-state")).to_have_text("Result released by your tutor.")
    shown = student.locator("#result-percent").inner_text()
    assert abs(float(shown.split("%")[0]) - float(reviewed.split("%")[0])) <= 0.5
    check(student.locator(".tutor-feedback")).to_contain_text(
        "Clear opening. Always screen risk factors."
    )
    changed = student.locator("#changed-H8")
    check(changed).to_contain_text(H8_TEXT)
    check(changed).to_contain_text("met")
    check(changed).to_contain_text("Asked about blood pressure in passing.")
    screenshot(student, "24-student-feedback")


def test_a_tutor_watches_an_interview_live(new_page: Any, app_server: LiveServer) -> None:
    check = expect()
    student = new_page()
    log_in(student, app_server, *demo_student())
    student.get_by_role("link", name="Palpitations in a 72-year-old man", exact=True).click()
    student.get_by_role("button", name="Start the station").click()
    student.wait_for_url(re.compile(r".*/encounters/(\d+)/$"))
    check(student.locator("#interview")).to_have_attribute("data-state", "ready")
    encounter = int(student.url.rstrip("/").rsplit("/", 1)[1])

    tutor = new_page()
    log_in_as_tutor(tutor, app_server)
    tutor.locator(f'a[href="/review/encounters/{encounter}/live/"]').click()
    check(tutor.locator("#interview")).to_have_attribute("data-state", "ready")
    check(tutor.locator("#ask-form")).to_have_count(0)

    student.get_by_label("Your question or remark to the patient").fill(SMOKING)
    student.keyboard.press("Enter")
    check(tutor.locator(".turn--student").last).to_contain_text(SMOKING)
    check(tutor.locator(".turn--student .turn-who").last).to_have_text("Student")
    check(tutor.locator(".turn--patient").last).to_have_attribute("aria-busy", "false")
    check(tutor.locator(".turn--patient").last).not_to_be_empty()
    screenshot(tutor, "25-live-view")
