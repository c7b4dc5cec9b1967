"""Put a box of boilerplate (several lines: a related list, a caption and its credit, a
newsletter form, an advert slot, an embedded post, a share bar, an author box, a most-read
list, a table...) between two paragraphs of clean articles; count what is lost, and which
rule's blocks took it.

Usage::

    python benchmarks/boxes.py [--only FAMILY_OR_VARIANT ...] [--bodies DIR] [--json OUT]

``insertion.py`` puts one line before every paragraph; this puts each box of
:data:`BOXES` (22 families, English and six other languages, written for this benchmark)
before every paragraph of the test bodies (``tests/fixtures/bodies``), once in the article
alone and once above a copyright footer (a whole page). A paragraph counts as lost as in
``insertion.py``. The table gives per box the insertions, those that lost a paragraph, the
paragraphs and words lost, and the insertions where a line of the box was kept; then the
lost paragraphs by the code of the block that took them. ``--json`` writes every losing
insertion with its lost paragraphs' codes and reasons. The whole run cleans about 42,000
pages (a few minutes); ``--only related`` runs one family.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(_ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsclean  # noqa: E402
from insertion import FOOTER, lost, read_bodies  # noqa: E402

H3 = ["Storm hits the coast as thousands lose power",
      "Council approves new budget after long debate",
      "Police name man who died in motorway crash"]
H5 = [*H3, "Why house prices are falling again", "Five things we learned from the election"]

# box family -> variant name -> lines
BOXES: dict[str, dict[str, list[str]]] = {
    "related": {
        "related-articles": ["Related Articles", *H3],
        "related": ["Related", *H3],
        "related-caps": ["RELATED STORIES", *H3],
        "you-may-also-like": ["You may also like", *H3],
        "related-coverage-colon": ["Related coverage:", *H3],
    },
    "read-more": {
        "read-more-colon": ["Read more:", H3[0]],
        "read-more-caps": ["READ MORE", H3[0]],
        "read-more-title": ["Read More", "Why the council's budget plan is in trouble"],
        "read-more-two": ["Read more:", H3[0], H3[1]],
        "also-read": ["ALSO READ", H3[1]],
    },
    "caption-credit": {
        "photo-slash": ["The mayor speaks at a news conference in the city on Tuesday.",
                        "Photo: Jane Doe/Reuters"],
        "photo-inline": ["Firefighters work at the scene on Monday. (Photo: Jane Doe/AP)"],
        "bare-credit": ["Residents queue for water outside the town hall.",
                        "Jane Doe/Reuters"],
        "image-caption-source": ["Image caption, Residents queue for water on Monday",
                                 "Image source, Getty Images"],
        "credit-first": ["Photo: Jane Doe/Reuters",
                         "The mayor speaks at a news conference in the city on Tuesday."],
    },
    "caption-nocredit": {
        "caption-sentence": ["The mayor speaks at a news conference in the city on Tuesday."],
        "caption-fragment": ["Firefighters at the scene of the blaze"],
        "caption-two": ["Firefighters at the scene of the blaze",
                        "The fire started in a kitchen, officials said."],
    },
    "pull-quote": {
        "quote-curly": ["“We will not give up on this town.”"],
        "quote-attrib": ["“It was the worst storm I have seen in 40 years.”",
                         "— Jane Doe, resident"],
        "quote-plain": ["\"This is a turning point for the whole region\""],
        "quote-dash-same-line": ["“We will rebuild.” — Mayor Jane Doe"],
    },
    "newsletter": {
        "newsletter-basic": ["Sign up for our newsletter",
                             "Get the day's top stories delivered to your inbox every morning.",
                             "Email address", "Sign up"],
        "newsletter-privacy": ["Get our morning briefing",
                               "The news you need to start your day, in your inbox.",
                               "Email address", "Subscribe",
                               "By signing up you agree to our Privacy Policy."],
        "newsletter-caps": ["NEWSLETTER", "Sign up to receive our best stories each week.",
                            "Enter your email", "Sign up"],
    },
    "ad-block": {
        "ad-story-continues": ["Advertisement", "Story continues below advertisement"],
        "ad-caps-continue": ["ADVERTISEMENT", "Continue reading the main story"],
        "ad-twice": ["Advertisement", "Advertisement"],
        "ad-skip": ["Ad", "Skip Ad", "Advertisement"],
        "ad-article-continues": ["Article continues below this ad"],
    },
    "tweet": {
        "tweet-pic": ["The storm is the worst I have ever seen. Stay safe everyone. "
                      "pic.twitter.com/abc123",
                      "— Jane Doe (@janedoe) May 1, 2022"],
        "tweet-plain": ["Proud of everyone who turned out to help clear the streets today.",
                        "— Jane Doe (@janedoe) May 1, 2022"],
        "tweet-hyphen": ["We are monitoring the situation closely. Updates to follow.",
                         "- City Council (@citycouncil) May 1, 2022"],
        "tweet-one-line": ["Stay safe everyone. — Jane Doe (@janedoe) May 1, 2022"],
    },
    "video": {
        "watch-duration": ["Watch: Storm hits the coast", "0:45"],
        "video-duration-share": ["Video: Residents describe the flood", "1:23", "Share"],
        "watch-pipe": ["WATCH | Storm hits the coast", "02:14"],
        "duration-first": ["0:45", "Watch: Residents describe the flood"],
        "video-caption-sentence": ["Watch: Residents describe the moment the water came in.",
                                   "Duration 2:31"],
    },
    "poll": {
        "poll-basic": ["Poll", "Should the council raise taxes?", "Yes", "No", "Vote",
                       "View results"],
        "poll-what-think": ["What do you think?", "Do you support the plan?", "Yes", "No",
                            "Not sure", "Vote"],
        "poll-percent": ["Poll", "Should the council raise taxes?", "Yes 62%", "No 38%",
                         "1,024 votes"],
    },
    "fact-box": {
        "facts-colon": ["Key facts", "Population: 12,000", "Founded: 1850", "Mayor: Jane Doe"],
        "facts-bullets": ["Key facts", "• The storm hit on Tuesday", "• 3,000 homes lost power",
                          "• Two people were injured"],
        "glance-dashes": ["At a glance", "- Storm hit on Tuesday", "- 3,000 homes lost power",
                          "- Two injured"],
        "facts-plain": ["Fast facts", "The storm hit on Tuesday", "3,000 homes lost power",
                        "Two people were injured"],
    },
    "more-on-story": {
        "more-on-3": ["More on this story", *H3],
        "more-on-published": ["More on this story", H3[0], "Published 3 days ago", H3[1],
                              "Published 1 October"],
        "more-on-caps": ["MORE ON THIS STORY", *H3],
    },
    "share-bar": {
        "share-fte": ["Facebook", "Twitter", "Email"],
        "share-header": ["Share", "Facebook", "Twitter", "LinkedIn", "Email"],
        "share-on": ["Share on Facebook", "Share on Twitter", "Share via Email"],
        "share-one-line": ["Share: Facebook Twitter Email"],
    },
    "author-box": {
        "about-author": ["About the Author",
                         "Jane Doe is a senior reporter covering politics. "
                         "She joined the paper in 2015.",
                         "Follow her on Twitter @janedoe"],
        "name-role-bio": ["Jane Doe", "Staff Writer",
                          "Jane Doe covers business for the Example Times."],
        "bio-only": ["Jane Doe is a freelance journalist based in London."],
        "about-author-short": ["About the Author", "Jane Doe", "Senior Reporter"],
    },
    "most-read": {
        "most-read": ["Most read", *H5],
        "most-popular-numbered": ["Most Popular", *(f"{i}. {h}" for i, h in enumerate(H5, 1))],
        "most-read-caps": ["MOST READ", *H5],
        "trending-now": ["Trending Now", *H5],
    },
    "table": {
        "table-tabs": ["Team\tW\tL\tPts", "Eagles\t6\t5\t18", "Huskies\t4\t7\t12",
                       "Gophers\t9\t1\t27", "Wildcats\t2\t8\t6"],
        "table-pipes": ["Team | W | L | Pts", "Eagles | 6 | 5 | 18", "Huskies | 4 | 7 | 12",
                        "Gophers | 9 | 1 | 27", "Wildcats | 2 | 8 | 6"],
        "table-spaces": ["Team W L Pts", "Eagles 6 5 18", "Huskies 4 7 12", "Gophers 9 1 27",
                         "Wildcats 2 8 6"],
        "table-caption": ["Drug seizures by year", "Year\tPounds\tValue",
                          "2016\t1,000\t$5m", "2017\t1,200\t$6m", "2018\t1,500\t$8m",
                          "2019\t1,700\t$9m"],
    },
}

# Translated boxes: language -> (related-header, read-more, headlines3, ad lines,
#   newsletter box, caption credit, most-read header, share words, more-on-story header,
#   author header + bio)
LANG = {
    "de": dict(
        related="Mehr zum Thema", readmore="Lesen Sie auch:",
        heads=["Sturm trifft die Küste: Tausende ohne Strom",
               "Stadtrat beschließt neuen Haushalt",
               "Polizei nennt Namen des Unfallopfers"],
        ad=["Anzeige", "Werbung"],
        news=["Newsletter abonnieren", "Die wichtigsten Nachrichten des Tages jeden Morgen "
              "in Ihrem Postfach.", "E-Mail-Adresse", "Jetzt anmelden"],
        caption=["Der Bürgermeister spricht am Dienstag auf einer Pressekonferenz.",
                 "Foto: Jane Doe/dpa"],
        mostread="Meistgelesen", share=["Teilen", "Facebook", "Twitter", "E-Mail"],
        author=["Über den Autor", "Jane Doe ist Redakteurin im Ressort Politik."]),
    "fr": dict(
        related="Sur le même sujet", readmore="À lire aussi :",
        heads=["La tempête frappe la côte, des milliers de foyers privés d'électricité",
               "Le conseil municipal adopte un nouveau budget",
               "La police identifie la victime de l'accident"],
        ad=["Publicité", "La suite après cette publicité"],
        news=["Inscrivez-vous à notre newsletter", "Recevez chaque matin l'essentiel de "
              "l'actualité.", "Adresse e-mail", "S'inscrire"],
        caption=["Le maire lors d'une conférence de presse mardi.",
                 "Photo : Jean Dupont/AFP"],
        mostread="Les plus lus", share=["Partager", "Facebook", "Twitter", "E-mail"],
        author=["À propos de l'auteur", "Jean Dupont est journaliste au service politique."]),
    "es": dict(
        related="Te puede interesar", readmore="Lee también:",
        heads=["La tormenta azota la costa y deja a miles sin luz",
               "El ayuntamiento aprueba el nuevo presupuesto",
               "La policía identifica a la víctima del accidente"],
        ad=["Publicidad", "Continúa leyendo después del anuncio"],
        news=["Suscríbete a nuestro boletín", "Recibe cada mañana las noticias más "
              "importantes del día.", "Correo electrónico", "Suscribirse"],
        caption=["El alcalde durante una rueda de prensa el martes.",
                 "Foto: Juan Pérez/EFE"],
        mostread="Lo más leído", share=["Compartir", "Facebook", "Twitter", "Correo"],
        author=["Sobre el autor", "Juan Pérez es periodista de la sección de política."]),
    "it": dict(
        related="Articoli correlati", readmore="Leggi anche:",
        heads=["La tempesta colpisce la costa, migliaia senza corrente",
               "Il consiglio comunale approva il nuovo bilancio",
               "La polizia identifica la vittima dell'incidente"],
        ad=["Pubblicità", "Continua a leggere dopo la pubblicità"],
        news=["Iscriviti alla newsletter", "Ricevi ogni mattina le notizie più importanti.",
              "Indirizzo email", "Iscriviti"],
        caption=["Il sindaco durante una conferenza stampa martedì.",
                 "Foto: Mario Rossi/ANSA"],
        mostread="I più letti", share=["Condividi", "Facebook", "Twitter", "Email"],
        author=["L'autore", "Mario Rossi è giornalista della redazione politica."]),
    "pt": dict(
        related="Veja também", readmore="Leia também:",
        heads=["Tempestade atinge a costa e deixa milhares sem luz",
               "Câmara aprova novo orçamento",
               "Polícia identifica vítima do acidente"],
        ad=["Publicidade", "Continua depois da publicidade"],
        news=["Assine a nossa newsletter", "Receba todas as manhãs as principais notícias "
              "do dia.", "Endereço de e-mail", "Inscrever-se"],
        caption=["O prefeito durante uma entrevista coletiva na terça-feira.",
                 "Foto: João Silva/Reuters"],
        mostread="Mais lidas", share=["Compartilhar", "Facebook", "Twitter", "E-mail"],
        author=["Sobre o autor", "João Silva é repórter de política."]),
    "nl": dict(
        related="Meer over dit onderwerp", readmore="Lees ook:",
        heads=["Storm treft de kust, duizenden zonder stroom",
               "Gemeenteraad keurt nieuwe begroting goed",
               "Politie maakt naam van verkeersslachtoffer bekend"],
        ad=["Advertentie", "Het artikel gaat verder onder de advertentie"],
        news=["Schrijf je in voor onze nieuwsbrief", "Ontvang elke ochtend het belangrijkste "
              "nieuws in je mailbox.", "E-mailadres", "Aanmelden"],
        caption=["De burgemeester tijdens een persconferentie op dinsdag.",
                 "Foto: Jan Jansen/ANP"],
        mostread="Meest gelezen", share=["Delen", "Facebook", "Twitter", "E-mail"],
        author=["Over de auteur", "Jan Jansen is verslaggever politiek."]),
}
for lang, d in LANG.items():
    BOXES[f"{lang}-boxes"] = {
        f"{lang}-related": [d["related"], *d["heads"]],
        f"{lang}-readmore": [d["readmore"], d["heads"][0]],
        f"{lang}-readmore-inline": [f"{d['readmore']} {d['heads'][1]}"],
        f"{lang}-ad": d["ad"],
        f"{lang}-newsletter": d["news"],
        f"{lang}-caption": d["caption"],
        f"{lang}-mostread": [d["mostread"], *d["heads"], H3[0], H3[1]],
        f"{lang}-share": d["share"],
        f"{lang}-author": d["author"],
    }


def overlapping(doc: newsclean.Document, start: int, end: int) -> list[Any]:
    return [b for b in doc.blocks if b.start < end and b.end > start]


def measure(
    bodies: dict[str, list[str]], name: str, box: list[str], details: list[dict[str, Any]]
) -> dict[str, int]:
    """The losses of ``box`` put before every paragraph but the first of each body."""
    r = {"insertions": 0, "losing": 0, "paragraphs": 0, "words": 0, "box_kept": 0}
    for stem, paragraphs in bodies.items():
        for at in range(1, len(paragraphs)):
            lines = [*paragraphs[:at], *box, *paragraphs[at:]]
            text = "\n".join(lines)
            for page, footer in ((text, False), (f"{text}\n{FOOTER}", True)):
                doc = newsclean.analyze(page)
                gone = lost(paragraphs, doc.text)
                r["insertions"] += 1
                # offsets of every line
                offs, pos = [], 0
                for ln in lines:
                    offs.append((pos, pos + len(ln)))
                    pos += len(ln) + 1
                box_blocks = [b for i in range(at, at + len(box))
                              for b in overlapping(doc, *offs[i])]
                if any(b.kept for b in box_blocks):
                    r["box_kept"] += 1
                if not gone:
                    continue
                r["losing"] += 1
                r["paragraphs"] += len(gone)
                r["words"] += sum(len(p.split()) for p in gone)
                lost_info = []
                gone_set = set(gone)
                for i, p in enumerate(lines):
                    if i in range(at, at + len(box)) or p not in gone_set:
                        continue
                    bi = i if i < at else i - len(box)
                    for b in overlapping(doc, *offs[i]):
                        if not b.kept:
                            lost_info.append({"para": bi, "rel": bi - at, "code": b.code,
                                              "label": b.label, "reason": b.reason,
                                              "words": len(p.split()), "text": p[:90]})
                details.append({
                    "variant": name, "body": stem, "at": at, "footer": footer,
                    "n_paras": len(paragraphs),
                    "box": [(b.code, b.label, b.kept) for b in box_blocks],
                    "lost": lost_info})
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", metavar="NAME",
                    help="a family or a variant to run (again for more)")
    ap.add_argument("--json", type=Path, help="write the losing insertions here")
    ap.add_argument("--bodies", type=Path, default=_ROOT / "tests" / "fixtures" / "bodies")
    args = ap.parse_args()
    bodies = read_bodies(args.bodies)
    details: list[dict[str, Any]] = []
    rows: dict[tuple[str, str], dict[str, int]] = {}
    for fam, variants in BOXES.items():
        for name, box in variants.items():
            if args.only and not any(o in (fam, name) for o in args.only):
                continue
            rows[(fam, name)] = measure(bodies, name, box, details)
            print(fam, name, rows[(fam, name)], flush=True, file=sys.stderr)
    print("| family | variant | insertions | losing | paragraphs lost | words lost | box kept |")
    print("|---|---|---:|---:|---:|---:|---:|")
    fam_tot: dict[str, Counter[str]] = defaultdict(Counter)
    for (fam, name), r in rows.items():
        fam_tot[fam].update(r)
        print(f"| {fam} | {name} | {r['insertions']} | {r['losing']} | {r['paragraphs']} "
              f"| {r['words']} | {r['box_kept']} |")
    print("\n| family | insertions | losing | paragraphs lost | words lost | box kept |")
    print("|---|---:|---:|---:|---:|---:|")
    for fam, r in fam_tot.items():
        print(f"| {fam} | {r['insertions']} | {r['losing']} | {r['paragraphs']} "
              f"| {r['words']} | {r['box_kept']} |")
    codes = Counter((d["variant"], loss["code"]) for d in details for loss in d["lost"])
    print("\nlost paragraphs by variant and code:")
    for (v, c), n in sorted(codes.items()):
        print(f"  {v:28} {c} {n}")
    if args.json:
        args.json.write_text(json.dumps(details, indent=1, ensure_ascii=False),
                             encoding="utf-8")


if __name__ == "__main__":
    main()
