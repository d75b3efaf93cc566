"""x58 (u57's review): the README's verdict examples are verdicts the CLI accepts (the
Upgrading section told reviewers `--verdict rejected`, which `review` refuses)."""

import re
from pathlib import Path

from claims.models import Verdict

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_verdict_example_in_the_readme_is_a_choice_of_review():
    examples = re.findall(r"--verdict[ =]([a-z|\\]+)", README)
    assert examples
    choices = {v.value for v in Verdict}
    for example in examples:
        for word in example.replace("\\", "").split("|"):
            assert word in choices, f"README: --verdict {word} is no verdict"
