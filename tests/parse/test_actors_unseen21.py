"""Regression tests on four invented wire stories from beats the earlier sets lack
(tests/fixtures/actors_unseen21: a Reuters story on a Mexican president's morning press
conference, with her security and defence ministers, the U.S. ambassador, Morena, the PAN,
a search collective and the central bank; a Reuters story on a South African coalition
row, with the ANC, the DA, the EFF, the MK party, "the party's spokesperson" and "Pretoria
said"; a Reuters story on a South Korean Constitutional Court upholding an impeachment,
with the Democratic Party, the People Power Party, the Assembly's speaker and the acting
president; a Reuters story on a WHO briefing on a Lassa fever outbreak, with the
director-general, the NCDC, MSF, Africa CDC and health ministers). They pin only what the
parser gets right and a reader would notice: key actors with roles and affiliations, short
forms merged into one actor, quote and statement speakers. Known defects on these articles
are listed in FINDINGS.md there, not asserted here; what round 21 fixed there is pinned
too."""

from __future__ import annotations

from pathlib import Path

from article_checks import ORG, C, L, P, actor_table_tests, fixture_actors

from explorer.model import ActorKind

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "actors_unseen21"

run = fixture_actors(UNSEEN)


# name -> {actor id: (kind, affiliation or None to skip the check, role or None)}
ACTORS: dict[str, dict[str, tuple[ActorKind, str | None, str | None]]] = {
    "mexico_morning_briefing": {
        "Claudia Sheinbaum-Pardo": (P, "Mexico", "president"),
        "Omar Garcia-Harfuch": (P, None, "security minister"),
        "Ricardo Trevilla-Trejo": (P, None, "defence minister"),
        "Ronald Johnson-Hale": (P, "United States", "ambassador"),
        "Jorge Romero-Herrera": (P, "National Action Party", "leader"),
        "National Action Party": (ORG, None, None),
        "Ernestina Godoy-Ramos": (P, None, "attorney general"),
        "Attorney General's Office": (ORG, "Mexico", None),
        "Bank of Mexico": (ORG, "Mexico", None),
        "Victoria Rodriguez-Ceja": (P, "Bank of Mexico", "governor"),
        "Sinaloa Cartel": (ORG, None, None),
        "Jalisco New Generation Cartel": (ORG, None, None),
        "State Department": (ORG, "United States", None),
        "Ceci Flores-Arce": (P, "Every Mother's Voice", "founder"),
        "Every Mother's Voice": (ORG, None, None),
        "Morena": (ORG, "Mexico", None),
        "Luisa Alcalde-Lujan": (P, "Morena", "president"),
        "Maria Lopez-Soto": (P, None, "shopkeeper"),
        "Ruben Rocha-Moya": (P, None, "governor"),
        "Mexico": (C, None, None),
        "United States": (C, None, None),
        "Sinaloa": (L, None, None),
        "Culiacan": (L, None, None),
    },
    "pretoria_coalition_row": {
        "Democratic Alliance": (ORG, None, None),
        "African National Congress": (ORG, None, None),
        "Economic Freedom Fighters": (ORG, None, None),
        "John Steenhuisen-Botha": (P, "Democratic Alliance", "leader"),
        "Fikile Mbalula-Nkosi": (P, "African National Congress", "secretary-general"),
        "Enoch Godongwana-Mthembu": (P, None, "finance minister"),
        "Julius Malema-Shivambu": (P, "Economic Freedom Fighters", "leader"),
        "Nhlamulo Ndhlela-Zwane": (P, "MK", "spokesman"),
        "Razia Khan-Pillay": (P, "Standard Chartered", "chief economist"),
        "Helen Zille-Venter": (P, "Democratic Alliance", "chairperson"),
        "Susan Booysen-Naidoo": (P, None, "analyst"),
        "Karabo Khakhau-Molefe": (P, "Democratic Alliance", "spokesperson"),
        "Department of International Relations and Cooperation": (ORG, None, None),
        "Government of National Unity": (ORG, None, None),
        "Business Unity South Africa": (ORG, None, None),
        "Khulekani Mathe-Ngubane": (P, "Business Unity South Africa", "chief executive"),
        "South Africa": (C, None, None),
        "Cape Town": (L, None, None),
        "Soweto": (L, None, None),
    },
    "seoul_court_impeachment": {
        "Constitutional Court": (ORG, "South Korea", None),
        "Yoon Seok-man": (P, None, "president"),
        "Moon Hyung-seok": (P, None, "acting chief justice"),
        "Democratic Party": (ORG, None, None),
        "People Power Party": (ORG, None, None),
        "Lee Jae-hoon": (P, "Democratic Party", "leader"),
        "Kwon Seong-min": (P, "People Power Party", "floor leader"),
        "Shin Dong-wook": (P, "People Power Party", "spokesman"),
        "Han Min-soo": (P, "Democratic Party", "spokeswoman"),
        "Woo Won-jae": (P, "National Assembly", "speaker"),
        "Han Duck-jin": (P, None, None),
        "Park Sang-hyun": (P, "Hana Securities", "economist"),
        "Yoshimasa Hayashi-Mori": (P, "Japan", "chief cabinet secretary"),
        "National Election Commission": (ORG, None, None),
        "Seoul Central District Court": (ORG, None, None),
        "State Department": (ORG, "United States", None),
        "Korean Central News Agency": (ORG, "North Korea", None),
        "South Korea": (C, None, None),
        "Seoul": (L, None, None),
    },
    "who_lassa_briefing": {
        "World Health Organization": (ORG, None, None),
        "Tedros Adhanom-Gebre": (P, "World Health Organization", "director-general"),
        "Maria Van Kerkhove-Lind": (P, "World Health Organization", "director"),
        "Nigeria Centre for Disease Control and Prevention": (ORG, "Nigeria", None),
        "Jide Idris-Bello": (
            P,
            "Nigeria Centre for Disease Control and Prevention",
            "director-general",
        ),
        "Muhammad Ali Pate-Usman": (P, "Nigeria", "health minister"),
        "Doctors Without Borders": (ORG, None, None),
        "Hassan Issa-Maikano": (P, "Doctors Without Borders", "emergency coordinator"),
        "Jean Kaseya-Mbuyi": (P, "Africa CDC", "director-general"),
        "Kwabena Mintah Akandoh-Asare": (P, "Ghana", "health minister"),
        "Coalition for Epidemic Preparedness Innovations": (ORG, None, None),
        "Oyewale Tomori-Adeyemi": (P, None, "virologist"),
        "Centers for Disease Control and Prevention": (ORG, "United States", None),
        "European Centre for Disease Prevention and Control": (ORG, None, None),
        "Blessing Akinola-Ojo": (P, None, "nurse"),
        "Grace Akinola-Ojo": (P, None, None),
        "Nigeria": (C, None, None),
        "Geneva": (L, None, None),
        "Owo": (L, None, None),
    },
}

# name -> [(surface, actor id it must link to, every time)]
MERGES: dict[str, list[tuple[str, str]]] = {
    "mexico_morning_briefing": [
        ("Sheinbaum-Pardo", "Claudia Sheinbaum-Pardo"),
        ("Banxico", "Bank of Mexico"),
        ("PAN", "National Action Party"),
        ("FGR", "Attorney General's Office"),
        ("CJNG", "Jalisco New Generation Cartel"),
        ("Mexican", "Mexico"),
        ("Romero-Herrera", "Jorge Romero-Herrera"),
        ("The collective", "Every Mother's Voice"),
    ],
    "pretoria_coalition_row": [
        ("ANC", "African National Congress"),
        ("DA", "Democratic Alliance"),
        ("EFF", "Economic Freedom Fighters"),
        ("Ramaphosa-Dlamini", "Cyril Ramaphosa-Dlamini"),
        ("Steenhuisen-Botha", "John Steenhuisen-Botha"),
        ("Zille-Venter", "Helen Zille-Venter"),
        ("Pretoria", "South Africa"),
        ("GNU", "Government of National Unity"),
        ("BUSA", "Business Unity South Africa"),
    ],
    "seoul_court_impeachment": [
        ("PPP", "People Power Party"),
        ("Kwon", "Kwon Seong-min"),
        ("Lee", "Lee Jae-hoon"),
        ("KCNA", "Korean Central News Agency"),
        ("The court", "Constitutional Court"),
    ],
    "who_lassa_briefing": [
        ("WHO", "World Health Organization"),
        ("Tedros", "Tedros Adhanom-Gebre"),
        ("NCDC", "Nigeria Centre for Disease Control and Prevention"),
        ("MSF", "Doctors Without Borders"),
        ("Medecins Sans Frontieres", "Doctors Without Borders"),
        ("CEPI", "Coalition for Epidemic Preparedness Innovations"),
        ("The charity", "Doctors Without Borders"),
    ],
}

# name -> [(start of a quote, its speaker or None)]
QUOTES: dict[str, list[tuple[str, str | None]]] = {
    "mexico_morning_briefing": [
        ('"on our terms"', "Claudia Sheinbaum-Pardo"),
        ('"We coordinate', "Claudia Sheinbaum-Pardo"),
        ('"Sovereignty is not', "Claudia Sheinbaum-Pardo"),
        ('"They thought they could hide', "Omar Garcia-Harfuch"),
        ('"These are real results', "Ronald Johnson-Hale"),
        ('"But fentanyl', "Ronald Johnson-Hale"),
        ('"without reservation"', "Luisa Alcalde-Lujan"),
        ('"The president talks', "Jorge Romero-Herrera"),
        ('"We do the work', "Ceci Flores-Arce"),
        ('"We have more bodies', "Ernestina Godoy-Ramos"),
        ('"Every tariff threat', "David Saucedo-Villa"),
        ('"Sheinbaum-Pardo has to show', "David Saucedo-Villa"),
        ('"the trade and security agenda"', "Victoria Rodriguez-Ceja"),
        ('"I have not sent', "Maria Lopez-Soto"),
        ('"Normal is when', "Maria Lopez-Soto"),
        ('"We will stay as long', "Ricardo Trevilla-Trejo"),
        ('"Those who sell the chemicals', "Luisa Alcalde-Lujan"),
    ],
    "pretoria_coalition_row": [
        ('"We did not join', "John Steenhuisen-Botha"),
        ('"If the ANC wants', "John Steenhuisen-Botha"),
        ('"The Government of National Unity was built', "Cyril Ramaphosa-Dlamini"),
        ('"No party gets', "Cyril Ramaphosa-Dlamini"),
        ('"The DA behaves', "Fikile Mbalula-Nkosi"),
        ('"There is no painless', "Enoch Godongwana-Mthembu"),
        ('"a marriage of convenience', "Julius Malema-Shivambu"),
        ('"Markets priced the GNU', "Razia Khan-Pillay"),
        ('"a key factor"', "Moody's Investors Service"),
        ('"set the economy back years"', "Khulekani Mathe-Ngubane"),
        ('"We have swallowed', "Helen Zille-Venter"),
        ('"Both parties are bluffing', "Susan Booysen-Naidoo"),
        ('"The ANC cannot govern', "Susan Booysen-Naidoo"),
        ('"on track"', "Department of International Relations and Cooperation"),
    ],
    "seoul_court_impeachment": [
        ('"The respondent mobilised', "Moon Hyung-seok"),
        ('"The benefits of removing', "Moon Hyung-seok"),
        ('"I will always pray', "Yoon Seok-man"),
        ('"The court was captured', "Choi Min-jae"),
        ('"Today the people have won.', "Lee Jae-hoon"),
        ('"with a heavy heart"', "People Power Party"),
        ('"We failed to stop', "Kwon Seong-min"),
        ('"The Assembly will do', "Woo Won-jae"),
        ('"The government will manage', "Han Duck-jin"),
        ('"democratic process"', "State Department"),
        ('"Markets hate uncertainty', "Park Sang-hyun"),
        ('"Accountability does not end', "Han Min-soo"),
    ],
    "who_lassa_briefing": [
        ('"This is not a normal season.', "Tedros Adhanom-Gebre"),
        ('"We are calling on partners', "Tedros Adhanom-Gebre"),
        ('"Early treatment', "Maria Van Kerkhove-Lind"),
        ('"We have the capacity', "Jide Idris-Bello"),
        ('"We are turning people away', "Hassan Issa-Maikano"),
        ('"cannot afford another Ebola"', "Jean Kaseya-Mbuyi"),
        ('"Every year we say', "Oyewale Tomori-Adeyemi"),
        ('"very low"', "European Centre for Disease Prevention and Control"),
        ('"When you stop funding', "Oyewale Tomori-Adeyemi"),
        ('"She kept working', "Blessing Akinola-Ojo"),
    ],
}

# name -> [(start of a sentence, its first speakers)]
SPEAKERS: dict[str, list[tuple[str, list[str]]]] = {
    "mexico_morning_briefing": [
        ('"We coordinate', ["Claudia Sheinbaum-Pardo"]),
        ("She said security forces", ["Claudia Sheinbaum-Pardo"]),
        ("The State Department said", ["State Department"]),
        ("The official said no decision", ["a U.S. official"]),
        ("Its leader, Jorge", ["Jorge Romero-Herrera"]),
        ("Mexico's central bank said", ["Bank of Mexico"]),
        ("Mexico's Attorney General's Office", ["Attorney General's Office"]),
        ("The minister said the army", ["Omar Garcia-Harfuch"]),
        ("The party's president said", ["Luisa Alcalde-Lujan"]),
        ("Every Mother's Voice, a collective", ["Every Mother's Voice"]),
        ("The collective said", ["Every Mother's Voice"]),
    ],
    "pretoria_coalition_row": [
        ("DA leader John", ["John Steenhuisen-Botha"]),
        ("The president said he would meet", ["Cyril Ramaphosa-Dlamini"]),
        ("The ANC said in a statement", ["African National Congress"]),
        ("The alternative is cuts", ["Enoch Godongwana-Mthembu"]),
        ("The Economic Freedom Fighters (EFF)", ["Economic Freedom Fighters"]),
        ("Its spokesman, Nhlamulo", ["Nhlamulo Ndhlela-Zwane"]),
        ("Pretoria said the rift", ["South Africa"]),
        ("Business Unity South Africa (BUSA)", ["Business Unity South Africa"]),
    ],
    "seoul_court_impeachment": [
        ("The court said its decision", ["Constitutional Court"]),
        ("Yoon, a former prosecutor", ["Yoon Seok-man"]),
        ("The main opposition Democratic Party", ["Democratic Party"]),
        ("The party's spokesman, Shin", ["Shin Dong-wook"]),
        ("Acting President Han", ["Han Duck-jin"]),
        ("The National Election Commission said", ["National Election Commission"]),
        ("The Seoul Metropolitan Police Agency", ["Seoul Metropolitan Police Agency"]),
    ],
    "who_lassa_briefing": [
        ("GENEVA/ABUJA", ["World Health Organization"]),
        ("In Abuja, the Nigeria Centre", ["Nigeria Centre for Disease Control and Prevention"]),
        ("The medical charity", ["Doctors Without Borders"]),
        ("The WHO said its next update", ["World Health Organization"]),
        ("The minister said rodent", ["Muhammad Ali Pate-Usman"]),
        ("The virologist said", ["Oyewale Tomori-Adeyemi"]),
        ("The charity said", ["Doctors Without Borders"]),
        ("A spokesperson for the European", ["European Centre for Disease Prevention and Control"]),
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


def test_the_state_governor_is_no_central_banks() -> None:
    _, r = run("mexico_morning_briefing")
    (governor,) = [a for a in r.actors if a.id == "Ruben Rocha-Moya"]
    assert governor.affiliation is None
