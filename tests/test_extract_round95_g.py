"""Round 95 (g): a toll whose subject is one attack or a cluster of attacks is those
attacks' toll, never a national tally of the country the sentence names."""

from tests.extract_helpers import folded


def test_cluster_of_attacks_toll_is_no_national_tally():
    text = ("A spate of militia raids in Mali last week killed more than 30 villagers, "
            "a local rights group said on Tuesday.")
    assert ("casualty_report", "ML") not in folded(text)


def test_running_total_of_attacks_stays_national():
    text = ("A wave of militia raids since January has killed more than 900 civilians "
            "in Mali, the UN said on Tuesday.")
    assert ("casualty_report", "ML") in folded(text)
