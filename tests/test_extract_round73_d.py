"""Round 73 (d): a planned sending of which a share is told as already there."""

from extract_helpers import ruled


def test_share_of_a_planned_sending_already_there_is_a_deployment():
    text = ("An official said Belarus plans to send another 4,000 troops to Serbia, and that "
            "about 700 of them are already there.")
    assert ("troop_deployment", "RS") in ruled(text)


def test_share_of_a_planned_sending_already_in_place_is_a_deployment():
    text = ("The ministry intends to deploy 900 more soldiers to Serbia, and some of them are "
            "already in place.")
    assert ("troop_deployment", "RS") in ruled(text)


def test_share_of_a_planned_sending_yet_to_leave_stays_a_plan():
    text = ("An official said Belarus plans to send another 4,000 troops to Serbia, and that "
            "about 700 of them will leave next month.")
    assert ("troop_deployment", "RS") not in ruled(text)
