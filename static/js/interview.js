/* DocSim interview client: one socket, the transcript, the exam and investigation panels, the
   timer, and reconnects that lose nothing. Frames are documented in encounters/protocol.py.
   Text from the server or the student is only ever inserted with textContent.
   With data-read-only="true" on #interview (a tutor watching live) it only shows the completed
   turns as they come: no controls, nothing sent, and no redirect when the interview ends. */
(function () {
  "use strict";

  const root = document.getElementById("interview");
  if (!root) return;

  const byId = (id) => document.getElementById(id);
  const readJson = (id) => JSON.parse(byId(id).textContent);
  const config = readJson("interview-config");
  const t = readJson("i18n");
  const readOnly = root.dataset.readOnly === "true";
  const ui = {
    transcript: byId("transcript"),
    form: byId("ask-form"),
    input: byId("ask-text"),
    timer: byId("timer"),
    timerValue: byId("timer-value"),
    banner: byId("connection-banner"),
    announcer: byId("announcer"),
    error: byId("interview-error"),
    endForm: byId("end-form"),
    endDialog: byId("end-dialog"),
    endConfirm: byId("end-confirm"),
    endCancel: byId("end-cancel"),
  };

  const STORAGE_KEY = "docsim:pending:" + config.encounter;
  const ROLE_LABELS = {
    student: t.you,
    patient: t.patient,
    exam: t.exam,
    investigation: t.investigation,
    system: t.system,
  };
  const ANNOUNCED_ROLES = {
    patient: t.announce_patient,
    exam: t.announce_exam,
    investigation: t.announce_investigation,
  };
  const REGENERATE_ERRORS = new Set(["no_turn", "not_failed", "regenerated"]);
  const MAX_BACKOFF_MS = 10000;
  const SILENCE_LIMIT_MS = 45000; // the server sends a timer frame at least every 15 s
  const END_FALLBACK_MS = 5000;

  const state = {
    socket: null,
    generation: 0, // one per socket; a pending message remembers the socket it went out on
    ready: false, // the current socket has delivered its snapshot
    attempts: 0,
    retry: null,
    lastFrameAt: 0,
    turns: new Map(), // seq -> turn, as the server stored it
    streams: new Map(), // seq -> reply text streamed so far
    pending: readOnly ? [] : loadPending(), // unacknowledged messages: {frame, label, sentOn}
    regenerating: new Set(), // failed seqs whose reply was asked for again
    deadline: null,
    warned: false,
    timeUpAt: null,
    leaving: false,
    tokens: 0,
  };
  const items = new Map(); // seq -> <li>
  const unsentItems = new Map(); // client_msg_id -> <li>

  // ---- helpers --------------------------------------------------------------------------

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    // randomUUID needs a secure context; plain-http deployments still get a v4 UUID.
    const b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join("-");
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function clock(seconds) {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return String(m).padStart(2, "0") + ":" + String(s).padStart(2, "0");
  }

  function loadPending() {
    try {
      const saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || "[]");
      return Array.isArray(saved)
        ? saved.map((p) => ({ frame: p.frame, label: p.label, sentOn: 0 }))
        : [];
    } catch (e) {
      return [];
    }
  }

  function savePending() {
    try {
      const kept = state.pending.map((p) => ({ frame: p.frame, label: p.label }));
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(kept));
    } catch (e) {
      /* private mode: pending messages then live only as long as the page */
    }
  }

  function setBanner(text) {
    ui.banner.textContent = text;
    ui.banner.hidden = !text;
  }

  function showError(text) {
    ui.error.textContent = text;
  }

  function announce(text) {
    ui.announcer.textContent = text;
  }

  function nearEnd() {
    const box = ui.transcript;
    return box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  }

  function scrollToEnd() {
    ui.transcript.scrollTop = ui.transcript.scrollHeight;
  }

  // ---- the transcript -------------------------------------------------------------------

  function typingIndicator() {
    const box = element("p", "typing");
    box.append(element("span", "visually-hidden", t.typing));
    const dots = element("span", "typing-dots");
    dots.setAttribute("aria-hidden", "true");
    dots.append(element("span"), element("span"), element("span"));
    box.append(dots);
    return box;
  }

  function canRegenerate(turn) {
    if (readOnly || turn.role !== "patient" || turn.status !== "failed") return false;
    if (state.regenerating.has(turn.seq) || state.leaving) return false;
    for (const other of state.turns.values()) {
      if (other.seq > turn.seq && other.role === "patient" && other.reply_to === turn.reply_to) {
        return false;
      }
    }
    return turn.reply_to !== null && turn.reply_to !== undefined;
  }

  function regenerateButton(turn) {
    const button = element("button", "regenerate", t.regenerate);
    button.type = "button";
    button.addEventListener("click", () => {
      if (!send({ type: "regenerate", seq: turn.seq })) {
        showError(t.reconnecting);
        return;
      }
      state.regenerating.add(turn.seq);
      renderTurn(turn);
      ui.input.focus();
    });
    return button;
  }

  function fillTurn(li, turn) {
    const streaming = turn.status === "pending";
    const failed = turn.status === "failed";
    li.className =
      "turn turn--" + turn.role + (streaming ? " turn--streaming" : "") + (failed ? " turn--failed" : "");
    li.setAttribute("aria-busy", streaming ? "true" : "false");
    const who = element("p", "turn-who", ROLE_LABELS[turn.role] || turn.role);
    who.lang = document.documentElement.lang;
    const parts = [who];
    const text = streaming ? state.streams.get(turn.seq) || "" : turn.text;
    if (text) parts.push(element("p", "turn-text", text));
    if (streaming) parts.push(typingIndicator());
    if (failed) {
      const notice = element("p", "turn-notice", t.failed);
      notice.lang = document.documentElement.lang;
      parts.push(notice);
      if (canRegenerate(turn)) parts.push(regenerateButton(turn));
    }
    li.replaceChildren(...parts);
  }

  function placeInOrder(li, seq) {
    li.dataset.seq = String(seq);
    let before = null;
    for (const child of ui.transcript.children) {
      if (child.dataset.msgId || (child.dataset.seq && Number(child.dataset.seq) > seq)) {
        before = child;
        break;
      }
    }
    ui.transcript.insertBefore(li, before);
  }

  function renderTurn(turn) {
    let li = items.get(turn.seq);
    if (!li) {
      li = element("li");
      items.set(turn.seq, li);
      placeInOrder(li, turn.seq);
    }
    fillTurn(li, turn);
    updatePlaceholder();
  }

  function renderUnsent(entry) {
    const id = entry.frame.client_msg_id;
    let li = unsentItems.get(id);
    if (!li) {
      li = element("li");
      li.dataset.msgId = id;
      unsentItems.set(id, li);
      ui.transcript.append(li);
    }
    const inFlight = state.ready && entry.sentOn === state.generation;
    li.className = "turn turn--student turn--unsent";
    const status = element("p", "turn-status", inFlight ? t.sending : t.queued);
    status.lang = document.documentElement.lang;
    li.replaceChildren(element("p", "turn-who", t.you), element("p", "turn-text", entry.label), status);
    updatePlaceholder();
  }

  function removeUnsent(id) {
    const li = unsentItems.get(id);
    if (li) li.remove();
    unsentItems.delete(id);
  }

  function refreshFailed() {
    for (const turn of state.turns.values()) {
      if (turn.status === "failed") renderTurn(turn);
    }
  }

  function updatePlaceholder() {
    let placeholder = ui.transcript.querySelector(".transcript-empty");
    const empty = items.size + unsentItems.size === 0;
    if (!empty) {
      if (placeholder) placeholder.remove();
      return;
    }
    if (!placeholder) {
      placeholder = element("li", "transcript-empty");
      ui.transcript.append(placeholder);
    }
    placeholder.lang = document.documentElement.lang;
    placeholder.textContent = state.ready ? t.empty : t.connecting;
  }

  function renderAll() {
    items.clear();
    unsentItems.clear();
    ui.transcript.replaceChildren();
    [...state.turns.values()].sort((a, b) => a.seq - b.seq).forEach(renderTurn);
    state.pending.forEach(renderUnsent);
    updatePlaceholder();
    scrollToEnd();
  }

  // ---- sending --------------------------------------------------------------------------

  function send(frame) {
    const socket = state.socket;
    if (!state.ready || !socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(frame));
    return true;
  }

  function sendPending() {
    for (const entry of state.pending) {
      if (entry.sentOn !== state.generation && send(entry.frame)) entry.sentOn = state.generation;
      renderUnsent(entry);
    }
  }

  function submit(frame, label) {
    if (state.leaving) return;
    frame.client_msg_id = newId();
    const entry = { frame: frame, label: label, sentOn: 0 };
    state.pending.push(entry);
    savePending();
    if (send(frame)) entry.sentOn = state.generation;
    renderUnsent(entry);
    showError("");
    scrollToEnd();
  }

  // ---- frames from the server -------------------------------------------------------------

  const handlers = {
    snapshot(frame) {
      const wasLost = !ui.banner.hidden;
      state.ready = true;
      state.attempts = 0;
      setDeadline(frame.deadlines.remaining_s);
      if (frame.status !== "interview" && !readOnly) return leave();
      state.turns = new Map(frame.transcript.map((turn) => [turn.seq, turn]));
      for (const seq of [...state.streams.keys()]) {
        const turn = state.turns.get(seq);
        if (!turn || turn.status !== "pending") state.streams.delete(seq);
      }
      renderAll();
      root.dataset.state = "ready";
      if (wasLost) {
        setBanner("");
        announce(t.reconnected);
      }
      if (frame.status !== "interview") return leave(); // read-only: the transcript stays
      sendPending();
    },

    ack(frame) {
      const index = state.pending.findIndex((p) => p.frame.client_msg_id === frame.client_msg_id);
      if (index < 0) return;
      const [entry] = state.pending.splice(index, 1);
      savePending();
      removeUnsent(frame.client_msg_id);
      if (!state.turns.has(frame.seq)) {
        const turn = { seq: frame.seq, role: "student", text: entry.label, status: "ok" };
        state.turns.set(frame.seq, turn);
        renderTurn(turn);
      }
    },

    "turn.started"(frame) {
      const stick = nearEnd();
      if (!state.turns.has(frame.seq)) {
        // reply_to here is not a seq: the regenerate rule only trusts stored turns
        state.turns.set(frame.seq, { seq: frame.seq, role: "patient", status: "pending", text: "" });
      }
      renderTurn(state.turns.get(frame.seq));
      if (stick) scrollToEnd();
    },

    token(frame) {
      const stick = nearEnd();
      state.tokens += 1;
      state.streams.set(frame.seq, (state.streams.get(frame.seq) || "") + frame.delta);
      let turn = state.turns.get(frame.seq);
      if (!turn) {
        turn = { seq: frame.seq, role: "patient", status: "pending", text: "" };
        state.turns.set(frame.seq, turn);
      }
      if (turn.status === "pending") renderTurn(turn);
      if (stick) scrollToEnd();
    },

    "turn.completed"(frame) {
      const stick = nearEnd();
      const turn = frame.turn;
      const known = state.turns.get(turn.seq);
      state.turns.set(turn.seq, turn);
      state.streams.delete(turn.seq);
      renderTurn(turn);
      if (ANNOUNCED_ROLES[turn.role] && turn.status === "ok" && (!known || known.status !== "ok")) {
        announce(ANNOUNCED_ROLES[turn.role] + " " + turn.text);
      }
      if (turn.role === "patient") refreshFailed();
      if (stick) scrollToEnd();
    },

    "turn.failed"(frame) {
      const known = state.turns.get(frame.seq) || { seq: frame.seq, role: "patient" };
      const text = state.streams.get(frame.seq) || known.text || "";
      const turn = Object.assign({}, known, { status: "failed", text: text });
      turn.failure_reason = frame.reason;
      state.turns.set(frame.seq, turn);
      state.streams.delete(frame.seq);
      renderTurn(turn);
    },

    timer(frame) {
      setDeadline(frame.remaining_s);
      if (frame.status !== "interview") leave();
    },

    "encounter.ended"() {
      leave();
    },

    error(frame) {
      showError(frame.message);
      if (frame.code === "ended") return leave();
      if (REGENERATE_ERRORS.has(frame.code)) return;
      if (frame.code === "rate_limited") {
        // the refused message is still pending: send everything unacknowledged again later
        window.setTimeout(() => {
          state.pending.forEach((entry) => (entry.sentOn = 0));
          sendPending();
        }, 3000);
        return;
      }
      // The server refused a message outright (too long, malformed): resending cannot help.
      const refused = state.pending.find((entry) => entry.sentOn === state.generation);
      if (!refused) return;
      state.pending.splice(state.pending.indexOf(refused), 1);
      savePending();
      removeUnsent(refused.frame.client_msg_id);
      updatePlaceholder();
      if (refused.frame.type === "ask" && !ui.input.value) ui.input.value = refused.frame.text;
      showError(t.not_sent + " " + frame.message);
    },
  };

  function onFrame(raw) {
    state.lastFrameAt = Date.now();
    let frame;
    try {
      frame = JSON.parse(raw);
    } catch (e) {
      return;
    }
    const handler = handlers[frame.type];
    if (handler) handler(frame);
  }

  // ---- the connection -------------------------------------------------------------------

  function connect() {
    window.clearTimeout(state.retry);
    state.retry = null;
    if (state.leaving || state.socket) return;
    const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    const socket = new WebSocket(scheme + window.location.host + config.socketPath);
    state.socket = socket;
    state.generation += 1;
    state.ready = false;
    state.lastFrameAt = Date.now();
    socket.addEventListener("message", (event) => {
      if (socket === state.socket) onFrame(event.data);
    });
    socket.addEventListener("close", () => {
      if (socket === state.socket) lost();
    });
  }

  function lost() {
    state.socket = null;
    state.ready = false;
    if (state.leaving) return;
    setBanner(t.reconnecting);
    state.pending.forEach(renderUnsent);
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** state.attempts) * (0.75 + Math.random() * 0.5);
    state.attempts += 1;
    window.clearTimeout(state.retry);
    state.retry = window.setTimeout(connect, delay);
  }

  function drop() {
    // Give up on a socket that went silent or offline without waiting for its close handshake.
    const socket = state.socket;
    if (!socket) return;
    lost();
    socket.close();
  }

  window.addEventListener("offline", drop);
  window.addEventListener("online", () => {
    if (state.leaving || state.ready) return;
    state.attempts = 0;
    const stale = state.socket; // an attempt made while offline: start afresh
    state.socket = null;
    if (stale) stale.close();
    connect();
  });
  window.setInterval(() => {
    if (state.socket && Date.now() - state.lastFrameAt > SILENCE_LIMIT_MS) drop();
  }, 5000);
  window.addEventListener("pagehide", () => {
    state.leaving = true;
    if (state.socket) state.socket.close();
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) window.location.reload();
  });

  // ---- the timer and the end ------------------------------------------------------------

  function setDeadline(remaining) {
    state.deadline = Date.now() + remaining * 1000;
    tick();
  }

  function tick() {
    if (state.deadline === null) return;
    const left = Math.max(0, Math.round((state.deadline - Date.now()) / 1000));
    ui.timerValue.textContent = clock(left);
    ui.timer.classList.toggle("timer--low", left <= 60);
    if (left <= 60 && left > 0 && !state.warned) {
      state.warned = true;
      announce(t.minute_left);
    }
    if (left === 0 && state.timeUpAt === null) {
      state.timeUpAt = Date.now();
      setBanner(t.time_up);
    }
    // The server ends the interview on time; this only covers a server that stayed silent.
    if (state.timeUpAt !== null && Date.now() - state.timeUpAt > 5000) leave();
  }

  function leave() {
    if (state.leaving) return;
    state.leaving = true;
    window.clearTimeout(state.retry);
    state.pending = [];
    savePending();
    root.dataset.state = "ended";
    setBanner(t.ended);
    root.querySelectorAll("textarea, button, input").forEach((control) => (control.disabled = true));
    if (state.socket) state.socket.close();
    if (readOnly) return;
    window.setTimeout(() => window.location.assign(config.noteUrl), 600);
  }

  if (readOnly) {
    start(); // a watcher has no controls
    return;
  }

  // ---- controls -------------------------------------------------------------------------

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = ui.input.value.trim();
    if (!text) return;
    submit({ type: "ask", text: text.slice(0, config.maxLength) }, text);
    ui.input.value = "";
    ui.input.focus();
  });

  ui.input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      ui.form.requestSubmit();
    }
  });

  function normalise(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function filterPanel(panel, query) {
    const wanted = normalise(query.trim());
    panel.querySelectorAll(".panel-group").forEach((group) => {
      let shown = 0;
      group.querySelectorAll("li").forEach((li) => {
        const match = !wanted || normalise(li.textContent).includes(wanted);
        li.hidden = !match;
        if (match) shown += 1;
      });
      group.hidden = shown === 0;
      if (wanted) group.open = shown > 0;
    });
  }

  root.querySelectorAll(".panel").forEach((panel) => {
    const action = panel.dataset.action;
    const key = action === "examine" ? "region" : "investigation";
    panel.addEventListener("click", (event) => {
      const button = event.target.closest("button.term");
      if (!button) return;
      const frame = { type: action };
      frame[key] = button.dataset.term;
      submit(frame, button.textContent.trim());
    });
    const filter = panel.querySelector(".panel-filter");
    if (filter) filter.addEventListener("input", () => filterPanel(panel, filter.value));
  });

  ui.endForm.addEventListener("submit", (event) => {
    if (typeof ui.endDialog.showModal !== "function") return; // no <dialog>: post the form
    event.preventDefault();
    ui.endDialog.showModal();
  });
  ui.endCancel.addEventListener("click", () => ui.endDialog.close());
  ui.endConfirm.addEventListener("click", () => {
    ui.endDialog.close();
    if (!send({ type: "end" })) {
      ui.endForm.submit(); // over HTTP when the socket is down
      return;
    }
    window.setTimeout(() => {
      if (!state.leaving) ui.endForm.submit();
    }, END_FALLBACK_MS);
  });

  // A small handle for debugging and for the browser tests.
  window.docsimInterview = {
    get socket() {
      return state.socket;
    },
    get pending() {
      return state.pending.map((entry) => entry.frame.client_msg_id);
    },
    get tokens() {
      return state.tokens;
    },
  };

  function start() {
    setDeadline(config.remaining);
    window.setInterval(tick, 1000);
    connect();
  }

  start();
})();
