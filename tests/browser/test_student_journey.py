"""The student's journey in a real browser against a real ASGI server: stations, door
instructions, a streamed interview with a dropped connection, the note, and who may see what."""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

import pytest

from tests.browser.conftest import (
    SECOND_STUDENT,
    LiveServer,
    demo_student,
    log_in,
    screenshot,
)

pytestmark = pytest.mark.browser

STATION = "Central chest pain in a 58-year-old man"
ENCOUNTER_URL = re.compile(r".*/encounters/(\d+)/$")


def expect() -> Any:
    from playwright.sync_api import expect as playwright_expect

    playwright_expect.set_options(timeout=10_000)
    return playwright_expect


def transcript(page: Any) -> list[str]:
    return [" ".join(text.split()) for text in page.locator("#transcript > li").all_inner_texts()]


def ask(page: Any, text: str) -> None:
    page.get_by_label("Your question or remark to the patient").fill(text)
    page.keyboard.press("Enter")


def start_station(page: Any, title: str = STATION) -> int:
    page.get_by_role("link", name=title, exact=True).click()
    page.get_by_role("button", name="Start the station").click()
    page.wait_for_url(ENCOUNTER_URL)
    expect()(page.locator("#interview")).to_have_attribute("data-state", "ready")
    match = ENCOUNTER_URL.match(page.url)
    assert match is not None
    return int(match.group(1))


def stored_turns(app_server: LiveServer, encounter: int, text: str) -> int:
    with sqlite3.connect(app_server.database) as db:
        (count,) = db.execute(
            "SELECT COUNT(*) FROM encounters_turn WHERE encounter_id = ? AND text = ?",
            (encounter, text),
        ).fetchone()
    return int(count)


def test_student_journey(new_page: Any, app_server: LiveServer) -> None:
    check = expect()
    page = new_page()
    log_in(page, app_server, *demo_student())
    check(page.get_by_role("heading", level=1)).to_have_text("Practice stations")
    screenshot(page, "01-stations")

    page.get_by_role("link", name=STATION, exact=True).click()
    check(page.get_by_role("heading", level=1)).to_have_text(STATION)
    check(page.get_by_text("Emergency department, majors area")).to_be_visible()
    screenshot(page, "02-door-instructions")
    page.get_by_role("button", name="Start the station").click()
    page.wait_for_url(ENCOUNTER_URL)
    encounter = int(ENCOUNTER_URL.match(page.url).group(1))  # type: ignore[union-attr]
    check(page.locator("#interview")).to_have_attribute("data-state", "ready")
    check(page.locator("#timer-value")).to_have_text(re.compile(r"^(10:00|09:\d\d)$"))

    # Questions: answers stream in token by token, then stand complete in the transcript.
    patient = page.locator(".turn--patient")
    ask(page, "Do you smoke?")
    check(patient.last).to_contain_text("I smoke about twenty a day")
    check(patient.last).to_have_attribute("aria-busy", "false")
    ask(page, "Do you have any allergies?")
    check(patient.last).to_contain_text("not allergic")
    assert page.evaluate("window.docsimInterview.tokens") >= 4  # two streamed frames a reply
    check(page.locator("#announcer")).to_contain_text("not allergic")

    # The examination and investigation panels answer from the case.
    page.locator("#exam-panel summary", has_text="Cardiovascular examination").click()
    page.get_by_role("button", name="Cardiac auscultation").click()
    check(page.locator(".turn--exam").last).to_contain_text("Heart sounds I and II normal")
    page.get_by_label("Filter the investigations").fill("ecg")
    page.get_by_role("button", name="Electrocardiogram (ECG)").click()
    check(page.locator(".turn--investigation").last).to_contain_text("ST depression")
    screenshot(page, "03-interview")

    # The connection drops; a question typed meanwhile waits, then goes exactly once.
    before = transcript(page)
    page.context.set_offline(True)
    page.evaluate("window.docsimInterview.socket && window.docsimInterview.socket.close()")
    check(page.locator("#connection-banner")).to_have_text("Connection lost — reconnecting…")
    question = "What do you do for a living?"
    ask(page, question)
    check(page.locator(".turn--unsent")).to_contain_text("Not sent yet")
    screenshot(page, "04-connection-lost")
    page.context.set_offline(False)
    check(page.locator("#connection-banner")).to_be_hidden()
    check(patient.last).to_contain_text("I drive lorries")
    after = transcript(page)
    assert after[: len(before)] == before
    assert [line for line in after if question in line] == [f"You {question}"]
    assert page.evaluate("window.docsimInterview.pending") == []
    assert stored_turns(app_server, encounter, question) == 1

    # The end: confirm, then the note with its own clock, then the confirmation.
    page.get_by_role("button", name="End the interview").click()
    dialog = page.get_by_role("dialog")
    check(dialog).to_be_visible()
    check(dialog.get_by_role("button", name="Keep interviewing")).to_be_focused()
    screenshot(page, "04b-end-dialog")
    dialog.get_by_role("button", name="End the interview").click()
    page.wait_for_url(app_server(f"/encounters/{encounter}/note/"))
    check(page.get_by_role("heading", level=1)).to_have_text("Post-encounter note")
    check(page.locator("[data-countdown]")).to_have_text(re.compile(r"^0[56]:\d\d$"))
    page.get_by_label("Summary").fill("58-year-old smoker with 40 minutes of central chest pain.")
    page.get_by_label("Differential diagnosis").fill("NSTEMI; unstable angina; aortic dissection")
    page.get_by_label("Management plan").fill("Aspirin, serial troponin, cardiology review.")
    screenshot(page, "05-note")
    page.get_by_role("button", name="Submit the note").click()
    page.wait_for_url(app_server(f"/encounters/{encounter}/submitted/"))
    check(page.get_by_role("heading", level=1)).to_have_text("Your note has been submitted")
    screenshot(page, "06-submitted")

    page.get_by_role("link", name="My encounters").first.click()
    row = page.locator("tr", has_text=STATION).first
    check(row).to_contain_text("Note submitted")
    screenshot(page, "07-my-encounters")


def test_another_student_cannot_open_the_encounter(new_page: Any, app_server: LiveServer) -> None:
    owner = new_page()
    log_in(owner, app_server, *demo_student())
    encounter = start_station(owner, "Palpitations in a 72-year-old man")
    url = app_server(f"/encounters/{encounter}/")

    intruder = new_page()
    log_in(intruder, app_server, *SECOND_STUDENT)
    response = intruder.goto(url)
    assert response is not None
    assert response.status == 404
    assert intruder.locator("#transcript").count() == 0
    refused = intruder.evaluate(
        """path => new Promise(resolve => {
            const socket = new WebSocket("ws://" + location.host + path);
            socket.onmessage = () => resolve("open");
            socket.onclose = () => resolve("refused");
        })""",
        f"/ws/encounters/{encounter}/",
    )
    assert refused == "refused"


def test_a_lost_acknowledgement_is_resent_with_the_same_id(
    new_page: Any, app_server: LiveServer
) -> None:
    """The first acknowledgement never reaches the page and its connection drops: the page
    resends the message under the same client_msg_id, and the server stores it once."""
    question = "Do you drink alcohol?"
    asked: list[dict[str, Any]] = []
    dropped: list[bool] = []

    def lossy_proxy(page_side: Any) -> None:
        server_side = page_side.connect_to_server()

        def to_server(message: str | bytes) -> None:
            frame = json.loads(message)
            if frame.get("type") == "ask":
                asked.append(frame)
            server_side.send(message)

        cut: list[bool] = []

        def to_page(message: str | bytes) -> None:
            if cut:
                return
            if not dropped and json.loads(message)["type"] == "ack":
                dropped.append(True)
                cut.append(True)
                page_side.close()
                return
            page_side.send(message)

        page_side.on_message(to_server)
        server_side.on_message(to_page)
        # Keep the server's side open: its reply is generated as if the student were still there.
        page_side.on_close(lambda code, reason: None)

    check = expect()
    page = new_page()
    log_in(page, app_server, *demo_student())
    page.route_web_socket(re.compile(r"/ws/encounters/\d+/$"), lossy_proxy)
    encounter = start_station(page)
    ask(page, question)
    check(page.locator(".turn--patient").last).to_contain_text("pints of bitter")
    check(page.locator("#connection-banner")).to_be_hidden()
    assert dropped == [True]
    assert len(asked) == 2
    assert asked[0]["client_msg_id"] == asked[1]["client_msg_id"]
    assert [line for line in transcript(page) if question in line] == [f"You {question}"]
    assert stored_turns(app_server, encounter, question) == 1


def scripted_turn(seq: int, role: str, text: str, status: str = "ok", reply_to: Any = None) -> Any:
    return {
        "seq": seq, "role": role, "text": text, "status": status, "intent": "question",
        "reply_to": reply_to, "failure_reason": "", "created_at": "2026-01-01T10:00:00+00:00",
    }  # fmt: skip


def test_a_failed_reply_can_be_regenerated(new_page: Any, app_server: LiveServer) -> None:
    """The server's side of this is tested in tests/encounters/test_socket.py; here a scripted
    socket shows the page's side: the failed reply, its button, the new reply streaming in."""
    received: list[dict[str, Any]] = []

    def scripted_server(socket: Any) -> None:
        def on_message(message: str | bytes) -> None:
            frame = json.loads(message)
            received.append(frame)
            if frame["type"] != "regenerate":
                return
            socket.send(json.dumps({"type": "turn.started", "seq": 3, "reply_to": 77}))
            for delta in ("Just ", "paracetamol."):
                socket.send(json.dumps({"type": "token", "seq": 3, "delta": delta}))
            completed = scripted_turn(3, "patient", "Just paracetamol.", reply_to=1)
            socket.send(json.dumps({"type": "turn.completed", "turn": completed}))

        socket.on_message(on_message)
        transcript = [
            scripted_turn(1, "student", "Do you take any medication?"),
            scripted_turn(2, "patient", "Well, ", status="failed", reply_to=1),
        ]
        snapshot = {
            "type": "snapshot", "protocol": 1, "encounter": 0, "status": "interview",
            "read_only": False, "transcript": transcript,
            "deadlines": {"interview": "", "note": None, "remaining_s": 300},
        }  # fmt: skip
        socket.send(json.dumps(snapshot))

    check = expect()
    page = new_page()
    log_in(page, app_server, *demo_student())
    page.route_web_socket(re.compile(r"/ws/encounters/\d+/$"), scripted_server)
    start_station(page, "Progressive breathlessness in a 67-year-old woman")
    failed = page.locator(".turn--failed")
    check(failed).to_contain_text("The reply could not be produced.")
    check(page.locator("#timer-value")).to_have_text(re.compile(r"^0[45]:\d\d$"))
    screenshot(page, "12-failed-reply")
    failed.get_by_role("button", name="Regenerate the reply").click()
    check(page.locator(".turn--patient").last).to_have_text(re.compile("Just paracetamol."))
    check(failed.get_by_role("button")).to_have_count(0)
    check(page.locator("#announcer")).to_have_text("The patient replied: Just paracetamol.")
    assert {"type": "regenerate", "seq": 2} in received


def test_the_station_list_in_french(new_page: Any, app_server: LiveServer) -> None:
    page = new_page()
    log_in(page, app_server, *SECOND_STUDENT)
    page.get_by_label("Language").select_option("fr")
    page.get_by_role("button", name="Change").click()
    check = expect()
    check(page.get_by_role("heading", level=1)).to_have_text("Stations d'entraînement")
    check(page.locator("html")).to_have_attribute("lang", "fr")
    screenshot(page, "08-stations-fr")
    page.get_by_role("link", name="Céphalée brutale chez une femme de 34 ans", exact=True).click()
    check(page.get_by_text("Votre tâche")).to_be_visible()
    screenshot(page, "09-door-instructions-fr")
    page.get_by_role("button", name="Commencer la station").click()
    check(page.locator("#interview")).to_have_attribute("data-state", "ready")
    page.get_by_label("Votre question ou remarque au patient").fill("Est-ce que vous fumez ?")
    page.keyboard.press("Enter")
    check(page.locator(".turn--patient").last).to_contain_text("une dizaine de cigarettes")
    check(page.locator(".turn--student .turn-who").first).to_have_text("Vous")
    screenshot(page, "10-interview-fr")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "11-interview-fr-narrow")
