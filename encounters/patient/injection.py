"""Spotting prompt-injection attempts in what a student types, English and French. Pure.

A hit never changes who answers: the turn is marked and counted, and the patient replies in
character (confused). Decision: asking the patient what *they* think is wrong ("what do you think
is wrong?", "qu'est-ce que vous pensez avoir ?") is the ideas/concerns part of the interview and
is never flagged; asking for "your/the diagnosis", a differential, the checklist or the marking
is, because no real patient holds those.
"""

from __future__ import annotations

import re

from encounters.patient.fidelity import fold

_ROLE = (
    r"(assistant|ai|a i|bot|robot|chatbot|model|language model|llm|gpt|chatgpt|doctor|examiner|"
    r"expert|tutor|teacher|professor|developer|dan|jailbroken|unrestricted|ia|modele|medecin|"
    r"docteur|examinateur|professeur)"
)
_NOT_THE_PATIENTS_OWN = (
    r"(?!\s+(they|he|she|you (were|got|had)|your (gp|doctor)|the doctors?|que|qu|qui|du|de votre|"
    r"pose|donne))"
)

# Patterns run on fold(text) with apostrophes as spaces: lower case, no accents or punctuation.
_PATTERNS: dict[str, str] = {
    "ignore_instructions": r"\b(ignore|disregard|forget|override|bypass|ignorez?|ignorer|"
    r"oublie[rz]?|ne (tiens|tenez) pas compte)\b.{0,40}\b(instructions?|prompts?|rules|"
    r"directives?|guidelines|programming|consignes?|regles)\b",
    "reveal_prompt": r"\b(system|initial|original|hidden|secret|previous|prior|systeme|initiales?|"
    r"cachees?|secretes?)\s+(prompt|instructions|message|rules|consignes)\b"
    r"|\b(prompt|instructions|consignes) (systeme|initiales|cachees|secretes)\b"
    r"|\b(your|the|this|ton|tes|vos|votre|le|les)\s+prompt\b"
    r"|\b(print|reveal|repeat|show|display|output|dump|leak|paste|tell me|affiche[rz]?|"
    r"montre[rz]?|revele[rz]?|repete[rz]?|recopie[rz]?|donne[rz]? moi|dites moi|dis moi)\b"
    r".{0,25}\b(your|ton|tes|vos|votre) (instructions|rules|consignes|regles)\b",
    "ask_diagnosis": r"\b(what s|whats|what is|tell me|give me|reveal|say|quel est|c est quoi|"
    r"donne[rz]? moi|dites moi|dis moi|revele[rz]?)\b.{0,15}\b(your|the|ton|votre|le)\s+"
    r"(final |real |correct |hidden |expected |vrai |bon )?(diagnosis|diagnostic)\b"
    + _NOT_THE_PATIENTS_OWN
    + r"|\bdifferentials?\b|\bdiagnostics? differentiels?\b",
    "checklist": r"\b(check ?list|marking scheme|mark scheme|mark ?sheet|score sheet|rubric|"
    r"osce|ecos|grille d ?evaluation|grille de (notation|correction)|(ma|la|votre|ta) grille|"
    r"bareme)\b",
    "new_role": r"\b(you are|you re|tu es|vous etes) (now|no longer|maintenant|desormais)\b.{0,30}"
    rf"\b({_ROLE}|patient|patiente)\b"
    r"|\b(from now on|starting now|a partir de maintenant|desormais)\b.{0,20}\b(you are|act as|"
    r"respond as|answer as|pretend|tu es|vous etes|tu joues|vous jouez|agis|agissez)\b"
    rf"|\b(act as|acting as|pretend to be|pretend you are|pretend you re|answer as|respond as|"
    rf"play the role of|roleplay as|agis comme|agissez comme|fais semblant d etre|"
    rf"faites semblant d etre|joue le role d|jouez le role d)\b.{{0,20}}\b{_ROLE}\b",
    "break_character": r"\b(are you|r u|es tu|etes vous|tu es|vous etes) (an?|the|une?|un vrai|"
    r"une vraie)\s+(ai|a i|bot|robot|chatbot|language model|llm|computer|program|actor|actress|"
    r"simulation|simulated patient|real person|real patient|ia|intelligence artificielle|"
    r"programme|modele de langage|acteur|actrice|patient simule|patiente simulee|vraie personne)\b"
    r"|\b(chatgpt|openai|jailbreak|developer mode|do anything now|prompt injection|"
    r"break character|out of character|stop (being|playing|acting as) (a|the) patient|"
    r"step out of (your )?role|drop the act|hors personnage|sors de ton role|"
    r"sortez de votre role|arrete[rz]? de jouer|this is a simulation|c est une simulation|"
    r"cas clinique|language model|modele de langage)\b",
}
_COMPILED = {name: re.compile(pattern) for name, pattern in _PATTERNS.items()}
# Chat-template role markers survive only in the raw text.
_MARKERS = re.compile(
    r"(^|\n)\s*(system|assistant|developer|user|systeme|système)\s*:"
    r"|<\|im_start\|>|<\|im_end\|>|\[/?inst\]|<<sys>>|###\s*(system|instruction)",
    re.IGNORECASE,
)


def find(text: str) -> str | None:
    """The name of the first injection pattern `text` matches, or None."""
    if _MARKERS.search(text):
        return "role_marker"
    normalised = fold(text).replace("'", " ").replace(".", " ")
    for name, pattern in _COMPILED.items():
        if pattern.search(normalised):
            return name
    return None


def is_attempt(text: str) -> bool:
    return find(text) is not None
