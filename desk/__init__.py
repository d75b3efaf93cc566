"""The review desk: a local web app where fact-checkers read conflicts and record verdicts."""
