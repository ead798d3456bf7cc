"""Hand-checked corrections and aliases that the reference data lacks.

Read by :mod:`geoapp.geocode.build_data` only; the results are baked into ``geoapp/data``.
Every entry is here because the Natural Earth or GeoNames value is wrong, ambiguous,
or an old romanisation (see ``geoapp/data/README.md``).
"""

from __future__ import annotations

from geoapp.geocode.affixes import CITY, KRAI, OBLAST, OKRUG, PROVINCE, REPUBLIC
from geoapp.geocode.gazetteer import NEIGHBOURHOOD, SETTLEMENT

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
    # Sudan, Mali, Yemen, Syria
    "SDN-5858": ("West Darfur", PROVINCE),       # NE name_en: "West Soudan"
    "MLI-2794": ("Sikasso", PROVINCE),           # NE name_en: "Wassoulou", a part of it
    "YEM-3496": ("Sanaa Governorate", PROVINCE),  # NE: "Sanaa" for both units
    "YEM-3498": ("Amanat al-Asimah", CITY),        # the capital city unit
    "SYR-139": ("Homs", PROVINCE),               # NE: "Homs (Hims)"
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
    # NE copies South Darfur's alternate names to East Darfur, West Darfur's to Central.
    "SDN-5857": {"Dārfūr al Janūbīyah", "Janūb Dārfūr", "Darfur méridional",
                 "Southern Darfur"},
    "SDN-5859": {"Dārfūr al Gharbīyah", "Gharb Dārfūr"},
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
    # Russia's names for the occupied oblasts it claims to have annexed
    "UKR-327": ["Донеччина", "Donechchyna", "Donetsk People's Republic", "DPR", "DNR",
                "Донецкая Народная Республика", "ДНР"],
    "UKR-329": ["Луганщина", "Luhanshchyna", "Luhansk People's Republic",
                "Lugansk People's Republic", "LPR", "LNR", "Луганская Народная Республика",
                "ЛНР"],
    "UKR-328": ["Харківщина", "Kharkivshchyna"],
    "UKR-325": ["Сумщина", "Sumshchyna"],
    "UKR-4827": ["Херсонщина", "Khersonshchyna"],
    "UKR-326": ["Дніпропетровщина", "Dnipropetrovshchyna"],
    "UKR-293": ["Transcarpathia", "Закарпаття"],
    "UKR-322": ["Одещина"],
    "UKR-320": ["Kyrovohrad", "Kyrovohrad Oblast"],   # a news spelling of Kirovohrad
    "BLR-2345": ["Minsk Oblast", "Минская область"],
    # Spellings of ACLED, UN OCHA and the news that Natural Earth lacks (each article
    # form of these is added by the build, see ARTICLE_COUNTRIES).
    "SDN-5858": ["Western Darfur", "Gharb Darfur"],
    "SDN-5856": ["Janub Darfur"],
    "SDN-5857": ["Eastern Darfur", "Sharq Darfur"],
    "SDN-875": ["Gezira", "Al Gezira", "Aj Jazirah", "Al Jazira"],
    "SDN-876": ["Al Gedaref", "Gadaref"],
    "SDN-880": ["Sinnar"],
    "SDN-884": ["Kasala"],
    "SDN-882": ["Southern Kordofan"],
    "SDN-883": ["Northern Kordofan", "Shamal Kordofan"],
    # Palestine: NE has the Gaza Strip as one unit; its North Gaza governorate is in it
    # (the other four are named by their towns, which GeoNames has).
    "GAZ+00?": ["North Gaza", "North Gaza Governorate", "Shamal Gaza", "Gaza Governorates"],
    "MLI-2794": ["Sikasso", "Bougouni"],
    "NER-4859": ["Tillabéry"],   # the French spelling of Niger's communiqués
    "MLI-2688": ["Timbuktu", "Taoudénit", "Taoudenit", "Taoudeni", "Taoudenni"],
    # Mali's regions created since 2012, each cut out of one Natural Earth unit and named
    # after its capital (a town GeoNames lists only below 500 inhabitants, if at all):
    # found as that unit. San, Kita, Koutiala and Nara are left out: their towns are
    # found as places, and "San" and "Nara" are other places' names.
    "MLI-2690": ["Ménaka", "Menaka"],
    "MLI-2809": ["Bandiagara", "Douentza"],
    "MLI-2793": ["Nioro du Sahel"],
    "MLI-4860": ["Dioïla", "Dioila"],
    "SDN-878": ["Northern State"],   # its usual name (NE: "Northern")
    "TCD-5581": ["Barh el Gazal"],   # not "Bahr el Ghazal", a region of South Sudan
    "TCD-5579": ["Ennedi Est", "Ennedi-Est", "Ennedi Ouest", "Ennedi-Ouest"],
    "TCD-1473": ["Wadi Fera"],
    "TCD-1475": ["Ouaddai", "Wadai"],
    "YEM-151": ["Hodeidah", "Hodeida", "Hudaydah"],
    "YEM-334": ["Al Dhale", "Dhale", "Ad Dhale", "Dhalea"],
    "YEM-3498": ["Sanaa City", "Amanat Al Asimah", "Sana'a City", "Capital Secretariat"],
    "YEM-3496": ["Sana'a Governorate"],
    "YEM-3497": ["Hadramout", "Hadramaut"],
    "YEM-3510": ["Aden"],
    "YEM-158": ["Taiz"],
    "SYR-144": ["Rural Damascus", "Damascus Countryside", "Reef Damascus", "Rif Dimashq"],
    "SYR-141": ["Hasakah", "Hasaka", "Al-Hasakeh"],
    "SYR-143": ["Suwayda", "Sweida", "As-Sweida"],
    "SYR-142": ["Deir al-Zour", "Deir Ezzor"],
    "SYR-136": ["Raqqa", "Ar-Raqqa"],
    "LBY-2975": ["Zawiya"],
    "SOM-2316": ["Lower Shabelle"],
    "SOM-2410": ["Middle Shabelle"],
    "SOM-2409": ["Hiraan"],
    "SOM-2315": ["Middle Jubba"],
    "SOM-2408": ["Galgadud", "Galgaduud"],   # Galguduud as the Somali government writes it
    "SOM-2645": ["Lower Jubba"],
    # DR Congo: Natural Earth has the 11 provinces before 2015; each of the 26 since lies
    # wholly in one of them (the split followed the old districts) and is found as it.
    # "Tanganyika" and "Kasai" are left out: a lake and a wider region share those names.
    "COD-1559": ["Ituri", "Haut-Uele", "Bas-Uele", "Tshopo"],
    "COD-1897": ["Haut-Katanga", "Lualaba", "Haut-Lomami"],
    "COD-1871": ["Kwilu", "Kwango", "Mai-Ndombe"],
    "COD-1872": ["Kasai-Central", "Kasaï-Central"],
    "COD-1896": ["Sankuru", "Lomami"],
    "COD-1461": ["Tshuapa", "Mongala", "Nord-Ubangi", "Sud-Ubangi"],
}

# Regions of the news that span several Natural Earth units of one country, by ISO2: found
# as the country (the match keeps the name asked for), never as one of the units, and
# known as names so that a text's "Centre-Nord region" is not read as its "Nord region".
# West Kordofan was re-created in 2013 from parts of North and South Kordofan; each of
# Burkina Faso's regions below groups 3-6 of the provinces Natural Earth has as units.
# Left out as too common a word or another country's unit: Centre (only Kadiogo, but also
# Cameroon's and Haiti's), Est, Nord, Sahel, Cascades, Sud-Ouest, Plateau-Central (Haiti).
REGIONS_ACROSS_UNITS = {
    "SD": ["West Kordofan", "Western Kordofan", "Gharb Kordofan"],
    "BF": ["Boucle du Mouhoun", "Centre-Est", "Centre-Nord", "Centre-Ouest", "Centre-Sud",
           "Hauts-Bassins", "Centre-North", "Centre-East", "Centre-West", "Centre-South"],
}

# Extra names for places, by GeoNames id: current spellings GeoNames does not have yet.
EXTRA_PLACE_ALIASES = {
    703448: ["키이우"],   # Kyiv: the Korean spelling adopted in 2022
    # Ménaka region's border town, "Andéranboukan" in GeoNames; the news's spellings.
    2461034: ["Anderamboukane", "Andéramboukane", "Anderanboukane", "Andéramboukané"],
    1316752: ["Kyaukphyu", "Kyaukphyu Town"],   # Rakhine's deep-sea port, "Kyaukpyu"
    377962: ["Babnusa", "Babanousa", "Babnousa"],   # West Kordofan's rail town, "Babanūsah"
    278913: ["Nabatiyeh", "Nabatiyah"],   # south Lebanon's Nabatieh, "Nabatîyé et Tahta"
    272816: ["Kfarchouba", "Kafrchouba"],   # Hasbaya's border village
    272849: ["Kfarkela", "Kfar Kela", "Kafr Kela"],   # Marjayoun's border village, "Kfar Kila"
    # Israel's northernmost town, "Metula", as Arabic-language outlets write it.
    294247: ["al-Matula", "Al Matula"],
    65785: ["Afgoye", "Afgoi"],   # Lower Shabelle's town on the Mogadishu road, "Afgooye"
    # North Kordofan's second town, "Umm Ruwaba" in GeoNames: the news's spelling (only
    # the WOF district had it, so a report naming the town found the district).
    364706: ["Umm Rawaba"],
    # Galguduud's coastal district town, GeoNames' "Ceeldheer": the news's "El Dher" (the
    # district's English name on Wikipedia), "Eldheer" and the Somali "Ceel Dheer".
    62788: ["El Dher", "Eldheer", "El Dheer", "Ceel Dheer", "Ceel-Dheer"],
    # The news's spellings of towns GeoNames spells otherwise: Soum's Aribinda (Burkina
    # Faso), Al Jazirah's Al Hasaheisa, Khan Younis's Khuzā‘ah, and the
    # Somali-orthography names of Hiraan's Buulobarde, Bakool's Tayeeglow, Middle
    # Shabelle's Jawhar and Mudug's Xarardheere.
    2363174: ["Arbinda"],
    379427: ["Hasahisa", "Hasaheisa", "Al-Hasahisa", "El Hasaheisa"],
    281119: ["Khuzaa", "Khuza'a", "Khuzaah"],
    63689: ["Bulo Burte", "Bulo Burti", "Buloburde", "Bulo Barde"],
    51299: ["Tiyeglow", "Tiyeeglow"],
    56335: ["Jowhar", "Jowhaar"],
    50064: ["Harardhere", "Haradhere", "Harardheere"],
    # Gaza's and the West Bank's towns in the news's spellings: GeoNames' ‘Abasān al
    # Kabīrah, Al Qarārah, Az Zuwāydah, Ţammūn, Kafr Mālik and ‘Ūrīf; Mali's Aguelhok as
    # the French-language press writes it; Kursk's Guyevo as most English reports do.
    281165: ["Abasan al-Kabira", "Abasan Kabira", "Abasan al-Kabeera"],
    6967865: ["Qarara", "Qararah", "al-Qarara"],
    6967990: ["Zawayda", "Zawaida", "Zuwaida", "Zawaideh", "Zuwaydah"],
    281657: ["Tammoun", "Tamun", "Tammun"],
    283370: ["Kufr Malik", "Kafr Malek", "Kafr Malik"],
    281408: ["Ourif", "Urif", "Orif"],
    2461247: ["Aguelhoc", "Aguel'hoc", "Aguel Hoc", "Adjelhoc"],
    557731: ["Guevo", "Гуево"],
}

# Places the reference data lacks (GeoNames lists none of them at 500+ inhabitants, Who's
# On First covers other countries) that conflict reporting names as places: a town, and
# the suburbs and city quarters it names instead of their city. Each is (name, other
# spellings, lat, lon, ISO2, type); the admin-1 unit is found from the point, as for any
# place. Coordinates are the curator's, from general knowledge of these places (to about
# 1 km; a quarter or a suburb by a point inside it), not from a dataset: to be replaced
# by a dataset's points when one covers them. Hsipaw's and Haret Hreik's agree with
# Wikipedia's (rounded to the minute: 22°37'N 97°17'E, 33°51'N 35°31'E) within 2 km.
# The towns below them (from "Maungdaw" on) are the seats of townships, communes and
# districts that reports of these wars name, each to about 5 km (Lakamané, whose seat
# the curator places only by its commune's neighbours in Diéma cercle, Diangounté Camara
# to the east and Sansankidé to the west, to about 20 km); each point was checked to lie
# in its admin-1 unit, well inside for the less certain ones. Left out until a source
# gives a point far enough from a unit border: Anefis (Kidal), Odaisseh (on the
# Lebanese-Israeli line), Foum el-Alba (Taoudénit), Kursk's villages (Russia's villages
# come from the analyst's place lists). Walikale's, Boni's, Pensa's and Kokorou's agree
# with Wikipedia's (1°26'S 28°05'E, 15°04'N 2°13'W, 13°39'N 0°48'W, 14°13'N 0°55'E)
# within 1 km; Pensa, 6 km from Natural Earth's Sanmatenga-Namentenga line, is the only
# one of that round closer than 9 km to a unit border. Bunagana's point is the one two
# published sources agree on within 1 km: German Wikipedia's 1°18'S 29°36'E for the
# Congolese town, and English Wikipedia's 1°17'40"S 29°35'59"E for the Ugandan town across
# the border post, whose article puts the Congolese town immediately west of it. Natural
# Earth's simplified border puts that point in Uganda's Kisoro; the build moves it, like
# any border place, into its own country's nearest unit, North Kivu. Left out for want
# of two sources that agree to 5 km: Dioura (Mopti, by the Ségou line), Nassoumbou, Sollé
# and Foutouri (Burkina Faso), Kazinga, Mubi and Kabamba (the Kivus), Barire, Awdheegle
# and Bari-ujeed (Somalia), Miangalewa (Cabo Delgado), Mong Ngawt and Mong Long (Shan);
# Dargo (Namentenga) and Arab Salim (Nabatieh) have French Wikipedia's point only.
# Also left out, each with one published point only (its mirrors and machine translations
# not counted as a second): Nampala (Niono cercle, Ségou), French Wikipedia's
# 15°16'45"N 5°25'47"W, 25 km from Natural Earth's Mopti unit; Taparko (Namentenga),
# French Wikipedia's 13°29'12"N 0°19'43"W, 7.8 km from the Gnagna unit; Manni (Gnagna),
# English Wikipedia's 13°15'36"N 0°12'34"W, 9.6 km from the Namentenga unit; Nyanzale
# (Rutshuru), English Wikipedia's 0°46'29"S 29°07'30"E. Busley (Lower Shabelle) has
# GeoNames' "Buslei" (2°17'N 45°14'E) only, north-west of Mogadishu where reports put the
# base near Dhanaane to its south-west, so not surely the same place; Dhanaane (Danane),
# no point found.
# Also left out: Indélimane (Ménaka), French Wikipedia's 15°52'N 1°31'E only, repeated
# by three of its articles, one of which puts the ambush 15 km east of the village; Novy
# Put (Glushkovsky district, Kursk), Goundey (Mali) and Zantiguila (a name two Malian
# villages share, in Koulikoro and near Sikasso), no point found.
# South Lebanon's border villages of the Israel-Hezbollah war, all in Nabatieh
# governorate's Bint Jbeil and Marjayoun districts (Natural Earth's Nabatieh unit,
# LBN-3059), each where two published sources agree within 1 km: Aitaroun, French
# Wikipedia's 33°06'37"N 35°28'00"E and German Wikipedia's 33°07'N 35°28'E; Khiam, English
# Wikipedia's 33°19'37.8"N 35°36'40"E and French Wikipedia's 33°19'38"N 35°36'40"E;
# Yaroun, English and Arabic Wikipedia's 33°05'N 35°25'E; Markaba, English Wikipedia's and
# the Arabic Marefa's 33°14'N 35°31'E; Maroun al-Ras, English and Scots Wikipedia's
# 33°04'50"N 35°25'20"E. Each lies 6.7 km (Khiam) to 14 km from Natural Earth's line
# between the South and Nabatieh units; their nearness to the Blue Line (0.5-6 km) does
# not matter, as a point the simplified border puts in Israel is moved into Lebanon's
# nearest unit, Nabatieh for every point within 5 km of these. Later, three more of
# Nabatieh governorate, each with a second source found: Blida (Marjayoun), English
# Wikipedia's 33°08'24"N 35°30'55"E and German Wikipedia's 33°8'N 35°31'E (0.8 km apart);
# Mais al-Jabal (Marjayoun), English and Arabic Wikipedia's 33°10'10"N 35°31'32"E (the
# same figure to the second: the Arabic article's text is its own, its point may share
# the English one's origin); Shebaa (Hasbaya), English Wikipedia's 33°20'55"N 35°44'55"E
# and German Wikipedia's 33°20'56"N 35°44'55"E. Natural Earth's simplified border puts
# Blida and Mais al-Jabal in Israel, 0.6-1 km from its Nabatieh unit, into which the
# build moves them; both lie 15 km from the South unit, Shebaa 9.3 km from the Beqaa unit
# and 14 km from the South unit. Houla, Rmeish, Taybeh, Aita al-Shaab, Hanin, Qaraoun,
# Tayr Harfa and others with one published point only are in the single-source tier at
# the end of the list, where their unit is beyond doubt. Still left out: Marwahin (1.3 km
# from the South-Nabatieh line), Ramyeh (1.9 km), Jwaya (2.7 km), Qlayaa (3.0 km), Ansar,
# Kfar Rumman and Arab Salim (0.7-2.6 km), Mashghara (1.5 km from Mount Lebanon), and
# Mansouri, Dhayra, Yarine, Majdal Zoun, Shihin, Jibbain, Zrariyeh, Kfar Melki, Msayleh
# and Barja (no point found). Myanmar's township seats come from MIMU's town list
# (geoapp/geocode/build_mimu.py), not from here.
CURATED_PLACES = [
    # Myanmar, Shan State: the town on the Mandalay-Lashio road ("Thibaw" in Burmese).
    ("Hsipaw", ["Thibaw", "Hsi Paw"], 22.617, 97.300, "MM", SETTLEMENT),
    # Lebanon, Beirut's southern suburbs (Baabda district, Mount Lebanon's unit in Natural
    # Earth), named apart from Beirut by nearly every report of strikes there.
    ("Dahiyeh", ["Dahieh", "Dahiya", "Dahiyah", "Dahiye", "Beirut's southern suburbs",
                 "southern suburbs of Beirut", "Beirut southern suburbs"],
     33.853, 35.510, "LB", NEIGHBOURHOOD),
    ("Haret Hreik", ["Haret Hraik", "Harat Hurayk", "Haret Hreyk"], 33.852, 35.513, "LB",
     NEIGHBOURHOOD),
    # Gaza Strip: Gaza City's quarters, the Maghazi camp and the Mawasi coastal area.
    ("Shujaiya", ["Shuja'iyya", "Shujaiyya", "Shujaiyeh", "Shejaiya", "Shejaia", "Shujaia",
                  "Shujaya", "Shujayya", "Shejaya"],
     31.505, 34.477, "PS", NEIGHBOURHOOD),
    ("Zeitoun", ["Zeitun", "Zaytun", "Zaitoun"], 31.487, 34.455, "PS", NEIGHBOURHOOD),
    ("Rimal", ["al-Rimal", "Remal"], 31.521, 34.441, "PS", NEIGHBOURHOOD),
    ("Sheikh Radwan", ["Shaykh Radwan", "Sheikh Redwan"], 31.531, 34.455, "PS",
     NEIGHBOURHOOD),
    ("Tel al-Hawa", ["Tal al-Hawa"], 31.502, 34.437, "PS", NEIGHBOURHOOD),
    ("Maghazi", ["al-Maghazi", "Maghazi camp"], 31.421, 34.383, "PS", NEIGHBOURHOOD),
    ("al-Mawasi", ["Mawasi"], 31.340, 34.270, "PS", NEIGHBOURHOOD),
    ("Tal al-Sultan", ["Tel al-Sultan", "Tel as-Sultan"], 31.303, 34.238, "PS",
     NEIGHBOURHOOD),
    # Myanmar: Rakhine's and Chin's towns of the Arakan Army's war, the townships of
    # Sagaing, Magway, Mandalay, Shan and Kachin where the junta's air strikes fall.
    ("Maungdaw", ["Maung Daw"], 20.82, 92.37, "MM", SETTLEMENT),
    ("Thandwe", ["Sandoway"], 18.46, 94.37, "MM", SETTLEMENT),
    ("Minbya", [], 20.37, 93.27, "MM", SETTLEMENT),
    ("Ponnagyun", ["Ponnagyun Town"], 20.33, 93.00, "MM", SETTLEMENT),
    ("Paletwa", [], 21.30, 92.85, "MM", SETTLEMENT),
    ("Myinmu", [], 21.93, 95.58, "MM", SETTLEMENT),
    ("Chaung-U", ["Chaung U"], 21.96, 95.27, "MM", SETTLEMENT),
    ("Tabayin", ["Depayin", "Dipeyin"], 22.70, 95.32, "MM", SETTLEMENT),
    ("Pauk", [], 21.45, 94.46, "MM", SETTLEMENT),
    ("Htilin", ["Tilin"], 21.70, 94.09, "MM", SETTLEMENT),
    ("Thabeikkyin", [], 22.88, 95.98, "MM", SETTLEMENT),
    ("Nawnghkio", ["Naungcho"], 22.32, 96.80, "MM", SETTLEMENT),
    ("Waingmaw", [], 25.35, 97.44, "MM", SETTLEMENT),
    # The Sahel: Mali's Kayes, Koulikoro, Mopti, Tombouctou and Kidal regions, Burkina
    # Faso's Centre-Nord and Est, Niger's Tillabéri and Agadez.
    ("Lakamané", ["Lakamane"], 14.50, -9.85, "ML", SETTLEMENT),
    ("Didiéni", ["Didieni"], 13.88, -8.08, "ML", SETTLEMENT),
    ("Boulkessi", ["Boulkessy", "Boulikessi"], 14.55, -1.68, "ML", SETTLEMENT),
    ("Léré", ["Lere"], 15.72, -4.91, "ML", SETTLEMENT),
    ("Tinzaouaten", ["Tin Zaouaten", "Tinzawatene", "Tin-Zaouatene", "Tinzaouatene",
                     "Tinzaouatine"], 19.95, 2.90, "ML", SETTLEMENT),
    ("Barsalogho", [], 13.42, -1.06, "BF", SETTLEMENT),
    ("Matiacoali", [], 12.37, 1.03, "BF", SETTLEMENT),
    ("Banibangou", [], 15.04, 2.70, "NE", SETTLEMENT),
    # Burkina Faso's Sahel (Oudalan and Seno) and Est (Tapoa): the towns whose army posts
    # and bases the jihadist attacks of 2024-25 struck.
    ("Markoye", ["Markoy"], 14.65, 0.04, "BF", SETTLEMENT),
    ("Gorgadji", ["Gorgadjí"], 14.03, -0.52, "BF", SETTLEMENT),
    ("Kantchari", ["Kanchari"], 12.48, 1.52, "BF", SETTLEMENT),
    ("Assamaka", [], 19.37, 5.80, "NE", SETTLEMENT),
    # Sudan: the hill village of Sennar state where the army and the RSF fought.
    ("Jebel Moya", ["Jabal Moya", "Jebel Muya"], 13.48, 33.35, "SD", SETTLEMENT),
    # North Darfur: the two displacement camps beside El Fasher, Zamzam to the south (taken
    # by the RSF in April 2025) and Abu Shouk to the north, both shelled through the siege.
    ("Zamzam", ["Zamzam camp", "Zam Zam", "Zamzam displacement camp"], 13.49, 25.30, "SD",
     SETTLEMENT),
    ("Abu Shouk", ["Abu Shouk camp", "Abu Shok", "Abou Shouk", "Abu Shouk displacement camp"],
     13.66, 25.33, "SD", SETTLEMENT),
    # DR Congo's Ituri and South Kivu; Israel's Gaza border; the south Hebron hills.
    ("Komanda", [], 1.37, 29.77, "CD", SETTLEMENT),
    # Myanmar's Kayah State (the tungsten town of Hpasawng township) and Somalia's
    # Galguduud (the garrison town on the road north of Dhusamareb).
    ("Mawchi", [], 18.82, 97.17, "MM", SETTLEMENT),
    ("Guriel", ["Guriceel", "Guri'el", "Guri El"], 5.31, 45.88, "SO", SETTLEMENT),
    ("Luvungi", [], -2.86, 29.03, "CD", SETTLEMENT),
    ("Nahal Oz", ["Nahal Oz kibbutz"], 31.47, 34.50, "IL", SETTLEMENT),
    ("Jinba", [], 31.37, 35.18, "PS", SETTLEMENT),
    # Northern Shan State's mining town north of Hsipaw (seat of Namtu township) and North
    # Kivu's Masisi (seat of Masisi territory, north-west of Sake).
    ("Namtu", ["Nam Tu"], 23.08, 97.40, "MM", SETTLEMENT),
    ("Masisi", [], -1.40, 28.82, "CD", SETTLEMENT),
    # North Kivu's Walikale (seat of the territory, on the Lowa) and South Kivu's Kabare
    # territory on the lake road north of Bukavu: Kavumu (Bukavu's airport) and Katana.
    ("Walikale", [], -1.43, 28.08, "CD", SETTLEMENT),
    ("Kavumu", [], -2.31, 28.81, "CD", SETTLEMENT),
    ("Katana", [], -2.22, 28.83, "CD", SETTLEMENT),
    # Mopti region: Sévaré (Mopti's twin town and army hub) and Boni (Haïré commune, on
    # the Douentza-Hombori road); Burkina Faso's Sanmatenga (Pensa) and Yatenga
    # (Séguénega); Niger's Tillabéri (Kokorou, a commune of Téra department).
    ("Sévaré", ["Sevare"], 14.53, -4.10, "ML", SETTLEMENT),
    ("Boni", [], 15.075, -2.221, "ML", SETTLEMENT),
    ("Pensa", [], 13.648, -0.807, "BF", SETTLEMENT),
    ("Séguénega", ["Séguénéga", "Seguenega"], 13.44, -1.97, "BF", SETTLEMENT),
    ("Kokorou", ["Kokoro"], 14.211, 0.917, "NE", SETTLEMENT),
    # Myanmar: northern Shan State's Namhsan (the Ta'ang hill town) and Mongmit (Momeik),
    # and Sagaing's Budalin (north-west of Monywa).
    ("Namhsan", [], 22.97, 97.16, "MM", SETTLEMENT),
    ("Mongmit", ["Momeik", "Mong Mit"], 23.10, 96.68, "MM", SETTLEMENT),
    ("Budalin", ["Butalin"], 22.39, 95.14, "MM", SETTLEMENT),
    # North Kivu's border town on the Uganda crossing (Rutshuru territory), the M23's base
    # in 2012-13 and taken by it again in June 2022.
    ("Bunagana", [], -1.300, 29.600, "CD", SETTLEMENT),
    # South Lebanon, Nabatieh: the border villages of Bint Jbeil and Marjayoun districts.
    ("Aitaroun", ["Aytaroun", "Aitarun"], 33.110, 35.467, "LB", SETTLEMENT),
    ("Khiam", ["Khiyam", "al-Khiyam"], 33.327, 35.611, "LB", SETTLEMENT),
    ("Yaroun", ["Yarun"], 33.083, 35.417, "LB", SETTLEMENT),
    ("Markaba", [], 33.233, 35.517, "LB", SETTLEMENT),
    ("Maroun al-Ras", ["Maroun al-Rass", "Maroun er Ras", "Maroun el-Ras"],
     33.081, 35.422, "LB", SETTLEMENT),
    # Nabatieh: Marjayoun district's border villages south of Houla, and Hasbaya
    # district's Sunni town above the Shebaa Farms.
    ("Blida", ["Bleida", "Blayda"], 33.140, 35.515, "LB", SETTLEMENT),
    ("Mais al-Jabal", ["Meiss el-Jabal", "Mays al-Jabal", "Meiss ej Jabal", "Mais aj-Jabal",
                       "Meis al-Jabal", "Meiss al-Jabal"], 33.169, 35.526, "LB", SETTLEMENT),
    ("Shebaa", ["Chebaa", "Shibaa", "Shebaa village"], 33.349, 35.749, "LB", SETTLEMENT),
    # Mali, Mopti (Douentza cercle): Hombori, the town north of the Hombori Tondo on the
    # Mopti-Gao road (RN15/RN16). English Wikipedia's 15°16'48"N 1°42'0"W (15.28000,
    # -1.70000) and French Wikipedia's 15°17'00"N 1°42'00"W are 0.37 km apart (German
    # Wikipedia's 15°17'N 1°42'W comes from a translation of the English article and is
    # not counted). where.py: MLI-2809 Mopti, 16.2 km from its border.
    ("Hombori", [], 15.282, -1.700, "ML", SETTLEMENT),
    # Mali, Timbuktu region (Gourma-Rharous cercle): Gossi, the commune seat on the Mare de
    # Gossi and the former Barkhane base. English Wikipedia's 15°49'36"N 1°18'41"W
    # (15.82667, -1.31139) and French Wikipedia's 15°49'00"N 1°17'00"W are 3.2 km apart,
    # inside 5 km for a commune seat. where.py: MLI-2688 Timbuktu, 53.8 km from its border.
    ("Gossi", [], 15.822, -1.297, "ML", SETTLEMENT),
    # Mali, Mopti (Ténenkou cercle): Diafarabé, the commune seat on the Niger at the Diaka
    # channel. English Wikipedia's 14°8'20"N 5°1'8"W (14.13889, -5.01889) and French
    # Wikipedia's 14°08'17"N 5°01'04"W are 0.15 km apart. where.py: MLI-2809 Mopti, 18.6 km
    # from its border.
    ("Diafarabé", ["Diafarabe"], 14.138, -5.018, "ML", SETTLEMENT),
    # Niger, Tillabéri (Say department): Tamou, the seat of the rural commune by the Tamou
    # reserve and W park. French Wikipedia's 12°45'20"N 2°10'37"E and German Wikipedia's
    # 12°45'N 2°11'E are 0.93 km apart (English Wikipedia's 12°45'N 2°11'E is the same
    # rounded figure). where.py: NER-4859 Tillabéri, 9.3 km from its border.
    ("Tamou", [], 12.753, 2.180, "NE", SETTLEMENT),
    # Gaza Strip: the Jabalia refugee camp (north of Jabalia town, which the gazetteer has as
    # GeoNames' "Jabālyā", 31.5272, 34.4835, 1.8 km to the south-west; GeoNames' own "Jabālyā
    # Camp" (281128) is not in the pop>=500 extract the gazetteer uses, so geocode finds nothing
    # for "Jabalia camp"), Gaza City's Sabra quarter and the former Morag settlement between
    # Rafah and Khan Younis (the "Morag corridor" of 2025 reports).
    # Jabalia camp: English Wikipedia "Jabalia refugee camp" 31°32′14″N 34°29′47″E and German
    # Wikipedia "Flüchtlingslager Dschabaliya" 31°32′20,8″N 34°29′57,6″E (the figure the English
    # article carried before its point was moved, so the two may share an origin), 0.35 km
    # apart; where.py: GAZ+00? Gaza Strip, 3.1 km from its border (the Israeli line/sea).
    ("Jabalia camp", ["Jabalia refugee camp", "Jabaliya camp", "Jabalya camp",
                      "Jabaliya refugee camp", "Jabalia Camp"], 31.538, 34.498, "PS",
     NEIGHBOURHOOD),
    # Sabra: English Wikipedia "Sabra, Gaza City" 31°30′16″N 34°27′19.1″E and Hebrew Wikipedia
    # "סברה (עזה)" 31°30′16″N 34°27′19″E (the same figure to the second: the Hebrew article's
    # text is its own, its point may share the English one's origin), 0.00 km apart; where.py:
    # GAZ+00? Gaza Strip, 3.1 km from its border (the sea). Not Beirut's Sabra (LB).
    ("Sabra", ["al-Sabra", "Al-Sabra", "Sabra neighbourhood"], 31.504, 34.455, "PS",
     NEIGHBOURHOOD),
    # Morag: English Wikipedia "Morag (Israeli settlement)" 31°18′30″N 34°17′17″E and Hebrew
    # Wikipedia "מורג" 31°18′28″N 34°17′13″E, 0.12 km apart; where.py: GAZ+00? Gaza Strip,
    # 5.9 km from its border. (Geocode found "Morag" only in PL.)
    ("Morag", ["Morag corridor", "Morag axis"], 31.308, 34.287, "PS", SETTLEMENT),
    # West Bank: the refugee camps of Jenin, Tulkarm (both inside the towns, 1.2 and 0.8 km from
    # the gazetteer's town points), Dheisheh (Bethlehem), Jalazone (north of Ramallah) and
    # al-Fawwar (south of Hebron); East Jerusalem's Silwan; Tubas governorate's Aqqaba.
    # Jenin camp: English Wikipedia "Jenin refugee camp" 32°27′41″N 35°17′11″E and Arabic
    # Wikipedia "مخيم جنين" 32°27′41″N 35°17′24″E, 0.34 km apart; where.py: WEB+00? West Bank,
    # 5.6 km from its border.
    ("Jenin camp", ["Jenin refugee camp"], 32.461, 35.288, "PS", NEIGHBOURHOOD),
    # Tulkarm camp: English Wikipedia "Tulkarm Camp" 32°18′50″N 35°2′7″E and Arabic Wikipedia
    # "مخيم طولكرم" 32°18′49″N 35°02′06″E (its own, footnoted figure), 0.04 km apart; where.py:
    # WEB+00? West Bank, 3.6 km from its border (the Green Line).
    ("Tulkarm camp", ["Tulkarem camp", "Tulkarm refugee camp", "Tulkarem refugee camp"],
     32.314, 35.035, "PS", NEIGHBOURHOOD),
    # Dheisheh: English Wikipedia "Dheisheh" 31°41′38.47″N 35°11′02.96″E and Italian Wikipedia
    # "Dheisheh" 31°41′38.47″N 35°11′02.96″E (the same figure to the hundredth of a second: the
    # Italian article's text is its own, its point surely shares the English one's origin),
    # 0.00 km apart; where.py: WEB+00? West Bank, 2.9 km from its border (the Green Line).
    ("Dheisheh", ["Dheisheh camp", "Deheisheh", "Duheisha", "al-Duheisha",
                  "Dheisheh refugee camp"], 31.694, 35.184, "PS", SETTLEMENT),
    # Jalazone: English Wikipedia "Jalazone" 31°57′07.15″N 35°12′41.58″E and French Wikipedia
    # "Jalazone" 31°57′07″N 35°12′42″E (the same point rounded to the second), 0.01 km apart;
    # where.py: WEB+00? West Bank, 7.8 km from its border.
    ("Jalazone", ["Jalazone camp", "al-Jalazun", "Jalazoun", "Jalazone refugee camp"],
     31.952, 35.212, "PS", SETTLEMENT),
    # Silwan: English Wikipedia "Silwan" 31°46′12″N 35°14′13″E and Wikimapia "Silwan
    # (Jerusalem)" 31°46′13″N 35°14′14″E, 0.04 km apart; where.py: ISR-3058 Jerusalem (Israel),
    # 1.5 km from its border: Natural Earth files East Jerusalem under Israel, as it does the
    # gazetteer's GeoNames "East Jerusalem" and "Old City" (PS), which the build already moves
    # into the West Bank unit; Silwan goes the same way.
    ("Silwan", ["Siloam"], 31.770, 35.237, "PS", NEIGHBOURHOOD),
    # Aqqaba (Tubas): Arabic Wikipedia "عقابا (طوباس)" 32°21′03″N 35°20′59″E and the Palestine
    # grid figure 183.25 E / 195.26 N published for the town (Palestine Remembered and the
    # Aqqaba site abuarrah.com, ARIJ's locality-profile style), which converts (EPSG:28191) to
    # 32.3511N 35.3510E, 0.12 km apart; where.py: WEB+00? West Bank, 8.9 km from its border.
    # Not the hamlet al-Aqaba east of Tubas (32°20′16″N 35°25′00″E), nor Aqaba (JO).
    ("Aqqaba", ["Aqqabah", "'Aqqaba"], 32.351, 35.350, "PS", SETTLEMENT),
    # Al-Fawwar camp: English Wikipedia "Fawwar, Hebron" 31°28′46″N 35°03′53″E and the Palestine
    # grid figure in Arabic Wikipedia's text "مخيم الفوار" (local north 98.73, east 155.95,
    # i.e. 155.95 E / 98.73 N km; its infobox point is the Wikidata copy of the English one and
    # is not counted), which converts (EPSG:28191) to 31.4806N 35.0623E, 0.26 km apart;
    # where.py: WEB+00? West Bank, 13.0 km from its border. (Geocode found "Fawwar" only in SD.)
    ("Al-Fawwar", ["Fawwar", "al-Fawwar camp", "Fawwar camp", "Al-Fawar"], 31.480, 35.064,
     "PS", SETTLEMENT),
    # One published point each, the admin-1 unit it falls in being the one the source's
    # text names (its governorate, oblast or district), and 3 km or more from any other unit
    # of its country (where a point is off by a kilometre or two it still falls in that
    # unit; a point Natural Earth's simplified border puts across an international line is
    # moved into its own country's nearest unit). Second sources were sought and not found:
    # the other-language articles and mirrors repeat the English point. Points to the
    # second of arc are rounded to 0.001°.
    # South Lebanon's villages of the Israel-Hezbollah war, Nabatieh (Bint Jbeil, Marjayoun,
    # Nabatieh and Hasbaya districts; km to the South unit unless said): Houla, English
    # Wikipedia's 33°12'36"N 35°31'01"E (11.5 km); Rmeish, 33°04'45"N 35°22'08"E (7.8 km);
    # Aita al-Shaab, 33°05'50"N 35°20'04"E (4.3 km); Hanin, 33°06'34"N 35°22'50"E (8.5 km);
    # Debel, 33°07'15"N 35°22'04"E (6.8 km); Beit Lif, Hamichlol's (Hebrew) 33°08'01"N
    # 35°19'58"E (3.7 km); Odaisseh, 33°15'15"N 35°32'33"E (put in Israel by the simplified
    # border, 0.7 km from Nabatieh, over 10 km from South); Wazzani, 33°16'38"N 35°37'19"E
    # (10.8 km); Qantara, 33°16'25"N 35°27'49"E (4.0 km); Deir Mimas, 33°18'07"N 35°32'43"E
    # (5.2 km); Majdal Selm, 33°13'18"N 35°27'52"E (6.7 km); Taybeh, 33°16'35"N 35°31'14"E
    # (8.3 km); Doueir, Arabic Wikipedia's 33°23'11"N 35°24'52"E (4.1 km); Mayfadoun, Arabic
    # Wikipedia's 33°20'55"N 35°28'35"E (5.7 km); Hebbariyeh, 33°22'03"N 35°41'39"E (7.6 km
    # from Beqaa); Rashaya al-Fukhar, 33°21'12"N 35°40'02"E (7.9 km).
    ("Houla", ["Hula", "Hûla"], 33.210, 35.517, "LB", SETTLEMENT),
    ("Rmeish", ["Rmaich", "Rmaish", "Rumaysh", "Rmeich"], 33.079, 35.369, "LB", SETTLEMENT),
    ("Aita al-Shaab", ["Ayta ash-Shab", "Aita ash-Shaab", "Ayta al-Shaab", "Aita al-Chaab",
                       "Aitaa al-Shaab", "Ayta al-Sha'b", "Aita el-Shaab"],
     33.097, 35.334, "LB", SETTLEMENT),
    ("Hanin", ["Hanine", "Haneen"], 33.109, 35.381, "LB", SETTLEMENT),
    ("Debel", ["Dibil", "Dibel"], 33.121, 35.368, "LB", SETTLEMENT),
    ("Beit Lif", ["Bayt Lif", "Beit Leif"], 33.134, 35.333, "LB", SETTLEMENT),
    ("Odaisseh", ["Adaisseh", "Odaissa", "Al-Adaysah", "Aadaissah", "Adaysseh"],
     33.254, 35.543, "LB", SETTLEMENT),
    ("Wazzani", ["al-Wazzani", "Ouazzani", "Wazani"], 33.277, 35.622, "LB", SETTLEMENT),
    ("Qantara", ["al-Qantara"], 33.274, 35.464, "LB", SETTLEMENT),
    ("Deir Mimas", ["Deir Mimess", "Dayr Mimas", "Deir Mimes"], 33.302, 35.545, "LB",
     SETTLEMENT),
    ("Majdal Selm", ["Majdal Silm", "Majdal Selem", "Majdel Selm"], 33.222, 35.464, "LB",
     SETTLEMENT),
    ("Taybeh", ["Taibeh", "al-Taybeh"], 33.276, 35.521, "LB",
     SETTLEMENT),
    ("Doueir", ["Dweir", "Douair", "Duwayr"], 33.386, 35.414, "LB", SETTLEMENT),
    ("Mayfadoun", ["Maifadoun", "Mayfadun"], 33.349, 35.476, "LB", SETTLEMENT),
    ("Hebbariyeh", ["Habbariyeh", "Hebbariye", "al-Habbariyeh"], 33.368, 35.694, "LB",
     SETTLEMENT),
    ("Rashaya al-Fukhar", ["Rashaya al-Foukhar", "Rachaya al-Fukhar", "Rashaya el-Foukhar"],
     33.353, 35.667, "LB", SETTLEMENT),
    # South Lebanon's unit (Tyre and Sidon districts; km to the Nabatieh unit unless said):
    # Chamaa, English Wikipedia's 33°08'44"N 35°12'29"E (7.9 km); Maarakeh, 33°16'22"N
    # 35°18'35"E (6.5 km); Burj el-Shemali, 33°15'47"N 35°14'20"E (11.9 km); Rashidieh
    # camp, 33°14'12"N 35°13'05"E (11.1 km); Tayr Debba, 33°16'27"N 35°16'43"E (8.4 km);
    # Tayr Harfa, 33°07'35"N 35°13'09"E (6.7 km); Ain el-Hilweh camp (Sidon), 33°32'37"N
    # 35°22'41"E (4.9 km from Mount Lebanon); and Abbasiyeh, where English Wikipedia's
    # 33.2986°N 35.2831°E and Russian Wikipedia's 33°17'54"N 35°15'56"E lie 1.6 km apart,
    # 6.3 km or more from Nabatieh (their mean).
    ("Chamaa", ["Shamaa", "Shamaa village", "Chamaa village"], 33.146, 35.208, "LB",
     SETTLEMENT),
    ("Maarakeh", ["Maarakah", "Marakeh", "Maaraka"], 33.273, 35.310, "LB", SETTLEMENT),
    ("Burj el-Shemali", ["Burj al-Shamali", "Burj ash-Shamali", "Borj el-Chemali",
                         "Burj al-Shemali"], 33.263, 35.239, "LB", SETTLEMENT),
    ("Rashidieh", ["Rashidieh camp", "Rashidiyeh", "Rashidiya", "Rachidieh", "al-Rashidieh"],
     33.237, 35.218, "LB", NEIGHBOURHOOD),
    ("Tayr Debba", ["Tair Debba", "Teir Debba", "Tir Dibba"], 33.274, 35.279, "LB",
     SETTLEMENT),
    ("Tayr Harfa", ["Tair Harfa", "Teir Harfa", "Tayr Harfa village"], 33.126, 35.219, "LB",
     SETTLEMENT),
    ("Ain el-Hilweh", ["Ain al-Hilweh", "Ein el-Hilweh", "Ain al-Helweh", "Ain el-Helweh"],
     33.544, 35.378, "LB", NEIGHBOURHOOD),
    ("Abbasiyeh", ["Abbassieh", "Aabbassiyeh", "al-Abbasiyah", "Abbasiyah"], 33.298, 35.274,
     "LB", SETTLEMENT),
    # Lebanon's Beqaa and Mount Lebanon: Qaraoun (West Beqaa), English Wikipedia's
    # 33°33'48"N 35°43'19"E (6.8 km from Mount Lebanon); Nabi Chit (Baalbek), 33°52'20"N
    # 36°06'46"E (19.7 km); Jiyeh (Chouf), 33°39'57"N 35°25'36"E (8.9 km from South).
    ("Qaraoun", ["Qaraoun village", "al-Qaraoun", "Qaroun"], 33.563, 35.722, "LB", SETTLEMENT),
    ("Nabi Chit", ["Nabi Sheet", "al-Nabi Shit", "Nabi Shit", "Nabi Chit village"],
     33.872, 36.113, "LB", SETTLEMENT),
    ("Jiyeh", ["Jieh", "al-Jiyeh"], 33.666, 35.427, "LB", SETTLEMENT),
    # Gaza and the West Bank, whose Natural Earth units are the territories themselves (no
    # other unit to mistake): Gaza City's Beach (Shati) camp, English Wikipedia's
    # 31°31'56"N 34°26'43"E, and its Tuffah quarter, 31°30'57"N 34°28'09"E; Tulkarm's Nur
    # Shams camp, 32°19'07"N 35°03'32"E; Tubas's Far'a camp, 32°17'38"N 35°20'40"E (GeoNames'
    # "‘Ayn al Fāri‘ah" 0.6 km away is the spring).
    ("Shati", ["Shati camp", "al-Shati", "Beach camp", "Beach refugee camp", "Shati refugee camp",
               "Al-Shati camp", "Shaati"], 31.532, 34.445, "PS", NEIGHBOURHOOD),
    ("Tuffah", ["al-Tuffah", "Al-Tuffah", "Tuffah neighbourhood"], 31.516, 34.469, "PS",
     NEIGHBOURHOOD),
    ("Nur Shams", ["Nur Shams camp", "Nour Shams", "Nur Shams refugee camp"], 32.319, 35.059,
     "PS", NEIGHBOURHOOD),
    ("Far'a camp", ["Al-Far'a camp", "Fara'a camp", "al-Faraa camp", "Far'a refugee camp",
                    "al-Fara'a"], 32.294, 35.344, "PS", NEIGHBOURHOOD),
    # Kursk Oblast's villages of the 2024 incursion, Sudzha district, 6 km or more from the
    # Belgorod unit and the border (their Ukrainian namesakes across it are WOF's): Plekhovo,
    # English Wikipedia's 51°06'N 35°20'E (to the minute); Malaya Loknya, 51.3325°N
    # 35.2275°E; Martynovka, Spanish Wikipedia's 51.2389°N 35.3664°E; Zaoleshenka, 51.2028°N
    # 35.2581°E; Goncharovka, 51.1911°N 35.2519°E.
    ("Plekhovo", ["Плехово", "Plekhove", "Plyokhovo"], 51.100, 35.330, "RU", SETTLEMENT),
    ("Malaya Loknya", ["Малая Локня", "Mala Loknia", "Malaya Loknia"], 51.333, 35.228, "RU",
     SETTLEMENT),
    ("Martynovka", ["Мартыновка"], 51.239, 35.366, "RU", SETTLEMENT),
    ("Zaoleshenka", ["Заолешенка", "Zaoleshenko"], 51.203, 35.258, "RU", SETTLEMENT),
    ("Goncharovka", ["Гончаровка"], 51.191, 35.252, "RU", SETTLEMENT),
]
# Names in current use by Who's On First id, for places GeoNames lists only below 500
# inhabitants. They count as official names: a bare name shared with an equally small
# place elsewhere is then reported as ambiguous, not resolved to the other place.
EXTRA_WOF_PLACE_ALIASES = {
    # Tawila, North Darfur (the refuge town west of El Fasher), spelled "Tawilah" in WOF;
    # a village in West Darfur is spelled "Tawila".
    1310532711: ["Tawila"],
    # The news's spellings of North Kordofan's Kazgeil (south of El Obeid) and Al
    # Jazirah's Tambul (east of the Blue Nile).
    1277013119: ["Kazgil"],
    1343809535: ["Tamboul"],
    # The news's spellings of Khartoum's Jabal Awlya (the dam town south of the capital),
    # West Kordofan's Khuwayy (on the El Obeid-En Nahud road) and North Darfur's Al
    # Malihah.
    1310052585: ["Jebel Aulia", "Jebel Awlia", "Jabal Aulia", "Jebel Awliya"],
    1343988629: ["El Khuwei", "Al-Khuwei", "Al Khuwei", "Al-Khoei", "El Khoei", "Al-Khuwayy"],
    1243098121: ["Malha", "Al-Malha"],
    # North Kordofan's Umm Sumeima, west of El Obeid, in the news's spellings (North
    # Darfur's namesake keeps only its own name).
    1226572427: ["Umm Samima", "Um Samima", "Umm Sumaima", "أم صميمة"],
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

# Countries whose place names carry the Arabic article (al-, el-, an-, ad- …): Arabic-speaking
# countries and the neighbours whose names use it. Their Latin names get every article
# spelling as a variant (geoapp/geocode/articles.py).
ARTICLE_COUNTRIES = {
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA",
    "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH", "TD", "ML", "NE", "ER", "IL", "SS",
}

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
    # "Congo" alone is the Democratic Republic in conflict reporting (wire style: "eastern
    # Congo", "Congo's army"); its neighbour goes by "Congo Republic" or "Congo-Brazzaville".
    "CD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo",
           "DRC", "D.R. Congo", "DR of Congo", "Congo-Kinshasa", "Congo (Kinshasa)",
           "Congo, DRC", "DR Congo (Zaire)", "Zaire", "Congo",
           "Congo, The Democratic Republic of the", "Congo, Democratic Republic of"],
    "CG": ["Republic of the Congo", "Republic of Congo", "Congo Republic",
           "Congo-Brazzaville", "Congo (Brazzaville)"],
    # the country, not Nigeria's Niger State, where the text says so
    "NE": ["Niger", "Niger Republic", "Republic of Niger", "Republic of the Niger"],
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
