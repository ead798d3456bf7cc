"""Component ids, in one place so layout, callbacks and browser tests agree."""

# page state
URL = "url"
FILTER = "filter-store"  # the current EventFilter as a query string
VIEW_QUERY = "view-query"  # the whole view as a query string (written to the address bar)
POINTS = "points-store"  # the events layer payload (columns)
SHOWN = "shown-keys"  # what the page shows, as keys of what each part was computed from
MAP_SHOWN = "map-shown-keys"  # the same for the map's parts (layers, legend, points)
MAP_DRAWN = "map-drawn-keys"  # the map's keys again, once the page has drawn that answer
SELECTED = "selected-event"  # event_id of the event in the details panel
TICKER = "play-ticker"
PLAY_RANGE = "play-range"  # the window being played and the frame last shown

# map
MAP = "map"
LAYERS = "layers-control"
SELECTION = "selection-layer"
NOTICE = "map-notice"  # what the map leaves out, written by the browser
UPDATING = "data-updating"  # the store's newer changes are still being added
MAP_CAPTION = "map-caption"  # how many events the map draws, written by the browser
LEGEND = "map-legend"  # written by the browser from LEGEND_DATA
LEGEND_DATA = "map-legend-data"  # the drawn layers' legends, as data
METRIC = "region-metric"
OVERLAY = "overlay-"  # + layer key (a map layer's name, or "tiles")
TILES = "tiles"


def layer(name: str) -> str:
    """The component of a map layer (``geoapp.styles.LAYERS``)."""
    return f"{name}-layer"


def restyle(name: str) -> str:
    """Where a restyled map layer's ``hideout`` goes (a store its script reads)."""
    return f"{name}-restyle"


def shapes(name: str) -> str:
    """Where a map layer fetches its fixed shapes from (a URL, in a store)."""
    return f"{name}-shapes-url"


EVENTS = layer("events")

# time
SLIDER = "window-slider"
SPAN = "data-span"  # first and last day of the data (the slider's full range)
DATES = "window-dates"
PLAY = "play-button"
STEP = "play-step"
SPEED = "play-speed"
CUMULATIVE = "play-cumulative"
TIMELINE = "timeline"
ZOOM_DATES = "zoom-dates"  # fit the slider to the filtered events' dates
FULL_RANGE = "full-range"  # the slider over the whole span again
DATES_NOTE = "dates-note"  # why a typed date was changed

# filters
SOURCES = "filter-sources"
TYPES = "filter-types"
COUNTRIES = "filter-countries"
REGION_CODES = "filter-regions"
ACTORS = "filter-actors"
TEXT = "filter-text"
PRECISION = "filter-precision"
UNREVIEWED = "filter-unreviewed"
INSIDE_AREA = "filter-inside-area"
MIN_SOURCES = "filter-min-sources"
RESET = "filter-reset"
FILTERS_TOGGLE = "filters-toggle"  # opens the filters drawer on small screens
FILTERS_BODY = "filters-body"

# summary, details, table, export
SUMMARY = "summary"
DETAILS = "details"
ZOOM_TO = "zoom-to"
TABLE = "events-table"
DOWNLOAD = "download-"  # + format
COPY_LINK = "copy-link"
COPY_STATUS = "copy-status"
ANIMATE = "animate-"  # + format
ANIMATION_STATUS = "animation-status"  # progress of the animation being rendered
ACCOUNT = "account-name"  # who is signed in (server mode)

# review queue
REVIEW = "review-panel"
REVIEW_COUNT = "review-count"
REVIEW_TOGGLE = "review-toggle"  # opens the queue (built when first opened) and hides it
REVIEW_BUILT = "review-built"  # whether the queue has been built (it is hidden when closed)
REVIEW_QUEUE = "review-queue"  # the open queue: list, candidate, actions and forms
REVIEW_STATUS = "review-status"  # what the last action did, or why not
REVIEW_LIST = "review-list"
REVIEW_CURRENT = "review-current"  # event_id of the candidate shown in full
REVIEW_CURRENT_PANEL = "review-current-panel"
REVIEW_VERSION = "review-version"  # bumped by every action: the queue, map and table follow
REVIEW_CONTEXT = "review-context"
REVIEW_FACTS = "review-facts"
REVIEW_ACCEPT = "review-accept"
REVIEW_NEXT = "review-next"
REVIEW_REASON = "review-reason"
REVIEW_REJECT = "review-reject"
REVIEW_SAVE = "review-save"
REVIEW_INTO = "review-into"
REVIEW_MERGE = "review-merge"
REVIEW_PARTS = "review-parts"
REVIEW_SPLIT = "review-split"
REVIEW_UNDO = "review-undo"
REPORT_PANEL = "report-panel"
REPORT_TEXT = "report-text"
REPORT_UPLOAD = "report-upload"
REPORT_FILE = "report-file"
REPORT_PUBLISHED = "report-published"
REPORT_OUTLET = "report-outlet"
REPORT_URL = "report-url"
REPORT_ADD = "report-add"
EVENT_PANEL = "event-panel"
EVENT_ADD = "event-add"


def new_field(name: str) -> str:
    """An input of the "Add an event" form."""
    return f"new-event-{name}"


def review_field(name: str) -> str:
    """An input of the review queue's edit form."""
    return f"review-field-{name}"


#: The filter controls, in the order views.Controls takes them.
FILTER_CONTROLS = (
    (SLIDER, "value"), (SOURCES, "value"), (TYPES, "value"), (COUNTRIES, "value"),
    (REGION_CODES, "value"), (ACTORS, "value"), (TEXT, "value"), (PRECISION, "value"),
    (UNREVIEWED, "value"), (INSIDE_AREA, "value"), (MIN_SOURCES, "value"),
)
