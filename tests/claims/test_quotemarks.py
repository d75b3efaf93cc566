"""Single-mark quotations shown to the parser as double marks, one character for one."""

from __future__ import annotations

from claims.quotemarks import with_double_quotes


def test_british_single_mark_quotations_become_double_marks():
    text = ("'It is clear to me that the layout contributed to Dr Okoro's death,' the "
            "coroner said. She said the council had been warned 'repeatedly'.")
    got = with_double_quotes(text)
    assert len(got) == len(text)
    assert got.startswith("“It is clear") and "death,” the coroner" in got
    assert "warned “repeatedly”." in got
    assert "Okoro's" in got  # an apostrophe inside a word stays


def test_plural_possessives_and_elisions_are_not_quotations():
    text = "'The workers' union will not back down,' she said of the '90s rock 'n' roll era."
    got = with_double_quotes(text)
    assert got.startswith("“The workers' union will not back down,” she said")
    assert "'90s" in got and "'n'" in got
    # near miss: in an article that quotes in double marks, the plural possessive stays
    text = "\"We won,\" she said of the workers' 'fair deal'."
    assert with_double_quotes(text) == "\"We won,\" she said of the workers' “fair deal”."


def test_a_quotation_opening_a_paragraph_may_run_on():
    text = "'We will fight on. We have no choice.\n\n'Nobody listened,' he said."
    got = with_double_quotes(text)
    assert got.startswith("“We will fight on.") and "“Nobody listened,”" in got


def test_quotes_inside_british_quotes_swap_marks():
    # ho9: outer single marks, inner double ones; the readers see the outer quotation
    text = ("'The boss told me, \"Wait your turn,\" and I did,' said the winger. 'It's worth "
            "it.'")
    got = with_double_quotes(text)
    assert len(got) == len(text)
    assert got.startswith("“The boss told me, ‘Wait your turn,’ and I did,” said")
    assert got.endswith("“It's worth it.”")
    # near miss: a double-mark quotation outside every single one leaves the text alone
    text = "\"We won,\" she said. 'It's a 'fair deal', he said, \"for now.\"'"
    assert with_double_quotes(text) == text


def test_a_quotation_opened_after_its_attribution_may_run_on():
    text = "'We lost,' he said. 'We were slow.\n\n'But we will learn.'"
    got = with_double_quotes(text)
    assert got == "“We lost,” he said. “We were slow.\n\n“But we will learn.”"
    # near miss: with no quotation opening the next paragraph, the mark is left alone
    text = "'We lost,' he said. 'We were slow.\n\nThe club's fans were quiet."
    got = with_double_quotes(text)
    assert "“We lost,”" in got and "'We were slow." in got


def test_an_article_mixing_double_and_single_mark_quotations():
    # r10: a sports report quoting in single marks in one paragraph, double in the next
    text = ("'We were second best,' Whitlock said. 'I won't hide from that.'\n\n"
            "The 51-year-old added: \"I've told the chairman.\"")
    got = with_double_quotes(text)
    assert len(got) == len(text)
    assert got.startswith("“We were second best,” Whitlock said. “I won't hide from that.”")
    assert got.endswith("added: \"I've told the chairman.\"")
    # near miss: single marks inside a double-mark quotation (American quotes inside
    # quotes) stay as they are
    text = "\"He told me, 'Keep going,' and I did,\" she said. 'Fine,' he said."
    got = with_double_quotes(text)
    assert got == "\"He told me, 'Keep going,' and I did,\" she said. “Fine,” he said."
