"""Words for FollowTheMoney names: schema, property, relation and topic labels, in the interface language.

The names themselves ("Person", "birthDate", "Occupancy") are archive data and the same in every archive;
what a reader sees is a label marked here for translation and translated when shown (the language can
change at run time). A name no table knows is spelt out in English words ("PublicBody" -> "Public body")
rather than hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from archive import EDGES

# The FtM core schemata (shared/conformance/ftm-core-schemas.md): (label, plural for a heading over several).
SCHEMA_LABELS = {
    "Person": (QT_TRANSLATE_NOOP("EntitySchema", "Person"), QT_TRANSLATE_NOOP("EntitySchema", "People")),
    "Organization": (QT_TRANSLATE_NOOP("EntitySchema", "Organization"),
                     QT_TRANSLATE_NOOP("EntitySchema", "Organizations")),
    "Company": (QT_TRANSLATE_NOOP("EntitySchema", "Company"), QT_TRANSLATE_NOOP("EntitySchema", "Companies")),
    "PublicBody": (QT_TRANSLATE_NOOP("EntitySchema", "Public body"),
                   QT_TRANSLATE_NOOP("EntitySchema", "Public bodies")),
    "LegalEntity": (QT_TRANSLATE_NOOP("EntitySchema", "Legal entity"),
                    QT_TRANSLATE_NOOP("EntitySchema", "Legal entities")),
    "Asset": (QT_TRANSLATE_NOOP("EntitySchema", "Asset"), QT_TRANSLATE_NOOP("EntitySchema", "Assets")),
    "Address": (QT_TRANSLATE_NOOP("EntitySchema", "Address"), QT_TRANSLATE_NOOP("EntitySchema", "Addresses")),
    "Position": (QT_TRANSLATE_NOOP("EntitySchema", "Position"), QT_TRANSLATE_NOOP("EntitySchema", "Positions")),
    "Document": (QT_TRANSLATE_NOOP("EntitySchema", "Document"), QT_TRANSLATE_NOOP("EntitySchema", "Documents")),
    "Image": (QT_TRANSLATE_NOOP("EntitySchema", "Image"), QT_TRANSLATE_NOOP("EntitySchema", "Images")),
    "Note": (QT_TRANSLATE_NOOP("EntitySchema", "Note"), QT_TRANSLATE_NOOP("EntitySchema", "Notes")),
    "Event": (QT_TRANSLATE_NOOP("EntitySchema", "Event"), QT_TRANSLATE_NOOP("EntitySchema", "Events")),
    "Mention": (QT_TRANSLATE_NOOP("EntitySchema", "Mention"), QT_TRANSLATE_NOOP("EntitySchema", "Mentions")),
    "Sanction": (QT_TRANSLATE_NOOP("EntitySchema", "Sanction"), QT_TRANSLATE_NOOP("EntitySchema", "Sanctions")),
    "Occupancy": (QT_TRANSLATE_NOOP("EntitySchema", "Occupancy"),
                  QT_TRANSLATE_NOOP("EntitySchema", "Occupancies")),
    "Membership": (QT_TRANSLATE_NOOP("EntitySchema", "Membership"),
                   QT_TRANSLATE_NOOP("EntitySchema", "Memberships")),
    "Directorship": (QT_TRANSLATE_NOOP("EntitySchema", "Directorship"),
                     QT_TRANSLATE_NOOP("EntitySchema", "Directorships")),
    "Ownership": (QT_TRANSLATE_NOOP("EntitySchema", "Ownership"),
                  QT_TRANSLATE_NOOP("EntitySchema", "Ownerships")),
    "Family": (QT_TRANSLATE_NOOP("EntitySchema", "Family"), QT_TRANSLATE_NOOP("EntitySchema", "Family ties")),
    "Associate": (QT_TRANSLATE_NOOP("EntitySchema", "Associate"), QT_TRANSLATE_NOOP("EntitySchema", "Associates")),
    "Employment": (QT_TRANSLATE_NOOP("EntitySchema", "Employment"),
                   QT_TRANSLATE_NOOP("EntitySchema", "Employments")),
    "Representation": (QT_TRANSLATE_NOOP("EntitySchema", "Representation"),
                       QT_TRANSLATE_NOOP("EntitySchema", "Representations")),
    "UnknownLink": (QT_TRANSLATE_NOOP("EntitySchema", "Unknown link"),
                    QT_TRANSLATE_NOOP("EntitySchema", "Unknown links")),
    "Payment": (QT_TRANSLATE_NOOP("EntitySchema", "Payment"), QT_TRANSLATE_NOOP("EntitySchema", "Payments")),
    "Succession": (QT_TRANSLATE_NOOP("EntitySchema", "Succession"),
                   QT_TRANSLATE_NOOP("EntitySchema", "Successions")),
}
# The FtM properties whose values are references, shown as headings over the entities they point to...
PROPERTY_LABELS = {
    "holder": QT_TRANSLATE_NOOP("EntityProperty", "Holder"),
    "post": QT_TRANSLATE_NOOP("EntityProperty", "Post"),
    "member": QT_TRANSLATE_NOOP("EntityProperty", "Member"),
    "organization": QT_TRANSLATE_NOOP("EntityProperty", "Organization"),
    "director": QT_TRANSLATE_NOOP("EntityProperty", "Director"),
    "owner": QT_TRANSLATE_NOOP("EntityProperty", "Owner"),
    "asset": QT_TRANSLATE_NOOP("EntityProperty", "Asset"),
    "person": QT_TRANSLATE_NOOP("EntityProperty", "Person"),
    "relative": QT_TRANSLATE_NOOP("EntityProperty", "Relative"),
    "associate": QT_TRANSLATE_NOOP("EntityProperty", "Associate"),
    "employee": QT_TRANSLATE_NOOP("EntityProperty", "Employee"),
    "employer": QT_TRANSLATE_NOOP("EntityProperty", "Employer"),
    "agent": QT_TRANSLATE_NOOP("EntityProperty", "Agent"),
    "client": QT_TRANSLATE_NOOP("EntityProperty", "Client"),
    "subject": QT_TRANSLATE_NOOP("EntityProperty", "Subject"),
    "object": QT_TRANSLATE_NOOP("EntityProperty", "Object"),
    "payer": QT_TRANSLATE_NOOP("EntityProperty", "Payer"),
    "beneficiary": QT_TRANSLATE_NOOP("EntityProperty", "Beneficiary"),
    "predecessor": QT_TRANSLATE_NOOP("EntityProperty", "Predecessor"),
    "successor": QT_TRANSLATE_NOOP("EntityProperty", "Successor"),
    "entity": QT_TRANSLATE_NOOP("EntityProperty", "Entity"),
    "addressEntity": QT_TRANSLATE_NOOP("EntityProperty", "Address"),
    "proof": QT_TRANSLATE_NOOP("EntityProperty", "Proof"),
    "parent": QT_TRANSLATE_NOOP("EntityProperty", "Parent"),
    "ancestors": QT_TRANSLATE_NOOP("EntityProperty", "Ancestors"),
    "pictured": QT_TRANSLATE_NOOP("EntityProperty", "Pictured"),
    "organizer": QT_TRANSLATE_NOOP("EntityProperty", "Organizer"),
    "involved": QT_TRANSLATE_NOOP("EntityProperty", "Involved"),
    "document": QT_TRANSLATE_NOOP("EntityProperty", "Document"),
    "resolved": QT_TRANSLATE_NOOP("EntityProperty", "Resolved"),
    # ...and those it shows as values.
    "summary": QT_TRANSLATE_NOOP("EntityProperty", "Summary"),
    "description": QT_TRANSLATE_NOOP("EntityProperty", "Description"),
    "notes": QT_TRANSLATE_NOOP("EntityProperty", "Notes"),
    "remarks": QT_TRANSLATE_NOOP("EntityProperty", "Remarks"),
    "topics": QT_TRANSLATE_NOOP("EntityProperty", "Topics"),
    "keywords": QT_TRANSLATE_NOOP("EntityProperty", "Keywords"),
    "country": QT_TRANSLATE_NOOP("EntityProperty", "Country"),
    "address": QT_TRANSLATE_NOOP("EntityProperty", "Address"),
    "full": QT_TRANSLATE_NOOP("EntityProperty", "Full address"),
    "city": QT_TRANSLATE_NOOP("EntityProperty", "City"),
    "region": QT_TRANSLATE_NOOP("EntityProperty", "Region"),
    "subnationalArea": QT_TRANSLATE_NOOP("EntityProperty", "Subnational area"),
    "jurisdiction": QT_TRANSLATE_NOOP("EntityProperty", "Jurisdiction"),
    "nationality": QT_TRANSLATE_NOOP("EntityProperty", "Nationality"),
    "citizenship": QT_TRANSLATE_NOOP("EntityProperty", "Citizenship"),
    "birthDate": QT_TRANSLATE_NOOP("EntityProperty", "Birth date"),
    "birthPlace": QT_TRANSLATE_NOOP("EntityProperty", "Birth place"),
    "deathDate": QT_TRANSLATE_NOOP("EntityProperty", "Death date"),
    "title": QT_TRANSLATE_NOOP("EntityProperty", "Title"),
    "firstName": QT_TRANSLATE_NOOP("EntityProperty", "First name"),
    "lastName": QT_TRANSLATE_NOOP("EntityProperty", "Last name"),
    "gender": QT_TRANSLATE_NOOP("EntityProperty", "Gender"),
    "position": QT_TRANSLATE_NOOP("EntityProperty", "Position"),
    "role": QT_TRANSLATE_NOOP("EntityProperty", "Role"),
    "relationship": QT_TRANSLATE_NOOP("EntityProperty", "Relationship"),
    "status": QT_TRANSLATE_NOOP("EntityProperty", "Status"),
    "sector": QT_TRANSLATE_NOOP("EntityProperty", "Sector"),
    "incorporationDate": QT_TRANSLATE_NOOP("EntityProperty", "Incorporation date"),
    "registrationNumber": QT_TRANSLATE_NOOP("EntityProperty", "Registration number"),
    "idNumber": QT_TRANSLATE_NOOP("EntityProperty", "ID number"),
    "email": QT_TRANSLATE_NOOP("EntityProperty", "Email"),
    "phone": QT_TRANSLATE_NOOP("EntityProperty", "Phone"),
    "website": QT_TRANSLATE_NOOP("EntityProperty", "Website"),
    "sourceUrl": QT_TRANSLATE_NOOP("EntityProperty", "Source URL"),
    "wikidataId": QT_TRANSLATE_NOOP("EntityProperty", "Wikidata id"),
    "pep": QT_TRANSLATE_NOOP("EntityProperty", "PEP"),
    "location": QT_TRANSLATE_NOOP("EntityProperty", "Location"),
    "date": QT_TRANSLATE_NOOP("EntityProperty", "Date"),
    "startDate": QT_TRANSLATE_NOOP("EntityProperty", "Start date"),
    "endDate": QT_TRANSLATE_NOOP("EntityProperty", "End date"),
    "authority": QT_TRANSLATE_NOOP("EntityProperty", "Authority"),
    "program": QT_TRANSLATE_NOOP("EntityProperty", "Program"),
    "provisions": QT_TRANSLATE_NOOP("EntityProperty", "Provisions"),
    "reason": QT_TRANSLATE_NOOP("EntityProperty", "Reason"),
    "listingDate": QT_TRANSLATE_NOOP("EntityProperty", "Listing date"),
    "publisher": QT_TRANSLATE_NOOP("EntityProperty", "Publisher"),
}
# Headings for the edges (archive.ftm.EDGES): seen from the source, what it does ("Holds"); seen from the
# target, who is at the source ("Holders").
EDGE_LABELS = {
    "Occupancy": (QT_TRANSLATE_NOOP("EntityRelation", "Holds"), QT_TRANSLATE_NOOP("EntityRelation", "Holders")),
    "Membership": (QT_TRANSLATE_NOOP("EntityRelation", "Belongs to"),
                   QT_TRANSLATE_NOOP("EntityRelation", "Members")),
    "Directorship": (QT_TRANSLATE_NOOP("EntityRelation", "Directs"),
                     QT_TRANSLATE_NOOP("EntityRelation", "Directors")),
    "Ownership": (QT_TRANSLATE_NOOP("EntityRelation", "Owns"), QT_TRANSLATE_NOOP("EntityRelation", "Owners")),
    "Family": (QT_TRANSLATE_NOOP("EntityRelation", "Related to"), QT_TRANSLATE_NOOP("EntityRelation", "Relatives")),
    "Associate": (QT_TRANSLATE_NOOP("EntityRelation", "Associated with"),
                  QT_TRANSLATE_NOOP("EntityRelation", "Associates")),
    "Employment": (QT_TRANSLATE_NOOP("EntityRelation", "Works for"),
                   QT_TRANSLATE_NOOP("EntityRelation", "Employees")),
    "Representation": (QT_TRANSLATE_NOOP("EntityRelation", "Represents"),
                       QT_TRANSLATE_NOOP("EntityRelation", "Agents")),
    "UnknownLink": (QT_TRANSLATE_NOOP("EntityRelation", "Linked to"),
                    QT_TRANSLATE_NOOP("EntityRelation", "Linked with")),
    "Payment": (QT_TRANSLATE_NOOP("EntityRelation", "Paid"), QT_TRANSLATE_NOOP("EntityRelation", "Payers")),
    "Succession": (QT_TRANSLATE_NOOP("EntityRelation", "Succeeded by"),
                   QT_TRANSLATE_NOOP("EntityRelation", "Predecessors")),
}
TOPICS = {
    "role.pep": QT_TRANSLATE_NOOP("EntityTopic", "Politically exposed person"),
    "role.rca": QT_TRANSLATE_NOOP("EntityTopic", "Close associate"),
    "sanction": QT_TRANSLATE_NOOP("EntityTopic", "Sanctioned"),
    "sanction.counter": QT_TRANSLATE_NOOP("EntityTopic", "Counter-sanctioned"),
    "crime": QT_TRANSLATE_NOOP("EntityTopic", "Crime"),
    "poi": QT_TRANSLATE_NOOP("EntityTopic", "Person of interest"),
}


# FtM properties whose values are ISO country or language codes (FtM types "country" and "language").
COUNTRY_PROPERTIES = frozenset({"country", "nationality", "citizenship", "jurisdiction", "mainCountry",
                                "birthCountry", "deathCountry"})
LANGUAGE_PROPERTIES = frozenset({"language", "languages"})
_NAMED_LANGUAGES = (QLocale.Language.Chinese, QLocale.Language.Uyghur)  # the interface's other languages


def readable(name: str) -> str:
    """An FtM property or schema name as a label: "birthDate" → "Birth date", translated when known."""
    if name in SCHEMA_LABELS:
        return QCoreApplication.translate("EntitySchema", SCHEMA_LABELS[name][0])
    if name in PROPERTY_LABELS:
        return QCoreApplication.translate("EntityProperty", PROPERTY_LABELS[name])
    return _words(name)


def property_value(prop: str, value: str) -> str:
    """A property's value as a reader reads it: a country code ("cn") or language code ("ug") as its
    name; anything else (and a code Qt does not know) as it is."""
    if prop in COUNTRY_PROPERTIES:
        territory = QLocale.codeToTerritory(value)
        if territory != QLocale.Country.AnyTerritory:
            return _in_interface_language(QLocale(_interface_language(), territory), territory=territory) \
                or QLocale.territoryToString(territory)
    if prop in LANGUAGE_PROPERTIES:
        language = QLocale.codeToLanguage(value)
        if language != QLocale.Language.AnyLanguage:
            return _in_interface_language(QLocale(language)) or QLocale.languageToString(language)
    return value


def _interface_language() -> QLocale.Language:
    # English shows the desktop's locale for numbers (i18n.apply_language), but its names stay English.
    language = QLocale().language()
    return language if language in _NAMED_LANGUAGES else QLocale.Language.English


def _in_interface_language(locale: QLocale, territory: QLocale.Country | None = None) -> str:
    """The name Qt knows in the interface language itself: a territory where that language is spoken
    (中国 for cn in Chinese), or the interface's own language; "" otherwise, the English name is then shown."""
    if locale.language() != _interface_language() or _interface_language() == QLocale.Language.English:
        return ""
    if territory is None:
        return locale.nativeLanguageName()
    return locale.nativeTerritoryName() if locale.territory() == territory else ""


def topic_label(topic: str) -> str:
    """An FtM topic ("role.pep") as words, translated when known; an unknown topic as it is."""
    return QCoreApplication.translate("EntityTopic", TOPICS[topic]) if topic in TOPICS else topic


def schema_group(schema: str) -> str:
    """The heading over entities of `schema`: "Sanction" → "Sanctions"."""
    if schema in SCHEMA_LABELS:
        return QCoreApplication.translate("EntitySchema", SCHEMA_LABELS[schema][1])
    return _plural(_words(schema))


def edge_group(schema: str, from_source: bool) -> str:
    """The heading over an edge's far ends, seen from its source ("Holds") or its target ("Holders")."""
    if schema in EDGE_LABELS:
        return QCoreApplication.translate("EntityRelation", EDGE_LABELS[schema][0 if from_source else 1])
    source, _target, label = EDGES[schema]
    return label.capitalize() if from_source else _plural(_words(source))


def _words(name: str) -> str:
    """A name no table knows, spelt out in English: "PublicBody" → "Public body"."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).split()
    return " ".join([words[0].capitalize(), *(w.lower() for w in words[1:])]) if words else name


def _plural(label: str) -> str:
    if label.endswith("y") and label[-2:-1] not in "aeiou":
        return label[:-1] + "ies"
    return label + ("es" if label.endswith(("s", "x")) else "s")
