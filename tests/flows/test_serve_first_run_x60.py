"""x60 (u60 #7): with `--interval 3600` nothing ran in serve's first 25 s. Prefect anchors an
interval schedule when the deployment is made, so the first run is one interval after serve
starts; README says so (and how to run at once) rather than leave the operator waiting."""

import asyncio
from datetime import datetime, timedelta, timezone
from pathlib import Path

from prefect.server.schemas.schedules import IntervalSchedule

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def test_an_interval_schedule_first_runs_one_interval_after_it_is_made():
    made = datetime.now(timezone.utc)
    schedule = IntervalSchedule(interval=timedelta(seconds=3600))  # anchored now, as serve's is
    (first,) = asyncio.run(schedule.get_dates(n=1, start=made + timedelta(seconds=1)))
    assert timedelta(seconds=3590) <= first - made <= timedelta(seconds=3610)


def test_readme_says_when_the_first_run_happens_and_how_to_run_at_once():
    section = README[README.index("## Scheduled runs"):README.index("## Scale-out")]
    assert "**When the first run happens.**" in section
    assert "one full\ninterval later" in section
    assert "run `counterclaim run --db FILE inbox/` before serve" in section
