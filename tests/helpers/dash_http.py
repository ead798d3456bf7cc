"""Driving a Dash app over HTTP as the browser does, without a browser."""

from __future__ import annotations

CSRF_COOKIE, CSRF_HEADER = "_csrf_token", "X-CSRFToken"


def csrf_headers(client) -> dict[str, str]:
    """The header Dash's renderer sends with every callback: the CSRF cookie's token
    (opening the page first, as a browser would, if the client has none yet)."""
    if client.get_cookie(CSRF_COOKIE) is None:
        client.get("/")
    return {CSRF_HEADER: client.get_cookie(CSRF_COOKIE).value}


def call(client, app, output: str, values: dict[str, object], changed: str | list[str],
         status: int = 200) -> dict | None:
    """POST one callback to Dash's update endpoint as the browser does; returns its response
    (None when it answers ``status`` 204, no update).
    The callback is one writing `output` (among others, maybe) that `changed` (or the first
    of several inputs changed at once, in the order the renderer lists them) triggers
    (several may write one output with allow_duplicate)."""
    changed = [changed] if isinstance(changed, str) else changed
    key = next(k for k, spec in app.callback_map.items()
               if output in _outputs_of(k)
               and any(f"{i['id']}.{i['property']}" == changed[0] for i in spec["inputs"]))
    spec = app.callback_map[key]
    outputs = [dict(zip(("id", "property"), o.rsplit(".", 1), strict=True))
               for o in key.strip(".").split("...")]

    def props(items):
        return [{"id": i["id"], "property": i["property"],
                 "value": values.get(f"{i['id']}.{i['property']}")} for i in items]

    body = {"output": key, "outputs": outputs if key.startswith("..") else outputs[0],
            "inputs": props(spec["inputs"]), "state": props(spec["state"]),
            "changedPropIds": changed}
    response = client.post("/_dash-update-component", json=body, headers=csrf_headers(client))
    assert response.status_code == status, response.data[:500]
    return response.get_json()["response"] if status == 200 else None


def _outputs_of(key: str) -> list[str]:
    """The "id.property" outputs a callback-map key names (without allow_duplicate's @hash)."""
    return [o.split("@")[0] for o in key.strip(".").split("...")]
