"""Small hand-written corpora for the quote-trail tests: one quotation run by several outlets, altered in known ways.

The bridge quotation first runs in the Daily Bugle; then the Evening Post changes a
word inside the quotation marks, the Morning Star shortens it, City Wire gives it to
another speaker, the River Times reports it as paraphrase, and the Harbour Herald
runs it unchanged. An unrelated quotation about the harbour runs once.
"""

from __future__ import annotations

from saywho.document import Article

QUOTE = "We will rebuild the old bridge before the spring floods and we will not raise the toll"

ARTICLES = {
    "first": Article(
        text=f"“{QUOTE},” Mayor Jane Smith said on Monday.\nThe council meets again next month.",
        title="Mayor promises new bridge", outlet="Daily Bugle", date="2024-03-01"),
    "changed": Article(
        text="“We will rebuild the old bridge before the summer floods and we will not raise the toll,” "
             "Mayor Jane Smith said.\nWork is expected to start in April.",
        title="Bridge plan", outlet="Evening Post", date="2024-03-02"),
    "shortened": Article(
        text="“We will rebuild the old bridge before the spring floods,” Mayor Jane Smith told reporters.\n"
             "Engineers have inspected the site twice.",
        title="Bridge before floods", outlet="Morning Star", date="2024-03-03"),
    "speaker": Article(
        text=f"“{QUOTE},” council member John Ward said.\nThe vote is set for Thursday.",
        title="Council and the bridge", outlet="City Wire", date="2024-03-04"),
    "paraphrase": Article(
        text="Mayor Jane Smith said she would rebuild the old bridge before the spring floods and would not raise "
             "the toll.\nResidents welcomed the news.",
        title="Mayor on the bridge", outlet="River Times", date="2024-03-05"),
    "unchanged": Article(
        text=f"“{QUOTE},” Mayor Jane Smith said at the town hall.\nShe took no questions.",
        title="Town hall", outlet="Harbour Herald", date="2024-03-06"),
    "other": Article(
        text="“The harbour will reopen to fishing boats next week after the storm,” harbour master Ann Lee said.\n"
             "The storm damaged two piers.",
        title="Harbour to reopen", outlet="Daily Bugle", date="2024-03-02"),
}


def analyses(names=None):
    """The analyses of the named articles (all by default), in that order, by saywho itself."""
    import saywho

    return [saywho.analyze(Article(**ARTICLES[name].__dict__)) for name in (names or ARTICLES)]


def build_trails_corpus(path, names=None) -> None:
    """A store made the way `saywho ingest` makes one: add each analysis, then settle identities."""
    from saywho.corpus.backends import open_store

    with open_store(path, create=True) as store:
        for analysis in analyses(names):
            store.add(analysis)
        store.resolve_identities()
