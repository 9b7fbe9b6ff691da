"""What the virtual patient may know of a case: persona, facts, defaults — never the hidden parts.

Engines receive a PatientKnowledge, not the bundle, so no engine can read the diagnosis,
the differential, the teaching points or the checklist.
"""

from __future__ import annotations

from dataclasses import dataclass

from cases.bundle.schema import CaseBundle, Disclosure, Persona


@dataclass(frozen=True)
class KnownFact:
    index: int
    topic: str
    text: str
    volunteered: bool
    example_questions: tuple[str, ...]


@dataclass(frozen=True)
class PatientKnowledge:
    language: str
    persona: Persona
    facts: tuple[KnownFact, ...]
    unknown_answer: str

    def facts_for(self, topics: tuple[str, ...]) -> list[KnownFact]:
        return [fact for topic in topics for fact in self.facts if fact.topic == topic]


def patient_knowledge(bundle: CaseBundle) -> PatientKnowledge:
    return PatientKnowledge(
        language=bundle.metadata.language,
        persona=bundle.persona,
        facts=tuple(
            KnownFact(
                index=index,
                topic=fact.topic,
                text=fact.text,
                volunteered=fact.disclosure == Disclosure.VOLUNTEERED,
                example_questions=tuple(fact.example_questions),
            )
            for index, fact in enumerate(bundle.facts)
        ),
        unknown_answer=bundle.default_answers.unknown,
    )
