"""Component ids, in one place so layout, callbacks and browser tests agree."""

# page state
URL = "url"
FILTER = "filter-store"  # the current EventFilter as a query string
VIEW_QUERY = "view-query"  # the whole view as a query string (written to the address bar)
POINTS = "points-store"  # the events layer payload (columns)
SELECTED = "selected-event"  # event_id of the event in the details panel
TICKER = "play-ticker"

# map
MAP = "map"
LAYERS = "layers-control"
EVENTS = "events-layer"
REGIONS = "regions-layer"
REGION_SHAPES = "region-shapes-url"  # where the regions layer fetches its polygons
LINKS = "links-layer"
SELECTION = "selection-layer"
NOTICE = "map-notice"
MAP_CAPTION = "map-caption"  # how many events the map draws, written by the browser
LEGEND = "region-legend"
METRIC = "region-metric"
OVERLAY = "overlay-"  # + layer key
#: Map overlays: key (in links and ids) → name (in the layers control), bottom to top.
OVERLAYS = {"tiles": "OpenStreetMap", "boundaries": "Boundaries", "regions": "Regions",
            "links": "Related places", "events": "Events"}

# time
SLIDER = "window-slider"
DATES = "window-dates"
PLAY = "play-button"
STEP = "play-step"
SPEED = "play-speed"
CUMULATIVE = "play-cumulative"
TIMELINE = "timeline"

# filters
SOURCES = "filter-sources"
TYPES = "filter-types"
COUNTRIES = "filter-countries"
REGION_CODES = "filter-regions"
ACTORS = "filter-actors"
TEXT = "filter-text"
PRECISION = "filter-precision"
UNREVIEWED = "filter-unreviewed"
RESET = "filter-reset"

# summary, details, table, export
SUMMARY = "summary"
DETAILS = "details"
ZOOM_TO = "zoom-to"
TABLE = "events-table"
DOWNLOAD = "download-"  # + format
COPY_LINK = "copy-link"
ACCOUNT = "account-name"  # who is signed in (server mode)

#: The filter controls, in the order views.Controls takes them.
FILTER_CONTROLS = (
    (SLIDER, "value"), (SOURCES, "value"), (TYPES, "value"), (COUNTRIES, "value"),
    (REGION_CODES, "value"), (ACTORS, "value"), (TEXT, "value"), (PRECISION, "value"),
    (UNREVIEWED, "value"),
)
