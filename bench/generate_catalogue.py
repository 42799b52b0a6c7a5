#!/usr/bin/env python3
"""Generate a large, valid Haven content folder for start-up and memory benchmarks.

    python3 bench/generate_catalogue.py --out DIR [--locales 50] [--articles 500] [--source .]

DIR receives `data/` and `locales/`, ready for `haven check --content-dir DIR` and
`haven serve --content-dir DIR`:

* `data/hotlines/`, `data/international.toml`, `data/sources.toml`,
  `data/strategies.toml` and `data/faqs.toml` are copied from the shipped content, so
  every country and every crisis line is there.
* `data/articles/` holds the shipped articles (the FAQs refer to them) plus generated ones,
  `--articles` in all, each with a few blocks (paragraphs, a heading, a list, a callout).
* `locales/` holds `--locales` locales: `en`, then the shipped translations, then
  generated locales with real, canonical BCP 47 tags (`es`, `pt-BR`, `zh-Hans`, ...).
  (The shipped locales are whatever `locales/` holds, `en` first.) A generated locale gets a `locale.toml` and a copy of every `en` Fluent file (so it is
  complete, the worst case for memory); every locale gets `generated-articles.ftl` with the
  generated articles' messages in its own (pseudo-)text.

The output is deterministic for the same arguments. Nothing outside DIR is written.
"""

import argparse
import random
import shutil
import sys
from pathlib import Path

# Canonical BCP 47 tags (language lowercase, Script titlecase, REGION uppercase), as the
# loader requires the folder name to equal the canonical form. rtl where the script is.
GENERATED_LOCALES = [
    ("es", "Español", "ltr"), ("es-MX", "Español (México)", "ltr"), ("it", "Italiano", "ltr"),
    ("pt", "Português", "ltr"), ("pt-BR", "Português (Brasil)", "ltr"), ("nl", "Nederlands", "ltr"),
    ("sv", "Svenska", "ltr"), ("da", "Dansk", "ltr"), ("nb", "Norsk bokmål", "ltr"),
    ("fi", "Suomi", "ltr"), ("pl", "Polski", "ltr"), ("cs", "Čeština", "ltr"),
    ("sk", "Slovenčina", "ltr"), ("hu", "Magyar", "ltr"), ("ro", "Română", "ltr"),
    ("bg", "Български", "ltr"), ("el", "Ελληνικά", "ltr"), ("tr", "Türkçe", "ltr"),
    ("ru", "Русский", "ltr"), ("uk", "Українська", "ltr"), ("he", "עברית", "rtl"),
    ("fa", "فارسی", "rtl"), ("hi", "हिन्दी", "ltr"), ("bn", "বাংলা", "ltr"),
    ("ur", "اردو", "rtl"), ("ta", "தமிழ்", "ltr"), ("te", "తెలుగు", "ltr"),
    ("mr", "मराठी", "ltr"), ("th", "ไทย", "ltr"), ("vi", "Tiếng Việt", "ltr"),
    ("id", "Indonesia", "ltr"), ("ms", "Melayu", "ltr"), ("fil", "Filipino", "ltr"),
    ("ja", "日本語", "ltr"), ("ko", "한국어", "ltr"), ("zh-Hans", "简体中文", "ltr"),
    ("zh-Hant", "繁體中文", "ltr"), ("sw", "Kiswahili", "ltr"), ("am", "አማርኛ", "ltr"),
    ("yo", "Yorùbá", "ltr"), ("zu", "isiZulu", "ltr"), ("af", "Afrikaans", "ltr"),
    ("ca", "Català", "ltr"), ("hr", "Hrvatski", "ltr"), ("sr-Latn", "Srpski (latinica)", "ltr"),
    ("lt", "Lietuvių", "ltr"), ("lv", "Latviešu", "ltr"), ("et", "Eesti", "ltr"),
    ("sl", "Slovenščina", "ltr"), ("is", "Íslenska", "ltr"), ("ga", "Gaeilge", "ltr"),
    ("cy", "Cymraeg", "ltr"), ("eu", "Euskara", "ltr"), ("gl", "Galego", "ltr"),
]

# Letters used to make each locale's pseudo-text look like its own (and not share bytes).
ALPHABETS = {
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي", "fa": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی",
    "ur": "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہی", "he": "אבגדהוזחטיכלמנסעפצקרשת",
    "ru": "абвгдежзийклмнопрстуфхцчшщыэюя", "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъюя", "el": "αβγδεζηθικλμνξοπρστυφχψω",
    "hi": "अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशसह", "mr": "अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशसह",
    "bn": "অআইঈউঊএঐওঔকখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশসহ", "ta": "அஆஇஈஉஊஎஏஐஒஓகஙசஞடணதநபமயரலவழளறன",
    "te": "అఆఇఈఉఊఎఏఐఒఓకఖగఘచఛజఝటఠడఢణతథదధనపఫబభమయరలవశసహ", "th": "กขคงจฉชซญดตถทธนบปผพฟมยรลวศสหอฮ",
    "ja": "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん",
    "ko": "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호",
    "zh-Hans": "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经",
    "zh-Hant": "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經",
    "am": "ሀለሐመሠረሰሸቀበተቸኀነኘአከኸወዐዘዠየደጀገጠጨጰጸፀፈፐ",
}
LATIN = "abcdefghijklmnopqrstuvwxyzáéíóúäöüñçãõâêîôûàèìòùåøæœßłśźżčšžřďťňőű"
NO_SPACES = {"ja", "zh-Hans", "zh-Hant", "th"}

TAGS = ["self-care", "emotional-numbness", "depression", "trauma", "treatment", "getting-help", "sleep", "anxiety"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="folder to create (must not exist or be empty)")
    parser.add_argument("--locales", type=int, default=50, help="number of locales, en included")
    parser.add_argument("--articles", type=int, default=500, help="number of articles, shipped ones included")
    parser.add_argument("--source", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the shipped content folder (holds data/ and locales/); default: the repo root")
    parser.add_argument("--seed", type=int, default=20261125)
    return parser.parse_args()


def vocabulary(rng, alphabet, size=3000):
    """A locale's pseudo-words: real text repeats words, and picking from a pool is fast."""
    return ["".join(rng.choices(alphabet, k=rng.randint(2, 9))) for _ in range(size)]


def sentence(rng, words, spaced, count):
    text = (" " if spaced else "").join(rng.choices(words, k=count))
    return text[:1].upper() + text[1:] + "."


def text(rng, words, spaced, sentences):
    return (" " if spaced else "").join(sentence(rng, words, spaced, rng.randint(6, 16)) for _ in range(sentences))


def article_plan(index, slug, all_slugs, strategies, faqs, shipped_orders):
    """The structure of generated article `index` (0-based): blocks and their message ids."""
    rng = random.Random(index)
    list_items = [f"{slug}-point-{n}" for n in range(1, rng.randint(3, 5) + 1)]
    medication = index % 7 == 0
    blocks = [
        ("paragraph", {"text": f"{slug}-intro"}),
        ("heading", {"text": f"{slug}-what-heading"}),
        ("paragraph", {"text": f"{slug}-what"}),
        ("list", {"style": rng.choice(["bullet", "numbered"]), "items": list_items}),
        ("callout", {"tone": rng.choice(["info", "help"]), "text": f"{slug}-callout"}),
        ("paragraph", {"text": f"{slug}-closing"}),
    ]
    if medication:
        blocks.insert(4, ("callout", {"tone": "warning", "text": "medication-safety"}))
    others = [s for s in all_slugs if s != slug]
    return {
        "slug": slug,
        "order": max(shipped_orders) + 1 + index,
        "reading_minutes": rng.randint(2, 9),
        "tags": sorted(rng.sample(TAGS, 2)),
        "medication": medication,
        "related": rng.sample(others, min(3, len(others))),
        "strategies": rng.sample(strategies, min(3, len(strategies))),
        "faqs": rng.sample(faqs, min(2, len(faqs))),
        "blocks": blocks,
        # Messages this article owns, with a size hint (sentences) for their text.
        "messages": [(f"article-{slug}-title", 0), (f"article-{slug}-summary", 2), (f"{slug}-intro", 4),
                     (f"{slug}-what-heading", 0), (f"{slug}-what", 5)]
                    + [(item, 1) for item in list_items]
                    + [(f"{slug}-callout", 2), (f"{slug}-closing", 3)],
    }


def toml_list(values):
    return "[" + ", ".join(f'"{v}"' for v in values) + "]"


def write_article(path, plan):
    lines = [
        "# Generated by bench/generate_catalogue.py for benchmarks; not real content.",
        f'slug = "{plan["slug"]}"',
        f"order = {plan['order']}",
        f"reading_minutes = {plan['reading_minutes']}",
        f"tags = {toml_list(plan['tags'])}",
        'reviewed = "2026-12-01"',
        'next_review = "2027-06-01"',
        'reviewer = "editorial"',
        'updated = "2026-12-01"',
        f"medication = {'true' if plan['medication'] else 'false'}",
        'sources = ["nice-ng222-depression-adults", "hse-depression-diagnosis"]',
        f"related_articles = {toml_list(plan['related'])}",
        f"strategies = {toml_list(plan['strategies'])}",
        f"faqs = {toml_list(plan['faqs'])}",
    ]
    for kind, fields in plan["blocks"]:
        lines += ["", "[[blocks]]", f'type = "{kind}"']
        for key, value in fields.items():
            lines.append(f"{key} = {toml_list(value)}" if isinstance(value, list) else f'{key} = "{value}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def ids_in_toml(path, table):
    """The `id = "..."` values of `[[table]]` entries (a tiny reader; no tomllib needed)."""
    ids, inside = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("[["):
            inside = stripped == f"[[{table}]]"
        elif inside and stripped.startswith("id ="):
            ids.append(stripped.split("=", 1)[1].strip().strip('"'))
    return ids


def main():
    args = parse_args()
    source, out = args.source.resolve(), args.out.resolve()
    if not (source / "data").is_dir() or not (source / "locales" / "en").is_dir():
        sys.exit(f"{source} does not hold data/ and locales/en/")
    shipped = sorted(p.name for p in (source / "locales").iterdir() if (p / "locale.toml").is_file())
    shipped = ["en"] + [tag for tag in shipped if tag != "en"]
    generated = [entry for entry in GENERATED_LOCALES if entry[0] not in shipped]
    max_locales = len(shipped) + len(generated)
    if not 1 <= args.locales <= max_locales:
        sys.exit(f"--locales must be between 1 and {max_locales}")
    if out.exists() and any(out.iterdir()):
        sys.exit(f"{out} exists and is not empty")

    data = out / "data"
    (data / "articles").mkdir(parents=True)
    shutil.copytree(source / "data" / "hotlines", data / "hotlines")
    for name in ["international.toml", "sources.toml", "strategies.toml", "faqs.toml", "safety.toml", "review-priority.toml"]:
        shutil.copy2(source / "data" / name, data / name)

    shipped_articles = sorted((source / "data" / "articles").glob("*.toml"))
    shipped_orders = []
    for path in shipped_articles:
        shutil.copy2(path, data / "articles" / path.name)
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("order ="):
                shipped_orders.append(int(line.split("=", 1)[1]))
    shipped_orders = shipped_orders or [0]
    strategies = ids_in_toml(data / "strategies.toml", "strategies")
    faqs = ids_in_toml(data / "faqs.toml", "faqs")

    count = max(0, args.articles - len(shipped_articles))
    slugs = [f"generated-article-{i:04d}" for i in range(1, count + 1)]
    plans = [article_plan(i, slug, slugs, strategies, faqs, shipped_orders) for i, slug in enumerate(slugs)]
    for plan in plans:
        write_article(data / "articles" / f"{plan['slug']}.toml", plan)

    # Locales: en first, then the shipped translations, then generated ones.
    chosen = [(tag, None, None) for tag in shipped] + generated
    chosen = chosen[: args.locales]
    english_files = sorted((source / "locales" / "en").glob("*.ftl"))
    total_bytes = 0
    for tag, native_name, direction in chosen:
        folder = out / "locales" / tag
        if native_name is None:  # shipped: copied as it is
            shutil.copytree(source / "locales" / tag, folder)
        else:
            folder.mkdir(parents=True)
            (folder / "locale.toml").write_text(
                f'native_name = "{native_name}"\ndirection = "{direction}"\n'
                'review_status = "generated for benchmarks, not a translation"\nstatus_date = "2026-11-25"\n',
                encoding="utf-8")
            for path in english_files:
                shutil.copy2(path, folder / path.name)
        alphabet = ALPHABETS.get(tag, LATIN)
        spaced = tag not in NO_SPACES
        rng = random.Random(f"{args.seed}-{tag}")
        words = vocabulary(rng, alphabet)
        lines = [f"# Generated by bench/generate_catalogue.py: pseudo-text for {tag}, for benchmarks only.", ""]
        for plan in plans:
            for message_id, sentences in plan["messages"]:
                value = (sentence(rng, words, spaced, rng.randint(3, 7)).rstrip(".") if sentences == 0
                         else text(rng, words, spaced, sentences))
                lines.append(f"{message_id} = {value}")
            lines.append("")
        body = "\n".join(lines)
        total_bytes += len(body.encode("utf-8"))
        (folder / "generated-articles.ftl").write_text(body, encoding="utf-8")

    print(f"generated {out}: {len(chosen)} locales, {len(shipped_articles) + len(plans)} articles "
          f"({len(plans)} generated), {sum(1 for _ in (data / 'hotlines').glob('*.toml'))} countries, "
          f"{total_bytes / 1e6:.1f} MB of generated Fluent text")


if __name__ == "__main__":
    main()
