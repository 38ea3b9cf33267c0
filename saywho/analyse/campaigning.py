"""Whether the article shows a named person as a candidate, from what the person does.

"Cruz won the Iowa caucuses", "Trump, who is battling Carson for the top spot in many
Republican polls", "Sanders is running for president", "Kasich campaigned in Ohio":
the article treats them as candidates without a role word beside their name. A
source profile reads such a person as a politician (mention_roles.py collects it).
Only the person's own clause counts, never what they are reported to say: in "Limbaugh
said the debate would not help", the debate is in what Limbaugh said.
"""

from __future__ import annotations

from spacy.tokens import Token

from saywho.lexicons import cue_verbs

CANDIDATE = "candidate"
# What "X's …" or "the X …" belongs only to a candidate or an office-holder.
CANDIDATES_OWN = {"campaign", "candidacy", "mate", "rival", "rivals", "opponent", "opponents", "nomination", "bid",
                  "presidency", "primary", "candidacies", "supporters", "supporter", "delegates", "surrogate",
                  "surrogates", "victory", "win", "run", "rally", "rallies", "voter", "voters", "delegate",
                  "candidate", "ticket", "stump", "caucus-goers", "backers", "fundraiser", "concession"}
# Contests only candidates take part in.
RACE_WORDS = {"primary", "primaries", "caucus", "caucuses", "nomination", "debate", "debates", "delegates",
              "candidacy", "race", "ballot", "polls", "poll", "election", "presidency", "frontrunner",
              "front-runner", "contest", "contests", "reelection", "re-election", "nominee", "field", "ticket",
              "stump", "rally", "rallies", "candidates"}
# Not "campaign" or "voters": staff work for a campaign and donors give to one, everyone votes.
# What one runs for or seeks: "running for president", "seeking the nomination".
OFFICES = {"president", "presidency", "office", "senate", "governor", "congress", "house", "mayor", "reelection",
           "re-election", "nomination", "white"}
CAMPAIGN_VERBS = {"campaign", "stump", "canvass"}
# What voters, hosts and reporters do in a race too.
NOT_A_CANDIDATES = {"vote", "attend", "watch", "support", "back", "cast", "endorse", "caucus", "cover", "moderate",
                    "host", "ask", "see", "predict", "poll", "survey", "sponsor", "fund", "donate", "give", "work"}
# Clauses of their own inside the verb's subtree: someone else's words or circumstances.
OTHER_CLAUSES = {"ccomp", "parataxis", "advcl", "conj", "csubj", "xcomp"}


def campaigns(root: Token, by_token: dict[int, str], strict: bool = False) -> bool:
    """Whether the mention whose head is `root` is the subject of a candidate's doing. `strict`: only
    campaigning and running for an office count (for a pronoun, whose antecedent is a guess)."""
    if root.ent_type_ not in {"PERSON", ""}:
        return False  # "Florida is a closed-primary state": a place, whatever its clause says
    verbs = [root.head] if root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"} else []
    # "Cruz, who has seen his lead evaporate", not "Kelly, whom he lit into at a debate"
    verbs += [child for child in root.children if child.dep_ == "relcl"
              and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "that"} for c in child.children)]
    return any(_a_candidates_doing(verb, root, strict) for verb in verbs)


def _a_candidates_doing(verb: Token, subject: Token, strict: bool) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in CAMPAIGN_VERBS:
        return True
    if lemma in cue_verbs() or lemma in NOT_A_CANDIDATES:
        return False
    words = {t.lower_ for t in own_clause(verb, subject)}
    if lemma in {"run", "seek"} and words & OFFICES:
        return True
    return not strict and bool(words & RACE_WORDS)


def own_clause(verb: Token, subject: Token) -> list[Token]:
    """The verb's words, without its subject and without the clauses of their own it governs."""
    found, stack = [], [c for c in verb.children if c.i != subject.i and c.dep_ not in OTHER_CLAUSES]
    while stack:
        token = stack.pop()
        found.append(token)
        stack += [c for c in token.children if c.dep_ not in OTHER_CLAUSES]
    return found
