"""Merge mention candidates into canonical actors.

Persons: a surname-only mention ("Assad", "Mr Kerry") links to the full name of the article
with that surname ("Bashar al-Assad"). Generic groups: "That activist" links to an earlier
"the activist"; "the source" to "a military source".

The modules, bottom first (each imports only those above it in this list):

    records         _Acc, the fast Mention/Actor constructors, the kinds as constants
    person_ids      a person name's id: the article's full name, a listed person
    legislatures    which country's Congress, Senate or House; a known name's country
    country_owned   organisations the text gives to another country; embassies
    title_owners    the owner of "its director", "the agency's head"; officers' company
    org_aliases     abbreviations, initials, head words, short forms merged into one
    merge           canonicalise: the loop over the candidates and the actors it makes
"""

from explorer.parse.actors.canonical.merge import canonicalise as canonicalise

__all__ = ["canonicalise"]
