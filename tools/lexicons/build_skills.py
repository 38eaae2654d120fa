#!/usr/bin/env python3
"""Build parser/lexicons/skills.tsv, the cvparse skills taxonomy.

Python 3 standard library only. Deterministic: the same inputs give a byte-identical file.

Inputs (read-only, see shared/lexicon-sources/SOURCES.md):
  skills/linguist-languages.tsv              MIT         programming-language names
  skills/github-explore-topics.tsv           CC BY 4.0   topic display names and aliases
  skills/onet-29.2-technology-skills.dedup.tsv CC BY 4.0 technology names, hot_technology, n_occupations
  build-only/stackoverflow-tags-count-ge-1000.tsv CC BY-SA 4.0, used ONLY as a popularity number to
      rank and cut candidates that come from the other sources. No tag name or count from it is written.
  tools/lexicons/skills_curated.tsv          hand-curated by cvparse: categories, aliases, flags,
      must-have entries, drops.

Usage:
  build_skills.py [--sources DIR] [--out FILE] [--report FILE]   build, write, self-check
  build_skills.py --check [FILE]        only self-check an existing file (needs no sources)
  build_skills.py --lookup TEXT...      print what each TEXT resolves to in skills.tsv

The sources folder is found from --sources, $CVPARSE_LEXICON_SOURCES, ../shared/lexicon-sources
next to the repository, or /work/shared/lexicon-sources.

How it works: curated rows come first and are always kept. Then linguist languages, O*NET
technologies (normalised: " software" dropped, "Long form ACR" split into ACR + long form, vendor
prefixes stripped or kept, sentence-case descriptions dropped as generic) and github/explore
topics are merged into the curated rows or into one another when a name or alias matches. Source
rows that are not curated pass popularity floors (below), are ranked by
max(log10 SO questions, O*NET score) and cut to TARGET_ENTRIES. Aliases are cleaned, clashes
between rows are resolved (curated forms win, then canonicals; an alias shared by two source rows
is dropped from both), and the file is written sorted by case-folded canonical.

Exit status 1 on any self-check failure (malformed row, duplicate canonical or alias, bad
category or flag, entry count outside 1,500..3,000, a SANITY form resolving wrongly) or on a
conflict between two curated forms.
"""

import argparse
import collections
import csv
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_OUT = os.path.join(REPO, "parser", "lexicons", "skills.tsv")
DEFAULT_CURATED = os.path.join(HERE, "skills_curated.tsv")

CATEGORIES = (
    "programming_language", "framework_library", "database", "cloud_devops", "tool", "data_ml",
    "ml_research", "os_platform", "office_business", "design_engineering", "healthcare",
    "finance_accounting", "sales_marketing", "education_teaching", "soft_skill", "methodology",
    "other",
)
FLAGS = ("cs", "ctx")

# Total size aimed at; curated entries are always kept, source-only entries fill up to this.
TARGET_ENTRIES = 2600
MIN_ENTRIES, MAX_ENTRIES = 1500, 3000
MAX_WORDS = 5

# Minimum popularity for a source-only candidate to be considered at all.
MIN_SO_LINGUIST = 2000      # linguist programming languages: Stack Overflow questions
MIN_SO_GITHUB = 1000        # github/explore topics with no O*NET match
MIN_ONET_OCC = 3             # O*NET technologies that are not hot: occupations listing them

# ---------------------------------------------------------------------------------------------
# Common English words. A source-derived canonical or alias that is one of these (or that is made
# only of words O*NET uses generically, see build_vocab) is dropped: in prose it would be matched
# far more often as a word than as a skill. Curated entries that need such a word carry cs/ctx.
COMMON_WORDS = set("""
a about access act action active activity ad agent aim air alert all alloy alpha amber ant apex
app apple application arc arch archive arena argo art as atlas atom aurora avatar axis b backbone
balance bamboo base basic bash batch beam bee berry beta bind bird black blade blaze blend block
bloom blue board boost bolt bottle box brain branch brave breeze brew bridge brook brush bud buffer
build bulk bundle bus butter cake camel canvas capacitor cargo carbon cart case cash cast cat
catalyst cell center chain chakra chalk chapel charm chart chat check chef chip circle citadel
clarity class clean click client clip clock cloud coffee cog coin collect combine comet command
common compass compose concourse condor connect console contact content control cool copy core
cosmos craft crane crash crest cricket crystal cube cucumber cue cure curl cursor cycle dagger
dart dash data date dawn deal debug delta desk desktop detective dialog diamond digest direct
disk dock docs document dojo dot draft dragon drive drone drop drupal dune dynamo eagle echo edge
editor elastic element elm ember emerald engine envoy epic equinox essence event excel express
extension fabric factor falcon fame feather fiber field figure file filter finance fire fish flag
flame flash flask fleet flex flow flume flutter flux focus font force forge form forth fortress
forum fossil fox frame framework frontier fuel fusion galaxy game garden gate gatsby gear gem
genesis ghost glacier glass glide globe glue go gold gopher grain graph gravity grid groove
guard guide gulp hack hammer harbor harmony harvest hawk heap helm hero hexagon hive honey hook
hop horizon host hub hug hugo icon ignite image impact index ink insight inspire intern io iris
iron island ivy jade jasmine jet jewel joy jump junction jungle karma keel keeper kernel key kit
kite knot lab ladder lake lambda lamp lantern laser latch lava layer lead leaf ledger lens less
level lever library light lightning lime link lion liquid list lite live loader lobster locust
lodge log logic logo loop lotus lucene luna lynx mac machine magnet mail make mantle map maple
marble mars mask matrix maven max maze meadow media mercury merge mesh meta meteor metro micro
mint mirror mobile mocha model module monitor moon mosaic motion mountain mouse nano native
nebula needle nest net network neutron nexus nickel ninja node nomad north nova oak oasis ocean
octave office olive omega onyx open opera optimize orbit orchard origin outline pace pack page
paint palette panda panel paper parcel parse pascal path patrol peak pearl pebble pencil pepper
phoenix photon pi pig pillar pilot pine pioneer pipe pipeline pivot pixel plaster platform play
plume pod point polar pony pool portal post power prism probe process project prompt proto
protocol pulse pure puppet puzzle pyramid quantum quartz quest queue quick radar radius rain
rainbow rake ranger rapid raven ray react realm reason record red reef relay render report rest
retro ribbon ridge ring ripple river road robot rocket root rose route ruby rule rust saga sage
sail salt sand satellite scale scheme scope scout scratch screen script sea seal search secure
seed sense sentinel sentry server service shadow shape share shark shell shield ship shift shop
shore sierra sight signal silk silver simple sketch sky slate slice smart snap snow socket solar
solid sonar sonic source spark sparrow spectrum sphere spice spider spike spin spirit spring
sprint square stack stage standard star start station steam steel stem step stone storm story
stream stripe strike studio summit sun surf swan swift switch sword symbol sync table tag tail
talent tango target task team tempest terminal test thunder tide tiger tile timber time titan
token tools torch touch tower trace track trail train transit tree trek trend tribe trigger trio
triton trust tulip tunnel turbo turtle twig twist umbrella union unit unity universe vault vector
velocity venture venus vertex vessel view viper vision vista volt vortex voyage wagon wave wax
web wedge whale wheel whisper widget willow wind window wing wire wizard wolf word work world
yarn yeti zen zenith zero zone
animation algorithm api authentication authorization automation backend barcode blockchain bot
chatbot cli configuration crud database dataset deployment documentation emoji finance frontend
generator hackathon image library localization logging mathematics monitoring parsing physics
programming security server simulation spreadsheet statistics testing ui video
email tax paint books classroom meeting messaging notes photos calendar slides sheets forms keep
teams publisher visio outlook timeline interpreter wiki pricing painter surfer keynote blogging
blogger loom seesaw teleconferencing videoconferencing antivirus compiler spa chai pug
""".split())

# Vendor prefixes in O*NET names. STRIP: the product name alone is the canonical, the full name
# an alias ("Autodesk AutoCAD" -> AutoCAD). KEEP: the full name is the canonical, the product
# name alone an alias when it is not a common word ("Adobe Photoshop" + "Photoshop").
STRIP_VENDORS = [
    "The MathWorks", "MathWorks", "Autodesk", "Dassault Systemes", "Intuit", "Atlassian",
    "StataCorp", "National Instruments", "ESRI", "Qlik Tech", "Trimble", "Bentley Systems",
    "Bentley", "PTC", "Apache", "Red Hat", "Hewlett Packard", "Hewlett-Packard", "Cisco Systems",
    "Cisco", "Apple", "Wolfram Research", "Corel", "Embarcadero", "Quest", "Systat Software",
    "Cadence", "Rockwell Automation", "Rockwell", "Nuance", "Avid Technology", "Maxon", "Siemens",
    "UGS", "Delcam", "CNC", "Tenable", "Thomson Reuters", "LogMeIn", "SmugMug", "Veritas",
    "Symantec", "Blackbaud", "Henry Schein", "Golden Software", "Econometric Software",
    "Aptech Systems", "Xactware", "Hyland", "JetBrains", "Citrix", "Pixologic", "McNeel",
    "Maplesoft", "Mathsoft", "Insightful", "GraphPad Software", "Leica Geosystems",
]
KEEP_VENDORS = ["Microsoft", "Adobe", "Google", "Amazon", "SAP", "Oracle", "IBM", "Sage", "Salesforce"]

# O*NET commodity titles -> category, for source-only entries (curated entries set their own).
COMMODITY_CATEGORY = {
    "Object or component oriented development software": "programming_language",
    "Development environment software": "tool",
    "Web platform development software": "framework_library",
    "Program testing software": "tool",
    "Compiler and decompiler software": "tool",
    "Graphical user interface development software": "framework_library",
    "Object oriented data base management software": "database",
    "Data base management system software": "database",
    "Data base user interface and query software": "database",
    "Data base reporting software": "data_ml",
    "Business intelligence and data analysis software": "data_ml",
    "Data mining software": "data_ml",
    "Analytical or scientific software": "data_ml",
    "Metadata management software": "data_ml",
    "Categorization or classification software": "data_ml",
    "Operating system software": "os_platform",
    "Device drivers or system software": "os_platform",
    "Filesystem software": "os_platform",
    "Application server software": "cloud_devops",
    "Cloud-based management software": "cloud_devops",
    "Cloud-based data access and sharing software": "cloud_devops",
    "Cloud-based protection or security software": "cloud_devops",
    "Configuration management software": "cloud_devops",
    "Clustering software": "cloud_devops",
    "Network monitoring software": "cloud_devops",
    "Administration software": "cloud_devops",
    "Enterprise system management software": "cloud_devops",
    "Transaction server software": "cloud_devops",
    "Portal server software": "cloud_devops",
    "Backup or archival software": "cloud_devops",
    "Storage networking software": "cloud_devops",
    "Network security or virtual private network VPN management software": "cloud_devops",
    "Network security and virtual private network VPN equipment software": "cloud_devops",
    "Transaction security and virus protection software": "cloud_devops",
    "Authentication server software": "cloud_devops",
    "Switch or router software": "cloud_devops",
    "Internet directory services software": "cloud_devops",
    "LAN software": "cloud_devops",
    "File versioning software": "tool",
    "Enterprise application integration software": "tool",
    "Computer aided design CAD software": "design_engineering",
    "Computer aided manufacturing CAM software": "design_engineering",
    "Industrial control software": "design_engineering",
    "Pattern design software": "design_engineering",
    "Map creation software": "design_engineering",
    "Geographic information system": "design_engineering",
    "Graphics or photo imaging software": "design_engineering",
    "Video creation and editing software": "design_engineering",
    "Music or sound editing software": "design_engineering",
    "Desktop publishing software": "design_engineering",
    "Web page creation and editing software": "design_engineering",
    "Medical software": "healthcare",
    "Accounting software": "finance_accounting",
    "Financial analysis software": "finance_accounting",
    "Tax preparation software": "finance_accounting",
    "Time accounting software": "finance_accounting",
    "Point of sale POS software": "sales_marketing",
    "Customer relationship management CRM software": "sales_marketing",
    "Sales and marketing software": "sales_marketing",
    "Computer based training software": "education_teaching",
    "Multi-media educational software": "education_teaching",
    "Foreign language software": "education_teaching",
    "Requirements analysis and system architecture software": "methodology",
    "Network operation system software": "cloud_devops",
    "WAN switching software and firmware": "cloud_devops",
    "Network connectivity terminal emulation software": "cloud_devops",
    "Internet protocol IP multimedia subsystem software": "cloud_devops",
    "Optical network management software": "cloud_devops",
    "Network operating system enhancement software": "cloud_devops",
    "Communications server software": "cloud_devops",
    "Platform interconnectivity software": "cloud_devops",
    "Access software": "cloud_devops",
    "Expert system software": "data_ml",
    "Charting software": "data_ml",
    "Computer aided design CAD and computer aided manufacturing CAM system": "design_engineering",
    "Manufacturing execution system MES software": "design_engineering",
    "Flight control software": "design_engineering",
}
DEFAULT_ONET_CATEGORY = "office_business"

# github/explore topics with no other source: category from words in topic, aliases and related.
GITHUB_CATEGORY_HINTS = [
    ("database", ("database", "sql", "nosql", "key-value", "graph-database", "time-series-database")),
    ("cloud_devops", ("devops", "docker", "kubernetes", "container", "ci", "cd", "continuous-integration",
                      "infrastructure-as-code", "cloud", "serverless", "monitoring", "observability",
                      "deployment", "aws", "azure", "google-cloud")),
    ("ml_research", ("deep-learning", "neural-network", "reinforcement-learning", "computer-vision",
                     "natural-language-processing", "nlp")),
    ("data_ml", ("machine-learning", "data-science", "data-analysis", "data-visualization", "big-data",
                 "statistics", "artificial-intelligence")),
    ("os_platform", ("operating-system", "linux-distribution", "linux", "distro")),
    ("framework_library", ("framework", "library", "web-framework", "javascript", "python", "java", "php",
                           "ruby", "react", "css-framework", "ui-framework", "nodejs", "rust", "golang",
                           "typescript", "dotnet", "csharp", "android", "ios")),
    ("design_engineering", ("design", "cad", "3d", "graphics", "ui-design", "ux")),
    ("tool", ("editor", "ide", "tool", "cli", "version-control", "build-tool", "package-manager", "testing")),
]


# ---------------------------------------------------------------------------------------------
def fold(s):
    """Key used for case-insensitive comparison (mirrors ICU full case folding for our text)."""
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def compact(s):
    return re.sub(r"[^0-9a-z+#]", "", fold(s))


def word_count(s):
    return len(s.split())


def clean_form(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    s = " ".join(s.split())
    return s.strip(" ,;")


def slug_to_words(slug):
    return " ".join(slug.replace("_", " ").replace("-", " ").split())


def so_slug(s):
    """A form written the way Stack Overflow writes tags (lowercase, spaces as '-')."""
    return "-".join(fold(s).split())


class Entry:
    __slots__ = ("canonical", "category", "aliases", "flags", "curated", "curated_forms", "absorb",
                 "removed_aliases", "sources", "onet_n", "onet_hot", "names", "order")

    def __init__(self, canonical, category=None, curated=False, order=0):
        self.canonical = canonical
        self.category = category
        self.aliases = []            # ordered, unique by exact string
        self.flags = []
        self.curated = curated
        self.curated_forms = set()   # fold() of forms written by hand (win conflicts)
        self.removed_aliases = set()  # fold() of forms the curated file removes
        self.absorb = []             # source names merged into this entry but never written
        self.sources = set()
        self.onet_n = 0
        self.onet_hot = False
        self.names = []              # every original source name (for popularity look-ups only)
        self.order = order

    def forms(self):
        return [self.canonical] + self.aliases

    def add_alias(self, a):
        a = clean_form(a)
        if not a or a == self.canonical or a in self.aliases:
            return
        if fold(a) in self.removed_aliases:
            return
        self.aliases.append(a)


# ---------------------------------------------------------------------------------------------
def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def find_sources(arg):
    cands = []
    if arg:
        cands.append(arg)
    if os.environ.get("CVPARSE_LEXICON_SOURCES"):
        cands.append(os.environ["CVPARSE_LEXICON_SOURCES"])
    cands += [os.path.join(REPO, "..", "shared", "lexicon-sources"), "/work/shared/lexicon-sources"]
    for c in cands:
        if os.path.isfile(os.path.join(c, "SOURCES.md")):
            return os.path.normpath(c)
    sys.exit("build_skills: lexicon sources not found (tried %s); pass --sources" % ", ".join(cands))


def build_vocab(onet_rows):
    """Lower-case words that O*NET uses generically ("Web browser software", "Spreadsheet
    software", commodity titles): these are English words, not product names."""
    vocab = set(COMMON_WORDS)
    for r in onet_rows:
        for w in re.split(r"[\s/,()]+", r["commodity_title"]):
            if w.isalpha() and not w.isupper():
                vocab.add(w.lower())
        ws = r["example"].split()
        for w in ws[1:]:
            w = w.strip(",()/")
            if w.isalpha() and w.islower() and len(w) >= 3:
                vocab.add(w)
    return vocab


def is_common(form, vocab):
    """True when every word of the form is an ordinary English word."""
    ws = re.split(r"[\s\-/]+", fold(form))
    ws = [w for w in ws if w]
    return bool(ws) and all(w in vocab or w in ("and", "of", "for", "the", "to", "in", "or", "a")
                            for w in ws)


# ---------------------------------------------------------------------------------------------
# Curated file
def load_curated(path):
    """Rows: canonical<TAB>category<TAB>aliases<TAB>flags. category 'DROP' removes source candidates
    named by the canonical or any alias. An alias written '-x' removes the source alias x."""
    entries, drops, errors = [], set(), []
    seen = {}
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            while len(cols) < 4:
                cols.append("")
            if len(cols) > 4:
                errors.append("%s:%d: more than 4 columns" % (path, ln))
                continue
            canon, cat, aliases, flags = cols
            alias_list = [a.strip() for a in aliases.split("|") if a.strip()]
            if cat == "DROP":
                drops.add(fold(canon))
                for a in alias_list:
                    drops.add(fold(a))
                continue
            if cat not in CATEGORIES:
                errors.append("%s:%d: unknown category %r" % (path, ln, cat))
                continue
            flag_list = [x.strip() for x in flags.split(",") if x.strip()]
            bad = [x for x in flag_list if x not in FLAGS]
            if bad:
                errors.append("%s:%d: unknown flags %r" % (path, ln, bad))
                continue
            k = fold(canon)
            prev = seen.get(k)
            if prev and not ("cs" in flag_list and prev[2] and prev[1] != canon):
                errors.append("%s:%d: canonical %r already on line %d" % (path, ln, canon, prev[0]))
                continue
            seen[k] = (ln, canon, "cs" in flag_list)
            e = Entry(clean_form(canon), cat, curated=True, order=ln)
            e.flags = [x for x in FLAGS if x in flag_list]
            e.sources.add("curated")
            e.curated_forms.add(fold(e.canonical))
            for a in alias_list:
                if a.startswith("-"):
                    e.removed_aliases.add(fold(a[1:]))
                elif a.startswith("~"):
                    e.absorb.append(clean_form(a[1:]))
                else:
                    e.add_alias(a)
                    e.curated_forms.add(fold(a))
            entries.append(e)
    return entries, drops, errors


# ---------------------------------------------------------------------------------------------
# O*NET names
ACR_STOP = {"and", "of", "for", "the", "to", "in", "on", "a", "an", "with"}


def acronym_matches(words, acr):
    """Does `acr` abbreviate `words`? Each word's first letter must be used (stop words may be
    skipped) and further letters of a word may be used in order ("Hypertext markup language"
    = HTML, "Extensible markup language" = XML)."""
    acr = acr.lower()
    words = [w.lower() for w in words if w]

    def go(wi, ai):
        if ai == len(acr):
            return all(w in ACR_STOP for w in words[wi:])
        if wi == len(words):
            return False
        w = re.sub(r"[^0-9a-z]", "", words[wi])
        if words[wi] in ACR_STOP and go(wi + 1, ai):
            return True
        if not w:
            return go(wi + 1, ai)
        first = w[0]
        if first == "e" and w.startswith("ex") and acr[ai] == "x":
            first = "x"
        if acr[ai] != first:
            return False
        # consume 1..n letters from this word, in order
        pos, ai2 = 1, ai + 1
        if go(wi + 1, ai2):
            return True
        while ai2 < len(acr):
            p = w.find(acr[ai2], pos)
            if p < 0:
                break
            pos, ai2 = p + 1, ai2 + 1
            if go(wi + 1, ai2):
                return True
        return False

    return go(0, 0)


def strip_software(name):
    n = re.sub(r"\s+(software|systems software)$", "", name)
    return n


def onet_normalize(name, vocab):
    """-> (canonical, [aliases], [weak aliases], [acronym expansions], generic?)"""
    raw = name
    aliases = []
    expansions = []
    n = strip_software(clean_form(name))
    n = n.replace("Amazon Web Services AWS ", "AWS ")
    # drop an embedded " software" before a trailing acronym: "Geographic information system GIS software"
    toks = n.split()
    # trailing acronym "Long form ACR"
    if len(toks) >= 3:
        last = toks[-1]
        if (re.fullmatch(r"[A-Z][A-Za-z0-9/&.\-]{1,9}", last) and sum(c.isupper() for c in last) >= 2
                and any(c.isalpha() for c in last[1:])):
            body = toks[:-1]
            if body and body[-1].lower() == "software":
                body = body[:-1]
            # try with and without a vendor prefix
            cand_bodies = [body]
            for v in STRIP_VENDORS + KEEP_VENDORS:
                vt = v.split()
                if body[:len(vt)] == vt and len(body) > len(vt):
                    cand_bodies.append(body[len(vt):])
            for b in cand_bodies:
                if len(b) >= 2 and acronym_matches(b, re.sub(r"[^A-Za-z0-9]", "", last)):
                    long_form = " ".join(b)
                    if long_form[:1].islower():
                        long_form = long_form[0].upper() + long_form[1:]
                    expansions.append(long_form)
                    pre = body[:len(body) - len(b)]
                    n = " ".join(pre + [last])
                    toks = n.split()
                    break
    generic = False
    # "Vitera Healthcare Solutions Vitera Intergy" -> "Vitera Intergy": the company name repeats
    toks = n.split()
    first = toks[0].lower() if toks else ""
    if len(first) >= 3:
        for i in range(1, len(toks)):
            t = toks[i].lower()
            if t.startswith(first) and (t != first or i < len(toks) - 1):
                n = " ".join(toks[i:])
                break
    # vendor prefixes
    for v in STRIP_VENDORS:
        if n.startswith(v + " ") and len(n) > len(v) + 1:
            rest = n[len(v) + 1:]
            if not is_common(rest, vocab) and len(compact(rest)) >= 2 and not rest[0].isdigit():
                aliases.append(n)
                n = rest
            break
    weak = []
    for v in KEEP_VENDORS:
        if n.startswith(v + " ") and len(n) > len(v) + 1:
            rest = n[len(v) + 1:]
            # "Microsoft PowerPoint" -> "PowerPoint", but not "Google Analytics" -> "Analytics"
            if (not is_common(rest, vocab) and len(compact(rest)) >= 3
                    and re.search(r"^.+[A-Z0-9]", rest) and " " not in rest):
                weak.append(rest)
            break
    # generic descriptions ("Web browser software", "Tax software", "Social media sites")
    base = n
    if re.search(r"\b(software|systems?|databases|sites|tools|applications|libraries|programs|"
                 r"packages|services)$", base):
        rest = re.sub(r"\s+\S+$", "", base)
        if is_common(rest, vocab) or not rest:
            generic = True
    if is_common(base, vocab):
        generic = True
    # O*NET writes descriptions in sentence case ("Law enforcement information databases",
    # "Citrix cloud computing", "Random forest"): a lower-case English word marks a description,
    # not a product name.
    if any(w.isalpha() and w.islower() and w in vocab and w not in ACR_STOP and len(w) >= 3
           for w in base.split()[1:]):
        generic = True
    return n, aliases, weak, expansions, generic


# ---------------------------------------------------------------------------------------------
def github_alias_ok(alias, canon, topic):
    a = compact(alias)
    c = compact(canon)
    t = compact(topic)
    if len(a) < 3 or not a:
        return False
    if re.fullmatch(r"[a-z]*\d{2,4}", a) and (a.rstrip("0123456789") in (c, t)):
        return False  # version variants: angular2, ada95
    if re.search(r"\b(19|20)\d\d\b", alias):
        return False
    if word_count(alias) > 4:
        return False
    if a == c:
        # "socket io" for Socket.IO and "backbonejs" for Backbone.js, not "deeplearning"
        return " " in alias or " " not in canon
    if a.startswith(c) or a.startswith(t):
        # "angularjs" for Angular, "agile development" for Agile; but not "3d printing" for 3D
        extra = a[len(c):] if a.startswith(c) else a[len(t):]
        return extra in ("js", "lang", "language", "db", "development", "programming", "framework",
                         "io", "sql", "linux", "script", "css", "ql")
    return False


def github_category(row, linguist_prog):
    name = row["display_name"]
    if fold(name) in linguist_prog or fold(row["topic"]) in linguist_prog:
        return "programming_language"
    words = set([row["topic"]] + row["aliases"].split("|") + row["related"].split("|"))
    for cat, hints in GITHUB_CATEGORY_HINTS:
        if words & set(hints):
            return cat
    return "other"


def split_paren(display):
    """'Google Cloud Platform (GCP)' -> ('Google Cloud Platform', ['GCP'])."""
    m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", display)
    if not m:
        return display, []
    a, b = m.group(1).strip(), m.group(2).strip()
    if word_count(b) > MAX_WORDS:
        return a, []
    return a, [b]


# ---------------------------------------------------------------------------------------------
class Index:
    def __init__(self):
        self.by_form = {}   # fold(form) -> [entries] (canonical or alias)

    def add(self, e):
        for f in e.forms() + e.absorb:
            for k in (fold(f), "~" + compact(f)):
                if k == "~" or (k.startswith("~") and len(k) < 4):
                    continue
                lst = self.by_form.setdefault(k, [])
                if e not in lst:
                    lst.append(e)

    def find(self, forms, names=()):
        """The entry a candidate (forms[0] = its canonical, then its aliases) belongs to:
        1. an entry with a form spelled exactly like one of the candidate's forms, preferring
           the candidate's canonical ("Cisco IOS" is not iOS);
        2. an entry with a form equal to the candidate's canonical, ignoring case;
        3. an entry whose canonical equals one of the candidate's aliases, ignoring case."""
        if not forms:
            return None
        for n in names:  # 0. a curated entry that names this source row ('~' in the curated file)
            for e in self.by_form.get(fold(n), []):
                if any(fold(a) == fold(n) for a in e.absorb):
                    return e
        for f in forms:
            for e in self.by_form.get(fold(f), []):
                if f in e.forms() or f in e.absorb:
                    return e
        for e in self.by_form.get(fold(forms[0]), []):
            if "cs" not in e.flags:  # "EPIC" (an O*NET acronym) is not Epic
                return e
        for f in forms[1:]:
            for e in self.by_form.get(fold(f), []):
                if fold(e.canonical) == fold(f) and "cs" not in e.flags:
                    return e
        # 4. same letters, digits, '+' and '#' ("Objective C" = "Objective-C", "T-SQL" = "TSQL")
        c = compact(forms[0])
        if len(c) >= 3:
            for e in self.by_form.get("~" + c, []):
                if "cs" not in e.flags:
                    return e
        return None


def build(src_dir, curated_path, report):
    onet_rows = read_tsv(os.path.join(src_dir, "skills", "onet-29.2-technology-skills.dedup.tsv"))
    gh_rows = read_tsv(os.path.join(src_dir, "skills", "github-explore-topics.tsv"))
    ling_rows = read_tsv(os.path.join(src_dir, "skills", "linguist-languages.tsv"))
    so = {}
    for r in read_tsv(os.path.join(src_dir, "build-only", "stackoverflow-tags-count-ge-1000.tsv")):
        so[r["tag"]] = int(r["question_count"])
    vocab = build_vocab(onet_rows)

    curated, drops, errors = load_curated(curated_path)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    entries = list(curated)
    index = Index()
    for e in entries:
        index.add(e)
    dropped = collections.Counter()

    def merge(canon, aliases, source, category, names, onet=None, weak=(), expansions=()):
        """Add a source candidate. `aliases` and `expansions` (the long form of an O*NET acronym)
        identify it; `weak` aliases are only added to the entry it joins. A curated entry takes
        no expansions ("PMP" is not "Pathogen Modeling Program" there), no source alias at all
        when it is cs, and nothing but popularity from a row it names with '~'."""
        forms = [canon] + list(aliases) + list(expansions)
        if any(fold(f) in drops for f in [canon] + names[:1]):
            dropped["curated DROP"] += 1
            return None
        e = index.find(forms, names)
        absorbed = e is not None and any(fold(a) == fold(n) for a in e.absorb for n in names)
        if e is None:
            # "Adobe ActionScript" joins ActionScript; the github topic "julia" joins Julia
            # (names[0] is the O*NET name, github topic or linguist name)
            for f in list(weak) + [slug_to_words(n) for n in names[:1]]:
                for cand in index.by_form.get(fold(f), []):
                    if cand.canonical == f or (fold(cand.canonical) == fold(f) and "cs" not in cand.flags):
                        e = cand
                        break
                if e is not None:
                    break
        if e is None:
            e = Entry(canon, category, order=len(entries) + 100000)
            entries.append(e)
        if e.category is None:
            e.category = category
        e.sources.add(source)
        add = [canon] + list(aliases) + list(weak)
        if not e.curated:
            add += list(expansions)
        if absorbed or (e.curated and "cs" in e.flags):
            add = []
        for a in add:
            if fold(a) != fold(e.canonical) and not any(fold(a) == fold(x) for x in e.absorb):
                e.add_alias(a)
        e.names.extend(names)
        if onet:
            e.onet_n = max(e.onet_n, onet[0])
            e.onet_hot = e.onet_hot or onet[1]
        index.add(e)
        return e

    # 1. linguist: programming languages only; its aliases are file-type names, not synonyms.
    linguist_prog = set()
    for r in ling_rows:
        if r["type"] != "programming":
            continue
        linguist_prog.add(fold(r["name"]))
        merge(r["name"], [], "linguist", "programming_language", [r["name"]])

    # 2. O*NET
    for r in onet_rows:
        name = r["example"]
        n, aliases, weak, expansions, generic = onet_normalize(name, vocab)
        hot = r["hot_technology"] == "Y"
        nocc = int(r["n_occupations"])
        if generic:
            # still lets a curated entry absorb it ("Spreadsheet software" is no skill, but the
            # curated "CAD" entry takes "Computer aided design CAD software").
            e = index.find([n] + aliases + expansions, [name])
            if e is not None and e.curated:
                merge(n, aliases, "onet", None, [name], (nocc, hot), weak, expansions)
            else:
                dropped["O*NET generic"] += 1
            continue
        cat = COMMODITY_CATEGORY.get(r["commodity_title"], DEFAULT_ONET_CATEGORY)
        merge(n, aliases, "onet", cat, [name], (nocc, hot), weak, expansions)

    # 3. github/explore
    for r in gh_rows:
        display = r["display_name"]
        if display == r["topic"] and "-" in display:
            display = slug_to_words(display)  # "time-management-game" has no display name
        canon, extra = split_paren(clean_form(display))
        aliases = list(extra)
        topic_words = slug_to_words(r["topic"])
        if fold(topic_words) != fold(canon) and github_alias_ok(topic_words, canon, r["topic"]):
            aliases.append(topic_words)
        for a in r["aliases"].split("|"):
            if not a:
                continue
            w = slug_to_words(a)
            if github_alias_ok(w, canon, r["topic"]):
                aliases.append(w)
        names = [r["topic"]] + [a for a in r["aliases"].split("|") if a]
        merge(canon, aliases, "github", github_category(r, linguist_prog), names)

    # ---- popularity
    def so_count(e):
        best = 0
        for f in e.forms() + e.names:
            best = max(best, so.get(so_slug(f), 0), so.get(compact(f), 0))
        return best

    def score(e):
        s = so_count(e)
        so_s = math.log10(s) if s else 0.0
        on_s = (2.0 + 1.5 * math.log10(e.onet_n) + (2.0 if e.onet_hot else 0.0)) if e.onet_n else 0.0
        bonus = 0.3 * (len(e.sources - {"curated"}) - 1) if len(e.sources - {"curated"}) > 1 else 0.0
        return max(so_s, on_s) + 0.25 * min(so_s, on_s) + bonus, s

    # ---- eligibility of source-only entries
    kept, pool = [], []
    for e in entries:
        if e.curated:
            kept.append(e)
            continue
        c = e.canonical
        why = None
        if word_count(c) > MAX_WORDS:
            why = "too long"
        elif len(compact(c)) < 2 and c not in ("C", "R", "D"):
            why = "too short"
        elif is_common(c, vocab):
            why = "common word"
        elif not re.search(r"[A-Za-z]", c):
            why = "no letters"
        if why:
            dropped["source " + why] += 1
            continue
        sc, s = score(e)
        src = e.sources
        ok = False
        if "onet" in src and (e.onet_hot or e.onet_n >= MIN_ONET_OCC or s >= MIN_SO_GITHUB):
            ok = True
        if "linguist" in src and s >= MIN_SO_LINGUIST:
            ok = True
        if "github" in src and s >= MIN_SO_GITHUB and e.category != "other":
            ok = True
        # long O*NET vendor-and-product names ("Texas Medical Software SpringCharts EMR") are
        # rarely written that way in a resume: keep them only when widely listed
        if ok and src == {"onet"} and word_count(c) >= 4 and not e.onet_hot and e.onet_n < 10:
            ok = False
        if not ok:
            dropped["source below popularity floor"] += 1
            continue
        pool.append((sc, e))
    pool.sort(key=lambda t: (-t[0], fold(t[1].canonical)))
    room = max(0, TARGET_ENTRIES - len(kept))
    for sc, e in pool[room:]:
        dropped["source cut by rank"] += 1
    chosen = kept + [e for sc, e in pool[:room]]
    if report:
        with open(report, "w", encoding="utf-8") as f:
            for sc, e in pool:
                f.write("%.2f\t%s\t%s\t%s\t%s\t%s\n" % (sc, "IN" if e in chosen else "cut", e.canonical,
                                                        e.category, "|".join(e.aliases), ",".join(sorted(e.sources))))

    # ---- short upper-case acronyms from the sources ("SAN", "SIP", "DOS", "HDL") are words or
    # names when lower-cased ("San Jose", "sip", "dos"): match them case-sensitively, and add a
    # Title Case spelling of each lower-case expansion so that it still matches.
    for e in chosen:
        if not e.curated and re.fullmatch(r"[A-Z][A-Z0-9]{1,3}", e.canonical):
            e.flags = ["cs"]
            extra = []
            for a in e.aliases:
                t = " ".join(w[:1].upper() + w[1:] if w.islower() and w not in ACR_STOP else w
                             for w in a.split())
                if t != a and a[:1].isupper():  # O*NET writes expansions in sentence case
                    extra.append(t)
            e.aliases += [t for t in extra if t not in e.aliases]

    # ---- alias clean-up
    for e in chosen:
        cs = "cs" in e.flags
        out = []
        seen = {fold(e.canonical)} if not cs else {e.canonical}
        for a in e.aliases:
            k = a if cs else fold(a)
            if k in seen:
                continue
            fa = fold(a)
            if fa in e.removed_aliases:
                continue
            hand = fa in e.curated_forms
            if not hand:
                if (word_count(a) > MAX_WORDS or len(compact(a)) < 3
                        or (word_count(a) == 1 and is_common(a, vocab))):
                    continue
                if any(ch in a for ch in "|\t,;"):
                    continue
            seen.add(k)
            out.append(a)
        e.aliases = out

    # ---- conflicts between forms of different entries
    owners = collections.defaultdict(list)  # fold(form) -> [(entry, is_canonical, is_hand)]
    for e in chosen:
        for i, f in enumerate(e.forms()):
            owners[fold(f)].append((e, i == 0, fold(f) in e.curated_forms))
    fatal = []
    clashes = []
    remove = collections.defaultdict(set)
    drop_entries = set()
    for k in sorted(owners):
        lst = owners[k]
        ents = {id(x[0]) for x in lst}
        if len(ents) < 2:
            continue
        # cs forms only clash with another cs form when spelled identically
        if all("cs" in x[0].flags for x in lst):
            spellings = collections.Counter()
            for x in lst:
                for f in x[0].forms():
                    if fold(f) == k:
                        spellings[f] += 1
            if all(v == 1 for v in spellings.values()):
                continue
        hand = [x for x in lst if x[2]]
        canon = [x for x in lst if x[1]]
        if len({id(x[0]) for x in hand}) > 1:
            fatal.append("curated forms clash: %r in %s" % (k, ", ".join(x[0].canonical for x in hand)))
            continue
        if hand:
            winner = hand[0][0]
        elif len({id(x[0]) for x in canon}) == 1:
            winner = canon[0][0]
        elif len({id(x[0]) for x in canon}) > 1:
            # two source-only entries with the same canonical: keep the more popular one
            best = max((x[0] for x in canon), key=lambda en: (score(en)[0], -en.order))
            for x in canon:
                if x[0] is not best:
                    drop_entries.add(id(x[0]))
            winner = best
        else:
            winner = None  # an alias of two source entries: dropped from both
        clashes.append("%s: kept by %s, dropped from %s" % (
            k, winner.canonical if winner else "nobody",
            ", ".join(sorted({x[0].canonical for x in lst if x[0] is not winner}))))
        for x in lst:
            if x[0] is not winner and not x[1]:
                remove[id(x[0])].add(k)
            elif x[0] is not winner and x[1] and winner is not None and id(x[0]) not in drop_entries:
                # a source entry whose canonical is someone's hand-written alias: drop the entry
                drop_entries.add(id(x[0]))
    if fatal:
        for m in fatal:
            print("ERROR:", m, file=sys.stderr)
        sys.exit(1)
    final = []
    for e in chosen:
        if id(e) in drop_entries:
            dropped["source clash with another entry"] += 1
            continue
        e.aliases = [a for a in e.aliases if fold(a) not in remove[id(e)]]
        final.append(e)
    dropped["form clashes resolved"] = len(clashes)
    if report:
        with open(report, "a", encoding="utf-8") as f:
            f.write("# form clashes\n")
            for c in clashes:
                f.write("clash\t%s\n" % c)
    return final, dropped


# ---------------------------------------------------------------------------------------------
HEADER = """\
# cvparse skills taxonomy. GENERATED by tools/lexicons/build_skills.py from
# tools/lexicons/skills_curated.tsv (hand-written) and open sources; attribution and licences in
# parser/lexicons/SKILLS_NOTICE.md. Do not edit by hand: edit the curated file and re-run the script.
#
# Format: one skill a line, exactly 4 tab-separated columns (3 tabs; empty columns stay empty):
#   canonical<TAB>category<TAB>aliases<TAB>flags
# canonical  the display name, proper case and symbols kept (C++, C#, .NET, Node.js, PyTorch).
# category   one of: programming_language framework_library database cloud_devops tool data_ml
#            ml_research os_platform office_business design_engineering healthcare
#            finance_accounting sales_marketing education_teaching soft_skill methodology other
# aliases    '|'-separated other spellings of the same skill (JavaScript: JS|ECMAScript). Rows without
#            cs list no pure case variants: matching folds case. No form holds '|', ',', ';' or a tab;
#            a form has at most 5 words.
# flags      ','-separated subset of {cs, ctx}, or empty.
#
# The forms of a row are its canonical and its aliases. Flags apply to every form of the row.
#   (none) match anywhere, case-insensitively (Unicode case folding, lexicon/tsv.h FoldCase).
#   cs     case-sensitive: the text must equal one of the row's forms exactly, case included. Given
#          to names whose lower-case spelling is an everyday word, a letter or a name: Go, R, C,
#          Make, Ray, Swift, REST, SOAP, Excel, Word, Access, React, Node.js, iOS, Qt, and to every
#          source-only acronym of 2-4 capitals (SAN is not "San Jose", DOS is not "dos"). Lower-case
#          spellings worth accepting are listed as aliases (Go: golang; Node.js: nodejs).
#   ctx    context-only: accept a match only inside a skills section, inside a skills-like list
#          (comma/slash/bullet/pipe separated items, "Tools:", "Technologies:", "Languages:" ...), or
#          when another skill from this file is adjacent in the same list or phrase. In running prose
#          these words are ambiguous: Go, R, C, Spark, Swift, Rust, Ruby, Julia, Chef, Puppet, Ray,
#          Excel, Word, Access, Oracle, Salesforce, SAP (also employers), Jenkins, Unity, Bootstrap,
#          and every soft skill (Communication, Leadership, Teamwork ...).
# Matching rules a consumer must follow:
#   - Match whole tokens: the text just before and just after a match must be the start/end of
#     the text or a character that is not a letter, digit, '+' or '#', and not a '.' or '-'
#     followed by a letter or digit. So "Java" is not found in "JavaScript", "C" not in "C++",
#     "C#" or "C-suite", "Node" not in "Node.js"; "C." at the end of a sentence still ends a token.
#     Collapse runs of whitespace (and treat a line break inside a list item as a space).
#   - Prefer the longest form at a position ("Apache Spark" over "Spark", "Spring Boot" over
#     "Spring", "Microsoft SQL Server" over "SQL").
#   - Report the canonical of the matched row, never the alias.
# Uniqueness (checked by the build): a form belongs to one row only. Two forms clash when their
# case-folded spellings are equal, except that two cs forms clash only when spelled identically
# (Swift the language and SWIFT the payment network are two cs rows).
"""


def write_tsv(path, final):
    rows = sorted(final, key=lambda e: (fold(e.canonical), e.canonical))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write("#\n# %d entries\n" % len(rows))
        for e in rows:
            f.write("%s\t%s\t%s\t%s\n" % (e.canonical, e.category, "|".join(e.aliases), ",".join(e.flags)))


# ---------------------------------------------------------------------------------------------
def self_check(path):
    """Re-read the written file and validate it. Returns a list of problems."""
    problems = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.endswith("\n"):
                problems.append("%d: no final newline" % ln)
            line = line.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                problems.append("%d: expected 4 tab-separated columns, found %d" % (ln, len(cols)))
                continue
            canon, cat, aliases, flags = cols
            if not canon or canon != canon.strip() or "|" in canon:
                problems.append("%d: bad canonical %r" % (ln, canon))
            if cat not in CATEGORIES:
                problems.append("%d: unknown category %r" % (ln, cat))
            fl = flags.split(",") if flags else []
            if any(x not in FLAGS for x in fl) or len(set(fl)) != len(fl):
                problems.append("%d: bad flags %r" % (ln, flags))
            al = aliases.split("|") if aliases else []
            for a in al:
                if not a or a != a.strip() or "  " in a:
                    problems.append("%d: empty or padded alias in %r" % (ln, aliases))
            for form in [canon] + al:
                if any(ch in form for ch in ",;\t"):
                    problems.append("%d: ',' or ';' in form %r" % (ln, form))
            for form in [canon] + al:
                if word_count(form) > MAX_WORDS:
                    problems.append("%d: form longer than %d words: %r" % (ln, MAX_WORDS, form))
            rows.append((ln, canon, cat, al, fl))
    owners = collections.defaultdict(list)
    for ln, canon, cat, al, fl in rows:
        forms = [canon] + al
        if "cs" not in fl and len({fold(x) for x in forms}) != len(forms):
            problems.append("%d: %s repeats a form (case-insensitively)" % (ln, canon))
        if "cs" in fl and len(set(forms)) != len(forms):
            problems.append("%d: %s repeats a form" % (ln, canon))
        for f in set(forms):
            owners[fold(f)].append((ln, canon, f, "cs" in fl))
    for k, lst in owners.items():
        lines = {x[0] for x in lst}
        if len(lines) < 2:
            continue
        if all(x[3] for x in lst) and len({x[2] for x in lst}) == len(lst):
            continue  # distinct case-sensitive spellings
        problems.append("duplicate form %r: %s" % (k, "; ".join("line %d %s (%s)" % (x[0], x[1], x[2])
                                                                 for x in lst)))
    problems += sanity_problems(rows)
    if not MIN_ENTRIES <= len(rows) <= MAX_ENTRIES:
        problems.append("entry count %d outside %d..%d" % (len(rows), MIN_ENTRIES, MAX_ENTRIES))
    return problems, rows


# Forms that must resolve to these entries (and flags that must be set): a regression guard.
SANITY = [
    ("JS", "JavaScript", ""), ("javascript", "JavaScript", ""), ("Java", "Java", ""),
    ("Pytorch", "PyTorch", ""), ("pytorch", "PyTorch", ""), ("C++", "C++", ""), ("C#", "C#", ""),
    (".NET", ".NET", ""), ("nodejs", "Node.js", ""), ("NodeJS", "Node.js", ""), ("Node", "Node.js", ""),
    ("ROS", "ROS", ""), ("Robot Operating System", "ROS", ""), ("Ray", "Ray", "cs,ctx"),
    ("Matlab", "MATLAB", ""), ("MS Excel", "Microsoft Excel", ""), ("Power BI", "Power BI", ""),
    ("Tableau", "Tableau", ""), ("SQL", "SQL", ""), ("PostgreSQL", "PostgreSQL", ""),
    ("Postgres", "PostgreSQL", ""), ("Kubernetes", "Kubernetes", ""), ("k8s", "Kubernetes", ""),
    ("AWS", "AWS", ""), ("Amazon Web Services", "AWS", ""), ("GCP", "Google Cloud Platform", ""),
    ("Azure", "Microsoft Azure", ""), ("Git", "Git", ""), ("Linux", "Linux", ""), ("Docker", "Docker", ""),
    ("scikit-learn", "scikit-learn", ""), ("sklearn", "scikit-learn", ""), ("TensorFlow", "TensorFlow", ""),
    ("Pandas", "Pandas", ""), ("NumPy", "NumPy", ""), ("Spark", "Apache Spark", "ctx"),
    ("Hadoop", "Hadoop", ""), ("Go", "Go", "cs,ctx"), ("Golang", "Go", "cs,ctx"), ("R", "R", "cs,ctx"),
    ("C", "C", "cs,ctx"), ("ML", "Machine Learning", ""), ("RecSys", "Recommender Systems", ""),
    ("Knowledge Graph", "Knowledge Graphs", ""), ("KG", "Knowledge Graphs", ""),
    ("MS Office", "Microsoft Office", ""), ("Communication", "Communication", "ctx"),
    ("GAAP", "GAAP", ""), ("BLS", "BLS", ""), ("GD&T", "GD&T", ""), ("Salesforce", "Salesforce", ""),
    ("Lesson Planning", "Lesson Planning", ""), ("gRPC", "gRPC", ""), ("Kafka", "Kafka", ""),
]


def resolve(rows, text):
    """Entries a form resolves to under the file's rules (exact for cs rows, folded otherwise)."""
    hits = []
    for ln, canon, cat, al, fl in rows:
        for f in [canon] + al:
            if (f == text) if "cs" in fl else (fold(f) == fold(text)):
                hits.append((canon, ",".join(fl)))
                break
    return hits


def sanity_problems(rows):
    problems = []
    for text, want, flags in SANITY:
        hits = resolve(rows, text)
        if len(hits) != 1 or hits[0][0] != want or (flags and hits[0][1] != flags):
            problems.append("sanity: %r resolves to %r, expected %r%s" % (
                text, hits, want, " [%s]" % flags if flags else ""))
    return problems


def print_stats(rows):
    print("skills.tsv: %d entries" % len(rows))
    per = collections.Counter(r[2] for r in rows)
    for c in CATEGORIES:
        print("  %-22s %5d" % (c, per.get(c, 0)))
    fl = collections.Counter(x for r in rows for x in r[4])
    print("  flags: cs=%d ctx=%d; aliases: %d" % (fl["cs"], fl["ctx"], sum(len(r[3]) for r in rows)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", help="shared/lexicon-sources directory")
    ap.add_argument("--curated", default=DEFAULT_CURATED)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--report", help="write the ranked candidate pool here (for review)")
    ap.add_argument("--check", nargs="?", const=DEFAULT_OUT, metavar="FILE",
                    help="only self-check an existing skills.tsv")
    ap.add_argument("--lookup", nargs="+", metavar="TEXT",
                    help="print what each TEXT resolves to in the existing skills.tsv (--out)")
    args = ap.parse_args()
    if args.lookup:
        _, rows = self_check(args.out)
        for t in args.lookup:
            print("%s\t%s" % (t, resolve(rows, t)))
        return 0
    if args.check:
        problems, rows = self_check(args.check)
    else:
        src = find_sources(args.sources)
        final, dropped = build(src, args.curated, args.report)
        write_tsv(args.out, final)
        for k in sorted(dropped):
            print("  dropped: %-34s %5d" % (k, dropped[k]))
        problems, rows = self_check(args.out)
    print_stats(rows)
    if problems:
        for p in problems[:200]:
            print("SELF-CHECK FAILED:", p, file=sys.stderr)
        print("SELF-CHECK FAILED: %d problem(s)" % len(problems), file=sys.stderr)
        return 1
    print("self-check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
