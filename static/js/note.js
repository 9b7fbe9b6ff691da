/* DocSim post-encounter note: the countdown, a draft kept in this tab, submission at the end. */
(function () {
  "use strict";

  const countdown = document.querySelector("[data-countdown]");
  const form = document.getElementById("note-form");
  if (!countdown || !form) return;

  const t = JSON.parse(document.getElementById("note-i18n").textContent);
  const announcer = document.getElementById("note-announcer");
  const timer = document.getElementById("note-timer");
  const fields = Array.from(form.querySelectorAll("textarea"));
  const draftKey = form.dataset.draftKey;
  const SUBMIT_BEFORE_S = 2; // the server refuses a note after its deadline: send it just before
  const deadline = Date.now() + Number(countdown.dataset.countdown) * 1000;
  let warned = false;
  let submitting = false;

  function clock(seconds) {
    return String(Math.floor(seconds / 60)).padStart(2, "0") + ":" + String(seconds % 60).padStart(2, "0");
  }

  function hasText() {
    return fields.some((field) => field.value.trim() !== "");
  }

  function saveDraft() {
    try {
      const draft = {};
      fields.forEach((field) => (draft[field.name] = field.value));
      window.sessionStorage.setItem(draftKey, JSON.stringify(draft));
    } catch (e) {
      /* storage unavailable: the draft lives only in the page */
    }
  }

  function restoreDraft() {
    let draft = null;
    try {
      draft = JSON.parse(window.sessionStorage.getItem(draftKey) || "null");
    } catch (e) {
      return;
    }
    if (!draft || hasText()) return;
    let restored = false;
    fields.forEach((field) => {
      if (typeof draft[field.name] === "string" && draft[field.name]) {
        field.value = draft[field.name];
        restored = true;
      }
    });
    if (restored) announcer.textContent = t.draft_restored;
  }

  function submitNow() {
    if (submitting) return;
    submitting = true;
    announcer.textContent = t.submitting;
    form.requestSubmit();
  }

  function tick() {
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    countdown.textContent = clock(left);
    timer.classList.toggle("timer--low", left <= 60);
    if (left <= 60 && left > SUBMIT_BEFORE_S && !warned) {
      warned = true;
      announcer.textContent = t.minute_left;
    }
    if (left <= SUBMIT_BEFORE_S && hasText()) submitNow();
    if (left === 0 && !submitting) {
      submitting = true;
      announcer.textContent = t.time_up;
      window.setTimeout(() => window.location.reload(), 1500); // the page then shows it closed
    }
  }

  form.addEventListener("input", saveDraft);
  form.addEventListener("submit", () => {
    submitting = true;
    try {
      window.sessionStorage.removeItem(draftKey);
    } catch (e) {
      /* nothing to clear */
    }
  });
  restoreDraft();
  tick();
  window.setInterval(tick, 1000);
})();
