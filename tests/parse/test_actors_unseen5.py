"""Regression tests on six more invented articles in styles the earlier unseen sets lack
(tests/fixtures/actors_unseen5: a Westminster vote on an asylum bill with shadow ministers and
a Downing Street spokesperson, a U.S. federal fraud trial with prosecutors, a judge and a
defense attorney, an EU Digital Markets Act fine with company executives and ministers, a
disputed Malawian presidential result with electoral commission and observer missions, an
AFP-style Syrian truce story with ministers, a UN envoy, "a military source" and "the
activist", and a German car-parts merger met by IG Metall warning strikes). They pin only
what the parser already gets right and a reader would notice: key actors with roles and
affiliations, short forms and abbreviations merged into one actor, quote and statement
speakers. Known defects on these articles are listed in the QA report, not asserted here."""

from __future__ import annotations

from pathlib import Path

from article_checks import (
    actor_table_tests,
    fixture_actors,
    fixture_article,
)

from explorer.model import ActorKind, Article

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen5"
P, C, ORG, G = ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.ORGANISATION, ActorKind.GROUP


def article(name: str) -> Article:
    return fixture_article(UNSEEN, name)


run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "westminster_asylum": {
        "Priya Maddox": (P, None, "home secretary"),
        "Anthony Greaves": (P, None, None),
        "Rachel Okafor-Whitby": (P, "Labour", "shadow chancellor"),
        "Daniel Ashcombe": (P, None, "shadow home secretary"),
        "Hugh Pemberton": (P, None, "chancellor of the exchequer"),
        "Calum Macrae": (P, "Scottish National Party", "leader"),
        "Nadia Brennan-Soyinka": (P, "Refugee Council", "chief executive"),
        "Nigel Farage": (P, "Reform UK", "leader"),
        "Reform UK": (ORG, "United Kingdom", None),
        "Lindsay Hoyle": (P, None, None),
        "Home Office": (ORG, None, None),
        "Scottish National Party": (ORG, None, None),
        "Refugee Council": (ORG, None, None),
        "UNHCR": (ORG, "United Nations", None),
        "Office for Budget Responsibility": (ORG, None, None),
        "Treasury Committee": (ORG, None, None),
        "International Organization for Migration": (ORG, "United Nations", None),
        "BBC": (ORG, None, None),
        "United Kingdom": (C, None, None),
        "France": (C, None, None),
        "rebels": (G, None, None),
        "MPs": (G, None, None),  # "Thirty-one Conservative MPs" ... "MPs voted"
        "Julia Thornbury": (P, None, "MP"),  # "the Conservative MP Julia Thornbury"
    },
    "boston_fraud_trial": {
        "Marcus Delaney Hull": (P, None, None),
        "Kathleen Moreno": (P, None, None),
        "Robert Sandoval": (P, None, "defense attorney"),
        "Eleanor Fitzgerald": (P, None, "judge"),
        "Aisha Trent": (P, None, None),
        "Vikram Sethi": (P, None, "chief scientist"),
        "Jennifer Lowell": (P, "Veridex Diagnostics", "former chief financial officer"),
        "Andrew Castellano": (P, None, None),
        "Rebecca Adair": (P, None, "former prosecutor"),
        "Veridex Diagnostics": (ORG, None, None),
        "Securities and Exchange Commission": (ORG, "United States", None),
        "Food and Drug Administration": (ORG, "United States", None),
        "Boston University School of Law": (ORG, None, None),
        "Helmholt AG": (ORG, None, None),
        "Associated Press": (ORG, None, None),
        "United States": (C, None, None),
        "Singapore": (C, None, None),
        "prosecutors": (G, None, None),
    },
    "brussels_appstore": {
        "European Commission": (ORG, "European Union", None),
        "European Union": (ORG, None, None),
        "Orbitron Inc": (ORG, None, None),
        "Samuel Achterberg": (P, "Orbitron Inc", "chief legal officer"),
        "Margit Lindahl": (P, "European Commission", "executive vice-president"),
        "Horacio Vidal": (P, "Spotify", "head"),
        "Camille Arnaud": (P, "France", "digital minister"),
        "Darren Colfax": (P, None, "chief executive"),
        "Lotte Vermeulen": (P, "European Consumer Organisation", "director-general"),
        "Gregory Marsh": (P, "United States", "commerce secretary"),
        "Katharina Voss": (P, "Germany", "economy minister"),
        "Leonard Pike": (P, "Orbitron Inc", "chief executive"),
        "Elise Vandenbroucke": (P, None, "lawyer"),
        "Donald Trump": (P, "United States", "president"),
        "General Court": (ORG, None, None),
        "Spotify": (ORG, None, None),
        "Matchbox": (ORG, None, None),
        "Coalition for App Fairness": (ORG, None, None),
        "European Consumer Organisation": (ORG, None, None),
        "Morgan Stanley": (ORG, None, None),
        "Handelsblatt": (ORG, None, None),
        "European Parliament": (ORG, "European Union", None),
        "United States": (C, None, None),
        "Germany": (C, None, None),
    },
    "malawi_results": {
        "Chikondi Banda": (P, None, "president"),
        "Lazarus Phiri": (P, None, "former finance minister"),
        "Grace Mhango": (P, None, None),
        "Chisomo Nyirenda": (P, None, None),
        "Peter Kalaya": (P, None, "spokesman"),
        "Saara Nangolo": (P, "Namibia", "former prime minister"),
        "Musonda Kapwepwe": (P, "Zambia", None),
        "Gift Chimwaza": (P, "Malawi Human Rights Defenders Coalition", "chairperson"),
        "Boniface Kalua": (P, "University of Malawi", "political scientist"),
        "Peter Mutharika": (P, None, None),
        "Lazarus Chakwera": (P, None, None),
        "Malawi Electoral Commission": (ORG, "Malawi", None),
        "Constitutional Court": (ORG, "Malawi", None),
        "Democratic Progressive Party": (ORG, None, None),
        "African Union": (ORG, None, None),
        "Southern African Development Community": (ORG, None, None),
        "Malawi Human Rights Defenders Coalition": (ORG, "Malawi", None),
        "University of Malawi": (ORG, "Malawi", None),
        "International Monetary Fund": (ORG, None, None),
        "Supreme Court": (ORG, "Kenya", None),
        "Malawi Congress Party": (ORG, "Malawi", None),  # not the Indian one
        "Malawi": (C, None, None),
        "Kenya": (C, None, None),
    },
    "syria_truce": {
        "Tishrin Dam": (ActorKind.PLACE, None, None),
        "Rami Abdel Rahman": (P, "Syrian Observatory for Human Rights", "head"),
        "Marco Rubio": (P, "United States", "secretary of state"),
        "Hakan Fidan": (P, "Turkey", "foreign minister"),
        "Asaad al-Shaibani": (P, "Syria", "foreign minister"),
        "Geir Pedersen": (P, "United Nations", "envoy"),
        "Donald Trump": (P, "United States", "president"),
        "Recep Tayyip Erdoğan": (P, "Turkey", "president"),
        "Mazloum Abdi": (P, "Syrian Democratic Forces", "commander-in-chief"),
        "Siamand Kobani": (P, "Syrian Democratic Forces", "commander"),
        "Bashar al-Assad": (P, "Syria", "president"),
        "Ahmad Hussein": (P, None, None),
        "Syrian Observatory for Human Rights": (ORG, None, None),
        "Syrian Democratic Forces": (ORG, None, None),
        "Syrian National Army": (ORG, "Syria", None),
        "Kurdistan Workers' Party": (ORG, None, None),
        "UN Security Council": (ORG, "United Nations", None),
        "OCHA": (ORG, "United Nations", None),
        "White House": (ORG, "United States", None),
        "US Central Command": (ORG, "United States", None),
        "Agence France-Presse": (ORG, None, None),
        "Syria": (C, None, None),
        "Turkey": (C, None, None),
        "United States": (C, None, None),
        "the activist": (G, None, None),
        "a military source": (G, None, None),
    },
    "kessler_merger_strike": {
        "Andreas Lindner": (P, "Kessler Automotive", "chief executive"),
        "Barbara Resch": (P, "IG Metall", None),  # "The union's district leader, NAME,"
        "Stefan Krämer": (P, None, None),
        "Claudia Werner": (P, "Baumann Werke", "chief executive"),
        "Markus Heller": (P, "Metzler Equities", "analyst"),
        "Katherina Reiche": (P, None, "economy minister"),
        "Markus Söder": (P, None, None),
        "Christiane Benner": (P, "IG Metall", "chairwoman"),
        "Kessler Baumann SE": (ORG, None, None),
        "IG Metall": (ORG, None, None),  # "the IG Metall union"
        "Kessler Automotive": (ORG, None, None),
        "Baumann Werke": (ORG, None, None),
        "Deutsche Bank": (ORG, None, None),
        "Metzler Equities": (ORG, None, None),
        "European Commission": (ORG, "European Union", None),
        "Federal Cartel Office": (ORG, "Germany", None),
        "Greyfield Capital": (ORG, None, None),
        "Volkswagen": (ORG, None, None),
        "Reuters": (ORG, None, None),
        "Germany": (C, None, None),
        "China": (C, None, None),
        "United States": (C, None, None),
    },
}

# name -> [(surface, actor id)]: every mention with this surface links to that actor.
MERGES: dict[str, list[tuple[str, str]]] = {
    "westminster_asylum": [
        ("Maddox", "Priya Maddox"),
        ("Okafor-Whitby", "Rachel Okafor-Whitby"),  # hyphenated surname
        ("SNP", "Scottish National Party"),
        ("British", "United Kingdom"),
        ("Britain", "United Kingdom"),
    ],
    "boston_fraud_trial": [
        ("Marcus Delaney Hull", "Marcus Delaney Hull"),  # not his father, Thomas Hull
        ("Thomas Hull", "Thomas Hull"),
        ("Moreno", "Kathleen Moreno"),
        ("Sandoval", "Robert Sandoval"),
        ("Fitzgerald", "Eleanor Fitzgerald"),
        ("Trent", "Aisha Trent"),
        ("Sethi", "Vikram Sethi"),
        ("Lowell", "Jennifer Lowell"),
        ("Veridex", "Veridex Diagnostics"),
        ("FDA", "Food and Drug Administration"),
        ("AP", "Associated Press"),
        ("U.S.", "United States"),
    ],
    "brussels_appstore": [
        ("Orbitron", "Orbitron Inc"),
        ("Commission", "European Commission"),
        ("Lindahl", "Margit Lindahl"),
        ("Achterberg", "Samuel Achterberg"),
        ("Voss", "Katharina Voss"),
        ("BEUC", "European Consumer Organisation"),
        ("EU", "European Union"),
        ("LSEG", "London Stock Exchange Group"),
        ("American", "United States"),
    ],
    "malawi_results": [
        ("Banda", "Chikondi Banda"),
        ("Phiri", "Lazarus Phiri"),
        ("Mhango", "Grace Mhango"),
        ("Nyirenda", "Chisomo Nyirenda"),
        ("MCP", "Malawi Congress Party"),
        ("SADC", "Southern African Development Community"),
        ("Namibian", "Namibia"),
        ("Zambian", "Zambia"),
    ],
    "syria_truce": [
        ("SDF", "Syrian Democratic Forces"),
        ("Observatory", "Syrian Observatory for Human Rights"),
        ("PKK", "Kurdistan Workers' Party"),
        ("Pedersen", "Geir Pedersen"),
        ("Erdogan", "Recep Tayyip Erdoğan"),  # accents do not matter
        ("Abdi", "Mazloum Abdi"),
        ("Trump", "Donald Trump"),
        ("Syrians", "Syria"),
        ("Turkish", "Turkey"),
        ("AFP", "Agence France-Presse"),
    ],
    "kessler_merger_strike": [
        ("Lindner", "Andreas Lindner"),
        ("Werner", "Claudia Werner"),
        ("Resch", "Barbara Resch"),
        ("Benner", "Christiane Benner"),
        ("Baumann", "Baumann Werke"),
        ("Kessler", "Kessler Automotive"),
        ("German", "Germany"),
    ],
}

# name -> [(start of the quote text, speaker id)]
QUOTES: dict[str, list[tuple[str, str]]] = {
    "westminster_asylum": [
        ('"The British people', "Priya Maddox"),  # "…," she said
        ('"This bill ends', "Priya Maddox"),  # the quote goes on after "she said"
        ('"no appetite', "Anthony Greaves"),  # "Sir Anthony said"
        ('"We are legislating', "Anthony Greaves"),
        ('"There will be the usual', "Downing Street"),  # "the spokesperson said:" (its own)
        ('"The Chancellor cannot', "Rachel Okafor-Whitby"),
        ('"This is a government', "Daniel Ashcombe"),
        ('"a cruel and costly', "Calum Macrae"),  # NAME called the bill "…"
        ('"lock up children', "Refugee Council"),  # ORG, a charity …, said
        ('"Every expert', "Nadia Brennan-Soyinka"),
        ('"deeply concerned"', "UNHCR"),  # The United Nations refugee agency, UNHCR, said
        ('"not go nearly far enough"', "Nigel Farage"),  # "He told reporters"
    ],
    "boston_fraud_trial": [
        ('"This case is about lies', "Kathleen Moreno"),
        ('"secretly run', "Kathleen Moreno"),  # "She told the jury"
        ('"Marcus did not invent', "Robert Sandoval"),  # a quote of two sentences
        ('"The government has made a deal', "Robert Sandoval"),
        ('"a referendum on Silicon Valley', "Eleanor Fitzgerald"),
        ('"He told me to stop', "Aisha Trent"),
        ('"everybody in the building', "Aisha Trent"),  # "She said"
        ('"no start-up', "Andrew Castellano"),
        ('"the most honest person', "Thomas Hull"),
        ('"Cooperating witnesses', "Rebecca Adair"),  # "said NAME, a former … who …"
        ('"Juries often see them', "Rebecca Adair"),
    ],
    "brussels_appstore": [
        ('"Gatekeepers must play', "Margit Lindahl"),
        ('"For three years', "Margit Lindahl"),
        ('"an unprecedented attack', "Orbitron Inc"),  # ORG said …, calling the decision "…"
        ('"The Commission is punishing', "Samuel Achterberg"),
        ('"We will comply', "Samuel Achterberg"),
        ('"Today the Commission', "Horacio Vidal"),
        ('"a good day', "Darren Colfax"),  # NAME wrote on X that …
        ('"Consumers have already paid', "Lotte Vermeulen"),
        ('"We want to see', "Lotte Vermeulen"),
        ('"not stand by', "Gregory Marsh"),
        ('"We apply the law', "Margit Lindahl"),  # "she said", after "Lindahl dismissed"
        ('"European rules apply', "Katharina Voss"),
        ('"a victory for European', "Camille Arnaud"),
        ('"The General Court has never', "Elise Vandenbroucke"),
    ],
    "malawi_results": [
        ("“The commission has done", "Grace Mhango"),
        ("“Any candidate", "Grace Mhango"),
        ("“cooked in the dark.”", "Lazarus Phiri"),
        ("“tippex", "Lazarus Phiri"),  # "He said"
        ("“We will not accept", "Lazarus Phiri"),
        ("“We are going to court", "Lazarus Phiri"),
        ("“This election is behind us", "Chikondi Banda"),
        ("“in the interest of the truth.”", "Gift Chimwaza"),  # Its chairperson, NAME, said
        ("“He has a mandate", "Boniface Kalua"),
        ("“Whatever the court decides", "Boniface Kalua"),
    ],
    "syria_truce": [
        ("“The shelling did not stop", "Rami Abdel Rahman"),
        ("“The truce exists", "Rami Abdel Rahman"),
        ("“supports every effort", "Hakan Fidan"),
        ("“We respected the agreement", "Siamand Kobani"),  # "he said" after his statement
        ("“We are only responding,”", "a military source"),  # "the source said"
        ("“ready to take over", "Asaad al-Shaibani"),
        ("“alarmed”", "Geir Pedersen"),
        ("“The dam is not a military target", "Geir Pedersen"),
        ("“committed to de-escalation”", "Mazloum Abdi"),
        ("“neutralised”", "Turkish Defence Ministry"),  # Turkey’s defence ministry said
        ("“We fill bottles", "Ahmad Hussein"),
    ],
    "kessler_merger_strike": [
        ('"This is the right deal', "Andreas Lindner"),
        ('"from the newspaper', "Barbara Resch"),
        ('"Nobody sat down with us', "Barbara Resch"),
        ('"If they want a fight', "Barbara Resch"),  # quote of its own after "Resch told"
        ('"We have lost money', "Claudia Werner"),
        ('"ambitious but credible"', "Deutsche Bank analysts"),
        ('"The logic is sound', "Markus Heller"),
        ('"keep their promises', "Katherina Reiche"),
        ('"finally unlocks the value"', "Greyfield Capital"),
        ('"A merger paid for', "Christiane Benner"),
    ],
}

# name -> [(first words of the sentence, speaker ids of its attributions, in order)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "westminster_asylum": [
        ("Opening the debate, Maddox told", ["Priya Maddox"]),
        ("Its chief executive, Nadia", ["Nadia Brennan-Soyinka"]),
        ("The vote came hours after", ["Office for Budget Responsibility"]),
        ("Government sources said", ["government sources"]),
        ("Eleven people have died", ["International Organization for Migration"]),
        ("The Chancellor of the Exchequer, Hugh", ["Hugh Pemberton"]),
        ("A Downing Street spokesperson said", ["Downing Street"]),
    ],
    "boston_fraud_trial": [
        ("U.S. District Judge Eleanor", ["Eleanor Fitzgerald"]),
        ("Legal experts said", ["experts"]),
        ("An FDA spokesperson said", ["Food and Drug Administration"]),
        ("Judge Fitzgerald told jurors", ["Eleanor Fitzgerald"]),
        ("Defense attorney Robert Sandoval countered", ["Robert Sandoval"]),
        ("The government's first witness", ["Aisha Trent"]),  # "a ... manager named X"
    ],
    "brussels_appstore": [
        ("Orbitron said it would appeal", ["Orbitron Inc"]),
        ("Spotify welcomed the fine", ["Spotify"]),
        ("The European Consumer Organisation, BEUC, said", ["European Consumer Organisation"]),
        ("Germany's economy minister, Katharina", ["Katharina Voss"]),
        ("The Commission said on Wednesday", ["European Commission"]),
        ("Achterberg met Lindahl", ["people familiar with the matter"]),
    ],
    "malawi_results": [
        ("Turnout was 69%", ["Malawi Electoral Commission"]),  # "the commission said"
        ("The MCP’s secretary general", ["Chisomo Nyirenda"]),
        ("A police spokesman, Peter", ["Peter Kalaya"]),
        ("Observers from the Southern", ["observers"]),
        ("Analysts said Banda", ["analysts"]),
        ("The African Union’s election observer", ["African Union"]),
        ("The head of the SADC mission", ["Musonda Kapwepwe"]),
        ("A civil society group", ["Malawi Human Rights Defenders Coalition"]),
    ],
    "syria_truce": [
        ("BEIRUT (AFP) - A US-brokered", ["a monitor"]),  # not the dam of the headline
        ("At least 11 fighters", ["Syrian Observatory for Human Rights"]),
        ("The activist said", ["the activist"]),
        ("Turkish Foreign Minister Hakan", ["Hakan Fidan"]),
        ("The United Nations special envoy", ["Geir Pedersen"]),
        ("The UN’s humanitarian office, OCHA", ["OCHA"]),
        ("The White House said", ["White House"]),
        ("Turkey’s defence ministry said", ["Turkish Defence Ministry"]),
        ("A diplomat in Damascus said", ["a diplomat"]),
        ("An SDF commander, Siamand", ["Siamand Kobani"]),  # a town's name as his surname
        ("In Qamishli, SDF commander-in-chief", ["Syrian Democratic Forces"]),  # "a statement from"
    ],
    "kessler_merger_strike": [
        ("IG Metall said about", ["IG Metall"]),
        ("Baumann's works council chief", ["Stefan Krämer"]),
        ("Werner, who will become", ["Claudia Werner"]),
        ("Germany's Federal Cartel Office", ["Federal Cartel Office"]),
        ("Lindner said he expected", ["Andreas Lindner"]),
        ("IG Metall's chairwoman, Christiane", ["Christiane Benner"]),
        ("The German government, which", ["Germany"]),  # a government is its country
        ("The union has called further", ["IG Metall"]),  # "the IG Metall union"
        ("Baumann's biggest investor", ["Greyfield Capital"]),
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


def test_laws_and_treaties_are_no_actors() -> None:
    ids = {a.id for a in run("westminster_asylum")[1].actors}
    assert not ids & {"Border Security", "Refugee Convention", "European Convention"}
    assert "Human Rights" not in ids


def test_no_junk_actors() -> None:
    """Adjectives, pronouns, a title's words and a place before a title name nobody; a
    party, an association and a law firm are organisations."""
    kinds = {a.id: a.kind for name in NAMES for a in run(name)[1].actors if a.kind is not G}
    junk = {"European", "Nobody", "Protection Units", "Turkish-backed", "Exchequer"}
    assert not junk & kinds.keys()
    # "In Qamishli, SDF commander-in-chief NAME met": a place at most, no actor.
    assert kinds.get("Qamishli") in (None, ActorKind.PLACE)
    assert "Kessler" not in kinds
    for org in ("Labour", "Liberal Democrats", "Reform UK", "VDA", "Cleary Gottlieb"):
        assert kinds[org] is ORG, org
    assert kinds["People’s Protection Units"] is ORG
