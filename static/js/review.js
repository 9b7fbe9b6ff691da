/* DocSim review page: selecting a checklist item scrolls to the turns (or the note) its evidence
   quotes and highlights each quote inside the text. Quotes are found by text comparison and
   wrapped in <mark> elements built node by node: no user text is ever parsed as HTML.
   Without this script the evidence links still jump to the turns (and :target shows them). */
(function () {
  "use strict";

  const review = document.getElementById("review");
  const data = document.getElementById("review-evidence");
  if (!review || !data) return;
  const evidence = JSON.parse(data.textContent);
  const note = document.getElementById("note");
  const original = new Map(); // element -> its text before highlighting
  let selected = null;
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const motion = reduced ? "auto" : "smooth";

  const hint = review.querySelector(".review-js-hint");
  if (hint) hint.hidden = false;

  // Lower-case, whitespace collapsed, with the index in the original text of every character.
  function folded(text) {
    let out = "";
    const index = [];
    let space = false;
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i];
      if (/\s/.test(ch)) {
        if (!space && out.length) {
          out += " ";
          index.push(i);
        }
        space = true;
        continue;
      }
      space = false;
      out += ch.toLowerCase();
      index.push(i);
    }
    return { text: out, index: index };
  }

  function findRange(text, quote) {
    const hay = folded(text);
    const needle = folded(quote).text.trim();
    if (!needle) return null;
    const at = hay.text.indexOf(needle);
    if (at < 0) return null;
    return [hay.index[at], hay.index[at + needle.length - 1] + 1];
  }

  function merged(ranges) {
    const sorted = ranges.slice().sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const range of sorted) {
      const last = out[out.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else out.push(range.slice());
    }
    return out;
  }

  function highlight(element, quotes) {
    if (!original.has(element)) original.set(element, element.textContent);
    const text = original.get(element);
    const ranges = quotes.map((q) => findRange(text, q)).filter(Boolean);
    if (!ranges.length) return false;
    const parts = [];
    let from = 0;
    for (const [start, end] of merged(ranges)) {
      if (start > from) parts.push(document.createTextNode(text.slice(from, start)));
      const mark = document.createElement("mark");
      mark.className = "evidence-mark";
      mark.textContent = text.slice(start, end);
      parts.push(mark);
      from = end;
    }
    if (from < text.length) parts.push(document.createTextNode(text.slice(from)));
    element.replaceChildren(...parts);
    return true;
  }

  function clear() {
    for (const [element, text] of original) element.textContent = text;
    original.clear();
    review.querySelectorAll(".evidence-target").forEach((el) => el.classList.remove("evidence-target"));
    if (selected) {
      selected.classList.remove("item--selected");
      const button = selected.querySelector(".item-title");
      if (button) button.setAttribute("aria-pressed", "false");
    }
    selected = null;
  }

  function targetsOf(entries) {
    const byTarget = new Map(); // turn or note element -> the quotes found in it
    for (const entry of entries) {
      const target = entry.turn ? document.getElementById("turn-" + entry.turn) : note;
      if (!target) continue;
      if (!byTarget.has(target)) byTarget.set(target, []);
      byTarget.get(target).push(entry.quote);
    }
    return byTarget;
  }

  function select(item) {
    const same = selected === item;
    clear();
    if (same) return; // a second click deselects
    selected = item;
    item.classList.add("item--selected");
    item.querySelector(".item-title").setAttribute("aria-pressed", "true");
    const entries = evidence[item.dataset.verdict] || [];
    let first = null;
    for (const [target, quotes] of targetsOf(entries)) {
      target.classList.add("evidence-target");
      target.querySelectorAll(".turn-text, .note-text").forEach((el) => highlight(el, quotes));
      if (!first || (first === note && target !== note)) first = target;
    }
    if (first) first.scrollIntoView({ block: "center", behavior: motion });
  }

  review.addEventListener("click", (event) => {
    const button = event.target.closest(".item-title");
    if (button) select(button.closest(".item"));
  });
})();
