"""A bounded slice of bench/stress.py in the suite (issue 16): desk processes killed with SIGKILL in the
middle of their writes lose no commit they reported, and leave an intact store and audit chain."""
import random

import pytest

from bench import stress


@pytest.mark.slow
def test_kill_9_during_writes_loses_no_commit(tmp_path):
    url = f"sqlite:///{tmp_path / 'stress.sqlite3'}"
    stress.new_store(url).dispose()
    result = stress.kill_runs(url, tmp_path, 2, random.Random(16))
    assert result["kills"] == 2 and result["commits logged"] > 0
    assert (result["committed rows lost"], result["integrity failures"], result["audit chain failures"]) == (0, 0, 0)


@pytest.mark.slow
def test_desks_numbering_at_once_issue_each_number_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'numbers.sqlite3'}"
    stress.new_store(url).dispose()
    result = stress.number_runs(url, tmp_path, 2, 15)
    assert result["desk errors"] == 0 and result["numbers issued"] == 30
    assert (result["duplicates"], result["gaps"], result["issued but missing"]) == (0, 0, 0)
