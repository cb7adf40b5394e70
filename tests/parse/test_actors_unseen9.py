"""Regression tests on six invented wire stories from regions and beats the earlier sets
lack (tests/fixtures/actors_unseen9: a Reuters story on Brazil's lower house voting to open
indigenous land to mining, with Portuguese names and particles; a Yonhap story on a South
Korea-China-Japan summit, with family names written first; a UK inquest into a teenager's
death after an ambulance went to the wrong address; a Reuters story on UN agencies halving
rations for Sudanese refugees in Chad; a Bloomberg story on a strike at a South African
steelmaker; an AP obituary of an Irish singer). They pin only what the parser gets right and
a reader would notice: key actors with roles and affiliations, short forms merged into one
actor, quote and statement speakers. Known defects on these articles are listed in
FINDINGS.md there, not asserted here."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, G, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen9"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "brazil_mining_bill": {
        "Brazil": (C, None, None),
        "Brasília": (L, None, None),  # "BRASILIA (Reuters) -": the capital, without accents
        "Antônio Carlos dos Reis": (P, None, "president"),
        # "Chamber of Deputies Speaker Arthur Lima dos Santos": one person, no place Lima
        "Arthur Lima dos Santos": (P, None, "speaker"),
        # "Indigenous Peoples Minister X": no person "Indigenous Peoples"
        "Raquel Tupinambá da Silva": (P, None, "indigenous peoples minister"),
        "Paulo Henrique de Oliveira": (P, None, "spokesman"),
        "João Paulo de Andrade Neto": (P, None, "energy minister"),
        "Flávio da Costa Neves": (P, None, "senator"),
        "Júlio Xirixana Yanomami": (P, "Hutukara Yanomami Association", "vice president"),
        "Rodrigo Alves Vaz": (P, "Ibama", "president"),  # "Ibama president X"
        "Carlos Eduardo Freitas": (P, "Eurasia Group", "head of political risk"),
        # "the Senate", "Congress" in a story from Brasília: Brazil's, not the US ones
        "Senate of Brazil": (ORG, "Brazil", None),
        "Congress of Brazil": (ORG, "Brazil", None),
        "Supreme Federal Tribunal": (ORG, None, None),
        "Workers' Party": (ORG, None, None),
        "Social Democratic Party": (ORG, None, None),
        "Vale": (ORG, None, None),
        "Ibama": (ORG, None, None),
        "Funai": (ORG, None, None),
        "analysts": (G, None, None),
        "Boa Vista": (L, None, None),
        "Sao Paulo": (L, None, None),
    },
    "trilateral_summit": {
        "South Korea": (C, None, None),
        "China": (C, None, None),
        "Japan": (C, None, None),
        "North Korea": (C, None, None),
        "Lee Jae-sung": (P, "South Korea", "president"),
        "Wang Jianhua": (P, "China", "premier"),
        "Shigeru Ishida": (P, "Japan", "prime minister"),
        "Hiroshi Matsuda": (P, None, "chief cabinet secretary"),
        "Guo Xiaomei": (P, "Foreign Ministry", "spokeswoman"),
        "Foreign Ministry": (ORG, "China", None),
        "Korean Central News Agency": (ORG, "North Korea", None),
        "Park Min-ho": (P, "Korea Institute for International Economic Policy", "economist"),
        # "Keidanren, Japan's largest business lobby, said": an organisation
        "Keidanren": (ORG, None, None),
        "Hiroaki Tanabe": (P, "Keidanren", "chairman"),  # "Its chairman, X,"
        "Xinhua": (ORG, "China", None),
        "Samsung Electronics": (ORG, None, None),
        "economists": (G, None, None),
        "Seoul": (L, None, None),
        "Tokyo": (L, None, None),
    },
    "inquest_ambulance": {
        "Amelia Grace Whitworth": (P, None, None),
        # "Opening the inquest at Stockport Coroner's Court": no person "Stockport Coroner"
        "Stockport Coroner's Court": (ORG, None, None),
        "Stockport": (L, None, None),
        "Catherine Pelling": (P, None, "senior coroner"),  # "Senior Coroner X"
        "Jonathan Ashby": (P, None, "KC"),  # "Jonathan Ashby KC, representing the family,"
        "Helen Morgan-Price": (P, None, "KC"),
        "Sean Docherty": (P, None, "paramedic"),  # "Paramedic X told the inquest"
        "Daniel Hughes": (P, None, "police constable"),  # "PC X said"
        "Priya Nair": (P, "Manchester Royal Infirmary", "consultant cardiologist"),
        "North West Ambulance Service": (ORG, None, None),
        "Gareth Llewellyn": (P, "North West Ambulance Service", "director"),
        "Joanne Whitworth": (P, None, None),
        "Rebecca Hollins": (P, None, "MP"),  # "X, the MP for Stockport,"
        "Independent Office for Police Conduct": (ORG, None, None),
        "Greater Manchester Police": (ORG, None, None),
        "High Court": (ORG, None, None),
        "Stepping Hill Hospital": (ORG, None, None),
        "Mersey Square": (L, None, None),
        "Department of Health and Social Care": (ORG, None, None),  # not "Social Care"
    },
    "chad_refugees_un": {
        "Chad": (C, None, None),
        "Sudan": (C, None, None),
        "United Nations": (ORG, None, None),
        "World Food Programme": (ORG, "United Nations", None),
        "UNHCR": (ORG, "United Nations", None),
        "OCHA": (ORG, "United Nations", None),
        "UNICEF": (ORG, "United Nations", None),
        "Amira Haddad-Fofana": (P, "World Food Programme", "spokesperson"),
        "Jean-Pierre Mbaye": (P, "UNHCR", "representative"),
        "Doctors Without Borders": (ORG, None, None),
        # "Dr Halima Oumar, MSF’s medical coordinator in Chad,"
        "Halima Oumar": (P, "Doctors Without Borders", "coordinator"),
        "Limane Mahamat Adoum": (P, "Chad", "minister"),
        "Martin Okonjo": (P, None, "under-secretary-general"),
        "Rapid Support Forces": (ORG, None, None),
        "State Department": (ORG, "United States", None),
        "European Commission": (ORG, "European Union", None),
        "aid workers": (G, None, None),
        "Geneva": (L, None, None),
        "El Fasher": (L, None, None),
        "N'Djamena": (L, None, None),
    },
    "steel_strike": {
        "South Africa": (C, None, None),
        "National Union of Metalworkers of South Africa": (ORG, "South Africa", None),
        "Kestrel Steel": (ORG, None, None),
        "Sizwe Mokoena": (
            P,
            "National Union of Metalworkers of South Africa",
            "general secretary",
        ),
        # "The union's deputy general secretary, Thandeka Dlamini,"
        "Thandeka Dlamini": (
            P,
            "National Union of Metalworkers of South Africa",
            "deputy general secretary",
        ),
        "Pieter van der Merwe": (P, None, "chief executive"),
        "Solidarity": (ORG, None, None),
        "Johan Kruger-Botha": (P, None, "spokesman"),
        "Mavela Masondo-Nkosi": (P, None, "spokesman"),
        "Nomvula Ntuli-Khoza": (P, None, "labour minister"),
        "Thabo Radebe-Mokoka": (
            P,
            "National Association of Automobile Manufacturers of South Africa",
            "chief executive",
        ),
        # "Lerato Sithole, a mining and metals analyst at Anchor Capital"
        "Lerato Sithole": (P, "Anchor Capital", "analyst"),
        "Anchor Capital": (ORG, None, None),
        "Commission for Conciliation, Mediation and Arbitration": (ORG, None, None),
        "a shop steward at the plant": (G, None, "shop steward"),
        "police": (G, None, None),
        "analysts": (G, None, None),
        "Johannesburg": (L, None, None),
        "Vanderbijlpark": (L, None, None),
    },
    "singer_obituary": {
        "Ciarán Ó Dálaigh": (P, None, "singer"),  # "X, the singer and songwriter whose"
        "Dee Carroway": (P, None, "manager"),  # "his manager, Dee Carroway, said"
        "Fergal Moran": (P, None, "guitarist"),  # "two school friends, guitarist X and"
        "Niamh Keating": (P, None, "bassist"),
        # "the London label Rough Trade", "the independent label Small Hours", "the band
        # Kodaline": organisations, no persons
        "Rough Trade": (ORG, None, None),
        "Small Hours": (ORG, None, None),
        "Kodaline": (ORG, None, None),
        "Máire Ní Bhriain": (P, "Ireland", "president"),
        "Declan Furlong": (P, None, "taoiseach"),  # "Taoiseach Declan Furlong said"
        "Sinéad Walsh": (P, None, None),
        "Irish Times": (ORG, "Ireland", None),
        "Galway International Arts Festival": (ORG, None, None),
        "Ireland": (C, None, None),
        "Dublin": (L, None, None),
        "Galway": (L, None, None),
        "County Mayo": (L, None, None),
    },
}

# name -> [(surface, actor id)]: every mention with this surface links to that actor.
MERGES: dict[str, list[tuple[str, str]]] = {
    "brazil_mining_bill": [
        ("Dos Reis", "Antônio Carlos dos Reis"),  # "Dos Reis, a former metalworker,"
        ("Reis", "Antônio Carlos dos Reis"),  # "the pressure on dos Reis"
        ("Lima dos Santos", "Arthur Lima dos Santos"),
        ("Andrade", "João Paulo de Andrade Neto"),  # "de Andrade said"
        ("STF", "Supreme Federal Tribunal"),
        ("PT", "Workers' Party"),
        ("PSD", "Social Democratic Party"),
        ("Senate", "Senate of Brazil"),
        ("Congress", "Congress of Brazil"),
    ],
    "trilateral_summit": [
        ("Lee", "Lee Jae-sung"),  # also "Lee's approval rating rose" opening a sentence
        ("Wang", "Wang Jianhua"),  # also "Wang is due to travel"
        ("Ishida", "Shigeru Ishida"),
        ("KCNA", "Korean Central News Agency"),
    ],
    "inquest_ambulance": [
        ("Ashby", "Jonathan Ashby"),
        ("NWAS", "North West Ambulance Service"),
        ("IOPC", "Independent Office for Police Conduct"),
        ("Amelia", "Amelia Grace Whitworth"),
    ],
    "chad_refugees_un": [
        ("WFP", "World Food Programme"),
        ("MSF", "Doctors Without Borders"),
        ("RSF", "Rapid Support Forces"),
        ("Haddad-Fofana", "Amira Haddad-Fofana"),
        # (its other "the agency", "The WFP said ... the agency's spokesperson", is the WFP:
        # a test of its own in test_actors_s20.py's agency rule)
        ("UNHCR", "UNHCR"),
    ],
    "steel_strike": [
        ("Numsa", "National Union of Metalworkers of South Africa"),
        ("Mokoena", "Sizwe Mokoena"),
        ("Van der Merwe", "Pieter van der Merwe"),
        ("Kestrel", "Kestrel Steel"),
        ("The company", "Kestrel Steel"),
        ("CCMA", "Commission for Conciliation, Mediation and Arbitration"),
    ],
    "singer_obituary": [
        ("Ó Dálaigh", "Ciarán Ó Dálaigh"),
        ("Moran", "Fergal Moran"),
        ("Keating", "Niamh Keating"),
        ("Carroway", "Dee Carroway"),
        ("AP", "Associated Press"),
    ],
}

# name -> [(start of the quote text, speaker id)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "brazil_mining_bill": [
        ('"leave its riches buried', "Arthur Lima dos Santos"),
        ('"This is not about destroying', "Arthur Lima dos Santos"),  # "Lima dos Santos told"
        ('"a historic betrayal"', "Raquel Tupinambá da Silva"),
        ('"They want to legalize', "Raquel Tupinambá da Silva"),  # "she said"
        ('"examine the text with care"', "Paulo Henrique de Oliveira"),
        ('"Nobody in this government', "João Paulo de Andrade Neto"),
        ('"The message to the world', "Suely Marques Bastos"),
        ('"The Senate is a different animal,"', "Carlos Eduardo Freitas"),
        ('"They come back every week,"', "Júlio Xirixana Yanomami"),
        ('"working at the limit."', "Rodrigo Alves Vaz"),
        ('"There is no hurry,"', "Flávio da Costa Neves"),
    ],
    "trilateral_summit": [
        ('"We have turned a page,"', "Lee Jae-sung"),
        ('"ready to work with Korea', "Wang Jianhua"),  # "Premier Wang said"
        ('"The abduction issue', "Shigeru Ishida"),
        # "A senior South Korean official, speaking on condition of anonymity, said" ...
        # ""...," the official said."
        ('"That was the hardest paragraph,"', "a senior South Korean official"),
        ('"Dialogue itself has meaning,"', "Hiroshi Matsuda"),  # "the Chief Cabinet Secretary"
        ('"reached broad consensus,"', "Guo Xiaomei"),
        ('"dangerous farce"', "Korean Central News Agency"),
        ('"a dead word"', "Ri Chol-ho"),
        ('"A trilateral FTA', "Park Min-ho"),
        ('"accelerate cooperation', "Keidanren"),
    ],
    "inquest_ambulance": [
        ('"failings in the ambulance response"', "Catherine Pelling"),
        ('"We worked on her', "Sean Docherty"),  # a quote over two sentences, "he said"
        ('"On the balance of probabilities', "Priya Nair"),
        ('"She should have come home', "Joanne Whitworth"),
        ('"accepts the failings"', "Helen Morgan-Price"),
        ('"has already changed the rules"', "Rebecca Hollins"),
        ('"a matter of national concern."', "Hargreaves"),
    ],
    "chad_refugees_un": [
        ("“We are being forced", "Amira Haddad-Fofana"),
        ("“Every morning there are", "Jean-Pierre Mbaye"),
        # "He said the agency had registered 58 ... children ... “Some of them ...”"
        ("“Some of them do not know", "Jean-Pierre Mbaye"),
        ("“lifesaving assistance”", "State Department"),
        ("“In our feeding centre", "Halima Oumar"),
        ("“share the burden.”", "Chad"),
        ("“Our own people in the east", "Limane Mahamat Adoum"),
        ("“The next three months", "Amira Haddad-Fofana"),  # "Haddad-Fofana said"
    ],
    "steel_strike": [
        ('"Our members have been patient', "Sizwe Mokoena"),
        ('"protected"', "Thandeka Dlamini"),
        ('"done everything possible"', "Kestrel Steel"),
        ('"The business is simply not', "Pieter van der Merwe"),
        ('"fair increase."', "Solidarity"),
        ('"When you bus in people', "Sizwe Mokoena"),
        ('"A long strike in steel', "Nomvula Ntuli-Khoza"),
        ('"Kestrel has almost no cash buffer,"', "Lerato Sithole"),
        # "A shop steward at the plant, who asked not to be named ..., said ... "My son is
        # at university. I pay for him with loans," he said.": not the analyst's
        ('"My son is at university.', "a shop steward at the plant"),
    ],
    "singer_obituary": [
        ('"Ciarán faced this', "Dee Carroway"),
        ('"He had the voice', "Fergal Moran"),
        ("\"He'd be up at six", "Niamh Keating"),
        ('"His songs were about emigration', "Máire Ní Bhriain"),
        ('"Every Window was the soundtrack', "Declan Furlong"),
        ('"one of the great voices', "Rough Trade"),
        ('"Leonard had better suits,"', "Ciarán Ó Dálaigh"),
        ("\"It's what he would have wanted.", "Dee Carroway"),
        # album and song titles in quotes are nobody's
        ('"The Long Field,"', None),
        ('"Every Window"', None),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "brazil_mining_bill": [
        ("Chamber of Deputies Speaker", ["Arthur Lima dos Santos"]),
        ("Indigenous Peoples Minister", ["Raquel Tupinambá da Silva"]),
        ("A presidential spokesman", ["Paulo Henrique de Oliveira"]),
        ("Mining company Vale", ["Vale"]),
        ("Analysts said", ["analysts"]),
        ("Ibama president", ["Rodrigo Alves Vaz"]),
    ],
    "trilateral_summit": [
        ("Ishida, who took office", ["Shigeru Ishida"]),
        ("A senior South Korean official", ["a senior South Korean official"]),
        ("In Tokyo, Chief Cabinet Secretary", ["Hiroshi Matsuda"]),
        ("China's Foreign Ministry", ["Guo Xiaomei"]),
        ("Keidanren, Japan's", ["Keidanren"]),
        ("Economists said", ["economists"]),
    ],
    "inquest_ambulance": [
        ("Opening the inquest", ["Catherine Pelling"]),
        ("Paramedic Sean Docherty", ["Sean Docherty"]),
        ("Dr Priya Nair", ["Priya Nair"]),
        ("Mr Ashby told the court", ["Jonathan Ashby"]),
        ("PC Daniel Hughes said", ["Daniel Hughes"]),
        ("Counsel for the trust", ["Helen Morgan-Price"]),
        ("A spokesperson for the Department", ["Department of Health and Social Care"]),
    ],
    "chad_refugees_un": [
        ("The World Food Programme (WFP) said", ["World Food Programme"]),
        ("The U.N. refugee agency UNHCR", ["UNHCR"]),
        ("An OCHA spokesperson", ["OCHA"]),
        ("A State Department spokesperson", ["State Department"]),
        ("UNICEF said", ["UNICEF"]),
        ("A spokesperson for the European Commission", ["European Commission"]),
    ],
    "steel_strike": [
        ("Kestrel Steel said in a company statement", ["Kestrel Steel"]),
        ("The company said it would keep", ["Kestrel Steel"]),
        ("Police said they had arrested", ["police"]),
        ("A shop steward at the plant", ["a shop steward at the plant"]),
        ("Numsa condemned", ["National Union of Metalworkers of South Africa"]),
    ],
    "singer_obituary": [
        ("Ó Dálaigh died on Saturday", ["Dee Carroway"]),
        ("Irish President", ["Máire Ní Bhriain"]),
        ("Taoiseach Declan Furlong", ["Declan Furlong"]),
        ("Rough Trade said", ["Rough Trade"]),
        ("Carroway said", ["Dee Carroway"]),
    ],
}

NAMES = sorted(ACTORS)


(
    test_all_articles_listed,
    test_key_actors,
    test_merges,
    test_quote_speakers,
    test_sentence_speakers,
) = actor_table_tests(UNSEEN, run, ACTORS, MERGES, QUOTES, SPEAKERS)


def test_no_junk_actors() -> None:
    """Titles read as words of a name ("Senior Coroner X", "PC X", "X KC", "Taoiseach X"),
    a name split at a place's word ("Arthur" + "Lima" + "Santos"), a second person of a
    capitalised particle ("Dos Reis") or of a family name opening a sentence ("Lee"), a
    court read as a person ("Stockport Coroner"), a constituency as an MP, an album's title
    and the US chambers in a Brazilian story name nobody."""
    ids = {a.id for name in NAMES for a in run(name)[1].actors}
    junk = {
        "Senior Coroner Catherine Pelling",
        "Paramedic Sean Docherty",
        "PC Daniel Hughes",
        "Jonathan Ashby KC",
        "Helen Morgan-Price KC",
        "Taoiseach Declan Furlong",
        "Arthur",
        "Lima",
        "Santos",
        "Dos Reis",
        "Lee",
        "Wang",
        "Stockport Coroner",
        "Long Field",
        "US Senate",
        "US Congress",
        "Peru",
        "Indigenous Peoples",
        "Social Care",
        "Commission for Conciliation",
    }
    assert not junk & ids
    kinds = {a.id: a.kind for name in NAMES for a in run(name)[1].actors}
    assert kinds["Stockport"] is L  # not merged into a person with the role MP
    assert kinds["Rough Trade"] is ORG  # not a person
