"""The parts of the FollowTheMoney model Casefile needs, without the `followthemoney` package.

That package pulls in ~300 MB including a network client, so it is used only in tests. This module
knows the schema names, which properties hold references to other entities, which schemata are edges
(and their source/target properties), and which properties hold names worth matching in text.
See `shared/conformance/ftm-core-schemas.md`.
"""

from __future__ import annotations

# Edge schemata: (source property, target property, label read as "source LABEL target").
EDGES: dict[str, tuple[str, str, str]] = {
    "Occupancy": ("holder", "post", "holds"),
    "Membership": ("member", "organization", "belongs to"),
    "Directorship": ("director", "organization", "directs"),
    "Ownership": ("owner", "asset", "owns"),
    "Family": ("person", "relative", "related to"),
    "Associate": ("person", "associate", "associated with"),
    "Employment": ("employee", "employer", "works for"),
    "Representation": ("agent", "client", "represents"),
    "UnknownLink": ("subject", "object", "linked to"),
    "Payment": ("payer", "beneficiary", "paid"),
    "Succession": ("predecessor", "successor", "succeeded by"),
}

NODE_SCHEMATA = frozenset({
    "Person", "Organization", "Company", "PublicBody", "LegalEntity", "Asset", "Address", "Position",
    "Document", "Image", "Note", "Event", "Mention", "Sanction", "Vessel", "Airplane", "Vehicle",
    "RealEstate", "Security", "BankAccount", "CryptoWallet", "Identification", "Passport",
    "Project", "Contract", "ContractAward", "CourtCase", "CourtCaseParty", "Article", "Folder",
    "Package", "Workbook", "Table", "PlainText", "HyperText", "Pages", "Page", "Video", "Audio",
    "Email", "Message", "Call", "EconomicActivity", "License", "Trip", "PublicBody", "Debt",
    "TaxRoll", "Thing", "Interval", "Interest", "Value", "Analyzable",
})

SCHEMATA = NODE_SCHEMATA | frozenset(EDGES)

# Every FtM property of type `entity`, across the schemata above: their values are entity ids.
ENTITY_PROPERTIES = frozenset({
    "holder", "post", "member", "organization", "director", "owner", "asset", "person", "relative",
    "associate", "employee", "employer", "agent", "client", "subject", "object", "payer",
    "beneficiary", "predecessor", "successor", "entity", "addressEntity", "proof", "parent",
    "ancestors", "pictured", "organizer", "involved", "document", "resolved",
})

# Name properties matched in report text. weakAlias is left out on purpose: FtM marks those as too
# ambiguous to match on (e.g. nicknames).
NAME_PROPERTIES = ("name", "alias", "previousName")

# Schemata that never appear in running text by name (they are links between named things).
UNNAMED_SCHEMATA = frozenset(EDGES) | {"Sanction", "Note", "Mention"}


def caption(schema: str, properties: dict[str, list[str]]) -> str | None:
    """The display name FtM would pick: the first name-like property, if there is one."""
    for prop in ("name", "title", "full", "fileName"):
        values = properties.get(prop)
        if values:
            return values[0]
    return None
