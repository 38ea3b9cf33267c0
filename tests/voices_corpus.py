"""Three short articles, written for the tests, whose sources differ in every profile field."""

from __future__ import annotations

from saywho.document import Article

ARTICLES = [
    Article(
        text="Mayor Ann Cole opened the new library on Tuesday.\n"
             "“Every child deserves a place to read,” Ms. Cole said.\n"
             "A spokeswoman for the city council said the building cost $4 million.\n"
             "Officials familiar with the budget said the costs could rise.",
        title="Library opens", outlet="Gazette", date="2024-03-05"),
    Article(
        text="Senator Paul Grant visited the flooded farms on Friday.\n"
             "“The water came up in an hour,” said a 45-year-old father who lives by the river.\n"
             "“We need help now,” Mr. Grant said.\n"
             "The report said the levee had failed.",
        title="Floods", outlet="Gazette", date="2024-04-10"),
    Article(
        text="“The numbers do not add up,” said Dr. Lena Ortiz, an economist at Hillcrest University.\n"
             "She said the plan would raise prices.\n"
             "Sources close to the governor said the plan would be delayed.",
        title="Plan questioned", outlet="Herald", date="2024-03-20"),
]


def build_voices_corpus(path) -> None:
    """A store made the way `saywho ingest` makes one: analyse, add, then settle identities."""
    import saywho
    from saywho.corpus.backends import open_store

    with open_store(path, create=True) as store:
        for article in ARTICLES:
            store.add(saywho.analyze(Article(**article.__dict__)))
        store.resolve_identities()
