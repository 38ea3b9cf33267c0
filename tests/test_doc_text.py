"""The article's text, read once per Doc (sentences.text_of) rather than joined from its tokens on every read: it
must stay the text the pipeline ends with, and one article's text must never stand for another's."""

from saywho.analyse.sentences import text_of
from saywho.nlp import load_pipeline

FIRST = ("Dinesh D’Souza said on Monday that the film would open in May ― a month early.\n\n"
         "“We are ready,” he told reporters.\n")
SECOND = "The mayor said the bridge would reopen.\n"


def test_the_text_read_once_is_the_text_the_pipeline_ends_with():
    nlp = load_pipeline()
    for text in (FIRST, SECOND):
        doc = nlp(text)
        assert text_of(doc) == doc.text == text
