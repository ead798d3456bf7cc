"""Hand-checked corrections and aliases that the reference data lacks.

Read by :mod:`geoapp.geocode.build_data` only; the results are baked into ``geoapp/data``.
Every entry is here because the Natural Earth or GeoNames value is wrong, ambiguous,
or an old romanisation (see ``geoapp/data/README.md``).
"""

from __future__ import annotations

from geoapp.geocode.affixes import CITY, KRAI, OBLAST, OKRUG, PROVINCE, REPUBLIC

# Occupied/disputed units: Natural Earth files them under another adm0 than ISO 3166.
# We show the ISO 3166 (de jure) country and set disputed=True; a country hint of either
# side still finds them. adm1_code → de jure ISO2.
DISPUTED = {"RUS-283": "UA", "RUS-5482": "UA", "CYN+00?": "CY", "SOL+00?": "SO"}

# Natural Earth units whose iso_a2 is "-1": the ISO2 they are shown under (None: no country).
ISO2_FOR_ADM0 = {"CLP": "FR", "CSI": "AU", "IOA": "AU", "KAB": "KZ", "ESB": "GB", "WSB": "GB",
                 "USG": "CU", "CYN": "CY", "SOL": "SO", "KAS": None, "PGA": None}

# Countries whose unit names get an English type word ("Kursk Oblast", "Minsk Region").
SUFFIXED_COUNTRIES = {"RU", "UA", "BY", "KP", "KR"}
CLASS_SUFFIX = {"RU": {OBLAST: "Oblast", KRAI: "Krai", OKRUG: "Autonomous Okrug",
                       REPUBLIC: "Republic", CITY: "City"},
                "UA": {OBLAST: "Oblast", CITY: "City", REPUBLIC: "Republic"},
                "BY": {OBLAST: "Region", CITY: "City"},
                "KP": {PROVINCE: "Province", CITY: "City"},
                "KR": {PROVINCE: "Province", CITY: "City"}}

# adm1_code → (display name, unit class) where the Natural Earth name or type is wrong,
# an old romanisation, or does not say what the unit is.
REGION_FIXES = {
    # Russia
    "RUS-2399": ("Altai Krai", KRAI),             # NE: "Altai Republic", a duplicate
    "RUS-2400": ("Altai Republic", REPUBLIC),
    "RUS-2612": ("Sakha Republic", REPUBLIC),     # NE type: autonomous okrug
    "RUS-2613": ("Jewish Autonomous Oblast", OBLAST),
    "RUS-2610": ("Zabaykalsky Krai", KRAI),
    "RUS-3468": ("Kamchatka Krai", KRAI),
    "RUS-2378": ("Republic of Bashkortostan", REPUBLIC),
    "RUS-2353": ("Republic of Karelia", REPUBLIC),
    "RUS-2304": ("Kabardino-Balkar Republic", REPUBLIC),
    "RUS-2365": ("Moscow City", CITY),
    "RUS-2337": ("Saint Petersburg City", CITY),
    "RUS-5482": ("Sevastopol City", CITY),
    "RUS-283": ("Autonomous Republic of Crimea", REPUBLIC),
    "RUS+99?": ("Baikonur", CITY),
    # Ukraine
    "UKR-4826": ("Kyiv City", CITY),
    "UKR-322": ("Odesa Oblast", OBLAST),
    "UKR-4827": ("Kherson Oblast", OBLAST),
    # Belarus: NE swaps the types of Minsk region and Minsk city.
    "BLR-2345": ("Minsk Region", OBLAST),
    "BLR-4825": ("Minsk City", CITY),
    "BLR-2340": ("Mogilev Region", OBLAST),
    "BLR-2339": ("Gomel Region", OBLAST),
    # Koreas
    "KOR-2506": ("South Jeolla Province", PROVINCE),        # NE type: metropolitan city
    "KOR-2509": ("North Gyeongsang Province", PROVINCE),    # NE type: metropolitan city
    "KOR-2510": ("Jeju Province", PROVINCE),
    "PRK-5495": ("Rason City", CITY),
}

# Aliases Natural Earth attaches to the wrong unit (another unit's name), by adm1_code.
BAD_REGION_ALIASES = {
    "RUS-2399": {"Altai Republic", "Республика Алтай", "Республіка Алтай", "알타이 공화국"},
    "RUS-2354": {"Vologodskaya Oblast"},
    "RUS-2612": {"Chukotka", "Chukotskiy AOk"},
    "RUS-2336": {"Saint Petersburg", "Sankt-Peterburgskaya G."},
    "BLR-4825": {"Minsk Oblast", "Минская Область", "Minskaya Voblasts'", "Voblasts'"},
    "KOR-2506": {"Kwangju", "Kwangju-gwangyoksi"},
    "KOR-2509": {"Taegu", "Daegu Gwang'yeogsi", "Taegu-gwangyoksi", "Taikyu"},
    "RUS-2394": {"Kazan", "Kazanskaya G."},
}

# Extra names for units, by adm1_code (regional nicknames and spellings in the news).
EXTRA_REGION_ALIASES = {
    "RUS-2399": ["Altaysky", "Алтайский край", "Алтайський край", "알타이 지방"],
    "RUS-2605": ["Тува", "Tuvan Republic"],
    "RUS-2612": ["Yakutia", "Yakutiya", "Sakha"],
    "RUS-283": ["Krym", "Крым", "Крим", "Republic of Crimea", "크림"],
    "RUS-2337": ["St Petersburg", "Petersburg"],
    "RUS-2365": ["Moskva"],
    "RUS-2610": ["Chita Oblast", "Transbaikal Krai", "Zabaikalsky Krai"],
    "RUS-2304": ["Kabardino-Balkaria"],
    "RUS-2305": ["North Ossetia-Alania", "Alania"],
    "RUS-2416": ["Ichkeria"],
    "UKR-321": ["Київська область", "Киевская область", "Київщина", "Киевщина",
                "Kyivshchyna"],   # NE's name_uk/name_ru give the city's name
    "UKR-327": ["Донеччина", "Donechchyna"],
    "UKR-329": ["Луганщина", "Luhanshchyna"],
    "UKR-328": ["Харківщина", "Kharkivshchyna"],
    "UKR-325": ["Сумщина", "Sumshchyna"],
    "UKR-4827": ["Херсонщина", "Khersonshchyna"],
    "UKR-326": ["Дніпропетровщина", "Dnipropetrovshchyna"],
    "UKR-293": ["Transcarpathia", "Закарпаття"],
    "UKR-322": ["Одещина"],
    "BLR-2345": ["Minsk Oblast", "Минская область"],
}

# Extra names for places, by GeoNames id: current spellings GeoNames does not have yet.
EXTRA_PLACE_ALIASES = {
    703448: ["키이우"],   # Kyiv: the Korean spelling adopted in 2022
}

# Spellings of one name across romanisations. A place whose primary name (or a region
# whose name) is in a group gets the other members as aliases. Renames (Artemivsk →
# Bakhmut) are not spellings: GeoNames lists them as alternate names of the right place.
TRANSLIT_GROUPS = [
    ("kyiv", "kiev", "kiyev", "kyyiv"), ("kharkiv", "kharkov"), ("odesa", "odessa"),
    ("zaporizhzhia", "zaporizhia", "zaporozhye", "zaporizhzhya", "zaporozhe",
     "zaporozhia"),
    ("luhansk", "lugansk"), ("mykolaiv", "nikolaev", "nikolayev", "mykolayiv"),
    ("dnipropetrovsk", "dnepropetrovsk"), ("tuva", "tyva"),
    ("chernihiv", "chernigov"), ("vinnytsia", "vinnitsa", "vinnytsya"),
    ("khmelnytskyi", "khmelnitsky", "khmelnytskyy", "khmelnitskiy"),
    ("ivano frankivsk", "ivano frankovsk"), ("ternopil", "ternopol"), ("lviv", "lvov"),
    ("rivne", "rovno"), ("zhytomyr", "zhitomir"), ("kirovohrad", "kirovograd"),
    ("cherkasy", "cherkassy"), ("chernivtsi", "chernovtsy"), ("uzhhorod", "uzhgorod"),
    ("sloviansk", "slavyansk", "slovyansk"),
    ("sievierodonetsk", "severodonetsk", "syeverodonetsk"),
    ("lysychansk", "lisichansk"), ("berdiansk", "berdyansk"), ("enerhodar", "energodar"),
    ("kryvyi rih", "krivoy rog", "kryvyy rih", "krivoi rog"), ("chuhuiv", "chuguev"),
    ("kupiansk", "kupyansk"), ("izium", "izyum"), ("vovchansk", "volchansk"),
    ("avdiivka", "avdeevka", "avdeyevka"), ("vuhledar", "ugledar"),
    ("horlivka", "gorlovka"), ("makiivka", "makeevka", "makeyevka"),
    ("yenakiieve", "enakievo", "yenakiyevo"), ("chechnya", "chechnia"),
    ("oryol", "orel", "orjol"), ("nizhny novgorod", "nizhniy novgorod", "nizhnii novgorod"),
    ("yekaterinburg", "ekaterinburg"), ("kyzyl", "kizil"), ("sudzha", "sudja"),
    ("hlukhiv", "glukhov"), ("okhtyrka", "akhtyrka"), ("pyongyang", "pyeongyang"),
]

# Country names by ISO2 beyond Natural Earth's English "admin" name: the languages of the
# focus area, the forms UCDP/ACLED use, and common English short forms.
COUNTRY_ALIASES = {
    "RU": ["Russia", "Russian Federation", "Russia (Soviet Union)", "Soviet Union", "USSR",
           "Россия", "Российская Федерация", "РФ", "Росія", "Російська Федерація", "러시아",
           "러시아 연방"],
    "UA": ["Ukraine", "The Ukraine", "Україна", "Украина", "우크라이나"],
    "BY": ["Belarus", "Byelorussia", "Belorussia", "Беларусь", "Белоруссия", "Білорусь",
           "벨라루스"],
    "KP": ["North Korea", "DPRK", "DPR Korea", "D.P.R.K.", "Korea DPR", "Korea, North",
           "Democratic People's Republic of Korea", "Korea, Democratic People's Republic of",
           "КНДР", "Северная Корея", "Північна Корея",
           "Корейская Народно-Демократическая Республика", "북한", "조선", "북조선",
           "조선민주주의인민공화국"],
    "KR": ["South Korea", "Republic of Korea", "ROK", "Korea, South", "Korea, Republic of",
           "Южная Корея", "Республика Корея", "Південна Корея", "Республіка Корея",
           "대한민국", "한국", "남한"],
    "MD": ["Moldova", "Republic of Moldova", "Молдова", "Молдавия"],
    "GE": ["Georgia", "Грузия", "Грузія", "Sakartvelo"],
    "PL": ["Poland", "Польша", "Польща"], "KZ": ["Kazakhstan", "Казахстан"],
    "RO": ["Romania", "Румыния", "Румунія"], "LT": ["Lithuania", "Литва"],
    "LV": ["Latvia", "Латвия"], "EE": ["Estonia", "Эстония"], "FI": ["Finland", "Финляндия"],
    "HU": ["Hungary", "Венгрия"], "SK": ["Slovakia", "Словакия"],
    "AZ": ["Azerbaijan", "Азербайджан"], "AM": ["Armenia", "Армения"],
    "CN": ["China", "People's Republic of China", "PRC", "Китай", "중국"],
    "JP": ["Japan", "Япония", "일본"],
    "US": ["United States", "United States of America", "USA", "U.S.", "U.S.A.", "США",
           "미국"],
    "GB": ["United Kingdom", "UK", "U.K.", "Great Britain", "Britain", "Великобритания"],
    "SY": ["Syria", "Syrian Arab Republic", "Сирия"], "SD": ["Sudan", "Судан"],
    "SS": ["South Sudan", "Republic of South Sudan"],
    "MM": ["Myanmar", "Burma", "Myanmar (Burma)"], "IL": ["Israel", "Израиль"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories",
           "Occupied Palestinian Territory", "Palestinian Territory"],
    "LB": ["Lebanon", "Ливан"], "IQ": ["Iraq", "Ирак"],
    "IR": ["Iran", "Islamic Republic of Iran", "Иран"],
    "TR": ["Turkey", "Türkiye", "Турция"],
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "D.R. Congo",
           "Congo-Kinshasa", "Congo (Kinshasa)", "Congo, DRC", "DR Congo (Zaire)", "Zaire",
           "Congo, The Democratic Republic of the"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville", "Congo (Brazzaville)", "Congo"],
    "CZ": ["Czech Republic", "Czechia"], "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "VN": ["Vietnam", "Viet Nam"], "LA": ["Laos", "Lao PDR"], "SZ": ["Eswatini", "Swaziland"],
    "MK": ["North Macedonia", "Macedonia"], "TL": ["East Timor", "Timor-Leste"],
    "CV": ["Cape Verde", "Cabo Verde"], "RS": ["Serbia", "Serbia (Yugoslavia)"],
    "BA": ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"],
    "YE": ["Yemen", "Yemen (North Yemen)"], "KH": ["Cambodia", "Cambodia (Kampuchea)"],
    "ZW": ["Zimbabwe", "Zimbabwe (Rhodesia)"], "MG": ["Madagascar", "Madagascar (Malagasy)"],
    "TZ": ["Tanzania", "United Republic of Tanzania"], "BS": ["Bahamas", "The Bahamas"],
    "GM": ["Gambia", "The Gambia"], "VA": ["Vatican", "Holy See", "Vatican City"],
}

# Natural Earth "admin" names that read oddly as a country name.
COUNTRY_NAME_FIXES = {"RS": "Serbia", "TZ": "Tanzania", "SZ": "Eswatini",
                      "US": "United States", "BS": "Bahamas"}
