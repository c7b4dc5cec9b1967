"""Phrases of lists and page parts: related links and teasers, comment sections, captions,
author boxes, interface text."""

from __future__ import annotations

from ..lazy_pattern import lazy_compile
from .build import _I, KINDS, PhraseTable, _alternation, _kind, phrases_of

# The header of a related, read-more or most-read list, alone on its line.
RELATED_PHRASES: PhraseTable = {
    "en": (
        r"(?:previous|past|recent|latest|more|other|all) (?:episodes|videos|podcasts|shows)",
        r"related(?: articles| stories| content| coverage| posts| news| topics| links)?"
        r"(?: (?:from|on|in|about) .{1,40})?",
        r"read (?:more|next|also)",
        r"more (?:from|on|stories|news|in|to explore)\b.{0,40}",
        r"most (?:popular|read|viewed|shared|commented)(?: posts| stories| articles| news)?"
        r"(?: (?:in|on) .{1,30})?",
        r"(?:we )?recommend(?:ed)?(?: for you| stories| articles| reading| posts| content)?",
        r"(?:previous|next|prev) (?:article|story|post)",
        r"read more from .{1,40}",
        r"you (?:may|might) (?:also )?(?:like|be interested in)",
        r"trending(?: now| stories)?",
        r"popular(?: now| stories)?",
        r"top stories(?: in \w+)?",
        r"editor'?s? picks",
        r"see also",
        r"also read",
        # A recommendation widget's header (Examiner.com, High Gear Media).
        r"(?:people|readers) who (?:read|viewed) this(?: article| story| post)? also "
        r"(?:read|viewed|liked)",
        r"(?:our )?latest(?: news| stories| articles| posts)?",
        r"more headlines",
        r"(?:other |more )?recent (?:articles|stories|posts|news|entries|headlines)",
        r"other (?:articles|stories|posts|news|headlines)(?: (?:by|from|in|on) .{1,40})?",
        r"more top stories",
        # A section's name: "More Sports", "More Washington Examiner"; not "More Than Ever".
        r"more (?!.*\b(?:than|and|or|of|to|for|the|about|like|with)\b)"
        r"(?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){0,3}",
        r"further reading",
        r"don'?t miss",
    ),
    "de": (
        r"(?:frühere|weitere|ältere|alle|letzte) (?:folgen|episoden|sendungen|videos)",
        r"weitere artikel",
        r"mehr zum thema",
        r"das könnte sie auch interessieren",
        r"lesen sie auch",
        r"meistgelesen(?:e(?: artikel| nachrichten)?)?",
        r"am meisten gelesen",
        r"neueste (?:artikel|nachrichten|beiträge)",
    ),
    "fr": (
        r"(?:épisodes|émissions|vidéos) précédent(?:e)?s",
        r"(?:autres|plus de|toutes les) (?:épisodes|émissions|vidéos)",
        r"à lire aussi",
        r"lire aussi",
        r"sur le même sujet",
        r"les plus (?:lus|partagés|commentés)",
        r"(?:les )?dernières (?:actualités|infos|nouvelles)",
        r"à lire également",
    ),
    "es": (
        r"(?:capítulos|episodios|programas|vídeos) anteriores",
        r"más (?:capítulos|episodios|vídeos)",
        r"relacionad[oa]s",
        r"te puede interesar",
        r"más noticias",
        r"lo más (?:leído|compartido|comentado)",
        r"(?:las )?últimas noticias",
        r"noticias relacionadas",
        r"le[ae] también",
    ),
    "pt": (
        r"(?:episódios|programas|vídeos) anteriores",
        r"mais (?:episódios|vídeos)",
        r"leia também",
        r"leia mais",
        r"veja também",
        r"relacionad[oa]s",
        r"(?:as )?mais (?:lidas|compartilhadas)",
        r"(?:as )?últimas notícias",
        r"notícias relacionadas",
    ),
    "it": (
        r"(?:puntate|episodi|video) precedenti",
        r"altri (?:video|episodi)",
        r"leggi anche",
        r"potrebbe interessarti",
        r"(?:i )?più (?:letti|condivisi|commentati)",
        r"(?:le )?ultime notizie",
        r"articoli correlati",
        r"notizie correlate",
    ),
    "ja": (
        r"関連記事",
        r"人気記事.{0,6}",
        r"新着記事",
        r"最新記事",
        r"おすすめ記事",
        r"アクセスランキング",
        r"関連ニュース",
    ),
    "zh": (
        r"相关文章",
        r"相关阅读",
        r"热门文章",
        r"最新文章",
        r"推荐阅读",
        r"相关新闻",
        r"相關新聞",
        r"延伸阅读",
        # "you may be interested in": "您可能感兴趣的文章", "你可能會有興趣的文章"
        r"(?:你|您)?可能(?:会|會)?(?:感兴趣|感興趣|有兴趣|有興趣)的(?:文章|内容|內容|新闻|新聞)?",
    ),
    "id": (
        r"baca juga",
        r"berita terkait",
        r"terpopuler",
        r"berita (?:terkini|terbaru)",
    ),
    "nl": (
        r"(?:eerdere|vorige|andere|alle) (?:afleveringen|video's)",
        r"lees ook",
        r"meest gelezen",
        r"meer nieuws",
        r"gerelateerd(?:e artikelen)?",  # WordPress's "Related" in Dutch, alone
        r"meer over dit onderwerp",
    ),
    "pl": (
        r"zobacz także",
        r"czytaj także",
        r"najczęściej czytane",
        r"(?:najnowsze|ostatnie) (?:wiadomości|artykuły)",
        r"powiązane artykuły",
    ),
    "ru": (
        r"читайте также",
        r"(?:новости|материалы) по теме",
        r"последние новости",
        r"самое читаемое",
    ),
    "ar": (
        r"اقرأ أيضً?ا",
        r"الأكثر قراءة",
        r"آخر الأخبار",
        r"(?:أخبار|مقالات) ذات صلة",
    ),
    "sv": (
        r"läs (?:också|även)",
        r"mest lästa",
        r"senaste nytt",
    ),
    "tr": (
        r"ilgili haberler",
        r"en çok okunanlar",
        r"benzer haberler",
    ),
    "ko": (
        r"관련 ?기사",
        r"관련 ?뉴스",
        r"많이 본 ?뉴스",
    ),
    "hi": (
        r"ये भी पढ़ें",
        r"संबंधित (?:खबरें|ख़बरें)",
    ),
    "uk": (
        r"читайте також",
        r"(?:новини|матеріали) на тему",
        r"популярне",
        r"останні новини",
    ),
    "ro": (
        r"citește și",
        r"cele mai citite",
        r"(?:articole|știri) similare",
    ),
    "el": (
        r"διαβάστε (?:επίσης|ακόμα)",
        r"τα πιο δημοφιλή",
        r"σχετικά άρθρα",
    ),
    "cs": (
        r"čtěte (?:také|též)",
        r"mohlo by vás zajímat",
        r"nejčtenější",
        r"související články",
    ),
    "hu": (
        r"kapcsolódó (?:cikkek|hírek)",
        r"legolvasottabb(?: cikkek| hírek)?",
    ),
    "fi": (
        r"lue myös",
        r"luetuimmat",
    ),
    "vi": (
        r"tin liên quan",
        r"đọc nhiều(?: nhất)?",
    ),
    "th": (
        r"ข่าวที่เกี่ยวข้อง",
        r"ข่าวยอดนิยม",
    ),
    "he": (
        r"עוד בנושא",
        r"הכי נקראים",
    ),
    "fa": (
        r"اخبار مرتبط",
        r"پربازدیدترین(?: اخبار)?",
    ),
    "da": (
        r"læs også",
        r"mest læste",
        r"relaterede artikler",
        r"seneste nyt",
    ),
    "nb": (
        r"les også",
        r"mest leste?",
        r"relaterte (?:saker|artikler)",
        r"siste nytt",
    ),
    "ca": (
        r"llegeix també",
        r"notícies relacionades",
        r"(?:el )?més llegit",
        r"(?:les )?més llegides",
    ),
    "bn": (
        r"আরও পড়ুন",
        r"সর্বাধিক পঠিত",
        r"সম্পর্কিত (?:খবর|সংবাদ)",
        r"এ বিভাগের আরও খবর",
    ),
    "ta": (
        r"இதையும் படி(?:ங்க|யுங்கள்)",
        r"தொடர்புடைய செய்திகள்",
        r"அதிகம் (?:வாசிக்கப்பட்டவை|படிக்கப்பட்டவை)",
    ),
    "ur": (
        r"یہ بھی پڑھیں",
        r"متعلقہ خبریں",
        r"مقبول ترین",
    ),
    "sw": (
        r"soma pia",
        r"habari zinazohusiana",
        r"(?:habari )?zilizosomwa zaidi",
    ),
    "ms": (
        r"berita berkaitan",
        r"artikel berkaitan",
        r"paling popular",
    ),
    "sk": (
        r"(?:prečítajte si|čítajte) (?:aj|tiež)",
        r"súvisiace články",
        r"najčítanejšie",
    ),
    "bg": (
        r"прочетете (?:още|също)",
        r"още по темата",
        r"свързани (?:новини|статии)",
        r"най-четени",
    ),
    "hr": (
        r"pročitajte (?:i|još|također)",
        r"povezane vijesti",
        r"povezani članci",
        r"najčitanije",
    ),
    "lt": (
        r"taip pat skaitykite",
        r"skaitykite taip pat",
        r"susiję straipsniai",
        r"skaitomiausi(?: straipsniai)?",
    ),
}
# The label of a line of tags: "Tags: budget, tax".
RELATED_TAG_PHRASES: PhraseTable = {
    "en": (
        r"tags?",
        r"topics?",
        r"filed under",
        # A blog platform's post footer: "Tagged with: tax", "Categories: News", "Labels: x".
        r"tagged(?: as| with)?",
        r"categor(?:y|ies)",
        r"labels",
        r"posted in",
        r"filed in",
    ),
    "de": (
        r"schlagwörter",
        r"schlagworte",
        r"themen",
        r"kategorien?",
    ),
    "fr": (
        r"étiquettes",
        r"catégories?",
        r"mots-clés",
    ),
    "es": (
        r"etiquetas",
        r"categorías?",
    ),
    "pt": (
        r"tópicos",
        r"categorias?",
        r"marcadores",
    ),
    "it": (
        r"argomenti",
        r"categorie",
    ),
    "ru": (
        r"теги",
        r"метки",
    ),
    "pl": (
        r"tagi",
    ),
    "sv": (
        r"taggar",
    ),
    "tr": (
        r"etiketler",
    ),
    "uk": (
        r"мітки",
    ),
    "el": (
        r"ετικέτες",
    ),
    "he": (
        r"תגיות",
    ),
    "hu": (
        r"címkék",
    ),
    "ro": (
        r"etichete",
    ),
    "fi": (
        r"aiheet",
        r"avainsanat",
    ),
    "cs": (
        r"štítky",
    ),
    "vi": (
        r"từ khóa",
    ),
    "th": (
        r"แท็ก(?:ที่เกี่ยวข้อง)?",
    ),
    "fa": (
        r"برچسب‌?ها",
    ),
    "da": (
        r"emner",
    ),
    "nb": (
        r"stikkord",
        r"emner",
    ),
    "ca": (
        r"etiquetes",
    ),
    "bn": (
        r"ট্যাগ",
    ),
    "ur": (
        r"ٹیگز",
    ),
    "ms": (
        r"topik(?: berkaitan)?",
    ),
    "sk": (
        r"témy",
        r"štítky",
    ),
    "bg": (
        r"тагове",
        r"етикети",
    ),
    "hr": (
        r"oznake",
        r"tagovi",
    ),
    "lt": (
        r"žymės",
    ),
    "zh": (
        r"标签",
        r"標籤",
        # the category of a post ("分类：科技"), and PIXNET's two ("全站分類：", "個人分類：")
        r"(?:全站|个人|個人)?分[类類]",
    ),
    "ja": (
        r"タグ",
        r"カテゴリー?",  # the category of a post
        r"テーマ",  # Ameba's (the theme a post is filed under)
    ),
    "ko": (
        r"태그",
    ),
}
# The label of an inline teaser: "Read more: Storm hits coast".
RELATED_TEASER_PHRASES: PhraseTable = {
    "en": (
        r"read more",
        r"see more",
        r"related",
        r"see also",
        r"also read",
        r"read also",
    ),
    "de": (
        r"lesen sie auch",
    ),
    "fr": (
        r"(?:à )?lire (?:aussi|également)",
    ),
    "es": (
        r"le[ae] también",
    ),
    "pt": (
        r"leia também",
    ),
    "it": (
        r"leggi anche",
    ),
    "nl": (
        r"lees ook",
    ),
    "id": (
        r"baca juga",
    ),
    "da": (
        r"læs også",
    ),
    "nb": (
        r"les også",
    ),
    "sv": (
        r"läs (?:också|även)",
    ),
    "ca": (
        r"llegeix també",
    ),
    "pl": (
        r"(?:czytaj|zobacz) (?:także|też)",
    ),
    "ru": (
        r"читайте также",
    ),
    "uk": (
        r"читайте також",
    ),
    "ro": (
        r"citește și",
    ),
    "el": (
        r"διαβάστε (?:επίσης|ακόμα)",
    ),
    "cs": (
        r"čtěte (?:také|též|i)",
    ),
    "sk": (
        r"(?:prečítajte si|čítajte) (?:aj|tiež)",
    ),
    "bg": (
        r"прочетете (?:още|също)",
    ),
    "hr": (
        r"pročitajte (?:i|još|također)",
    ),
    "lt": (
        r"taip pat skaitykite",
        r"skaitykite taip pat",
    ),
    "fi": (
        r"lue myös",
    ),
    "sw": (
        r"soma pia",
    ),
    "ar": (
        r"اقرأ أيضً?ا",
    ),
    "ur": (
        r"یہ بھی پڑھیں",
    ),
    "hi": (
        r"ये भी पढ़ें",
    ),
    "bn": (
        r"আরও পড়ুন",
    ),
    "ta": (
        r"இதையும் படி(?:ங்க|யுங்கள்)",
    ),
    "vi": (
        r"xem thêm",
    ),
    # more languages: "read also" before the headline on the same line
    "af": (r"lees ook",),
    "et": (r"loe ka", r"loe lisaks"),
    "lv": (r"lasiet arī", r"lasi arī"),
    "sl": (r"preberite (?:tudi|še)",),
    "sr": (r"прочитајте (?:још|и)",),
    "tl": (r"basahin(?: din| rin)?",),
    "mr": (r"हेही वाचा",),
    "ne": (r"यो पनि पढ्नुहोस्",),
    "ka": (r"ასევე წაიკითხეთ",),
}
# A blog post's links to the posts before and after it, on one line around the link to the
# blog's front page (Movable Type's and TypePad's "Main").
POST_NAV_PHRASES: PhraseTable = {
    "en": (
        r".{1,120}? \| main(?: \| .{1,120})?",
        r"main \| .{1,120}",
        r"(?:newer post )?older post home",  # Blogger's
        r"newer post home",
        # The links alone ("← Older Story", "« Previous Post | Next post »"), or with the
        # posts' headlines ("Previous post: ...", "« Previous Post ... Next Post » ..."); a
        # "Next story" header alone is a related list's, with the headline below it.
        r"(?:older|newer) (?:posts?|stor(?:y|ies)|entr(?:y|ies)|articles?)",
        r"(?:previous|older) (?:post|story|entry|article)\W+(?:next|newer) (?:post|story|entry"
        r"|article)",
        r"(?:previous|next|older|newer) (?:post|story|entry|article) ?: .{1,150}",
        r"(?:previous|older) (?:post|story|entry|article)\W.{1,150}?\W(?:next|newer) "
        r"(?:post|story|entry|article)\W.{1,150}",
    ),
    # the link to the post before or after, with its headline: "上一篇：...", "次の記事：..."
    "zh": (
        r"(?:上一篇|下一篇)(?:文章)?\s*[:：].{1,150}",
        r"上一篇(?:文章)?(?:与|與|和|及)下一篇(?:文章)?",  # "the posts before and after"
    ),
    "ja": (
        r"(?:前|次)の記事\s*[:：].{1,150}",
    ),
}
# Matches "« Older post | Main | Newer post »", "« Older post | Main", "Newer Post Older Post
# Home", "← Older Story", "Previous post: Create a community"; not "Main", "Next story".
POST_NAV_RE = lazy_compile(
    _kind("POST_NAV_PHRASES", "POST_NAV_RE", POST_NAV_PHRASES, r"^\W*(?:", r")\W*$"), _I
)
# A blogging platform's footer under a post, in a sentence: where it is filed, its
# permalink, how to follow its comments (WordPress themes' wording).
POST_FOOTER_PHRASES: PhraseTable = {
    "en": (
        r"^\W*this entry was (?:posted|written) (?:on|in|by)\b",
        r"\byou can follow any responses to this entry\b",
        r"\bfollow any comments here with the rss feed\b",
        r"\bbookmark the permalink\b",
    ),
    "de": (
        r"^\W*dieser (?:beitrag|eintrag) wurde (?:am .{1,40}? )?(?:unter|in) .{1,80}? "
        r"(?:abgelegt|veröffentlicht)\b",
        r"^\W*dieser (?:beitrag|eintrag) wurde (?:am .{1,40}? )?veröffentlicht (?:in|unter)\b",
        r"\blesezeichen (?:auf|für) den permalink\b",
    ),
    "fr": (
        r"^\W*cette entrée a été (?:publiée|écrite|postée)\b",
        r"\bpermalien à vos favoris\b",
    ),
    "es": (
        r"^\W*esta entrada fue (?:publicada|escrita)\b",
        r"\bguarda el enlace permanente\b",
    ),
    "pt": (
        # (one phrase a subject: in one group, their common "est" would be what the
        # prefilter looks for, on every line with "best" or "test")
        r"^\W*esta entrada foi (?:publicad|escrit|postad)[oa]\b",
        r"^\W*este post foi (?:publicad|escrit|postad)[oa]\b",
        r"^\W*este artigo foi (?:publicad|escrit|postad)[oa]\b",
        r"\bmarcar o link permanente\b",
    ),
    "it": (
        r"^\W*questa (?:voce|entrada) è stata (?:pubblicata|scritta)\b",
        r"\bsegnalibro (?:al|il) permalink\b",
    ),
    "nl": (
        r"^\W*dit (?:bericht|item|artikel) (?:werd|is) (?:geplaatst|geschreven)\b",
        r"\bbookmark de permalink\b",
    ),
}
# A blog platform's line of a post's categories, its label without a colon (WordPress's
# "Posted in News | Leave a comment", "Filed under Events"): a line of tags too, if it
# holds no figure and does not end like a sentence ("Filed under a false name, the patent
# was later withdrawn."). "Posted in News by Jo on May 1, 2012" (a figure) heads the post
# as a byline does: as a line of tags, furniture, it would end the article above its text
# (see B206).
POST_CATEGORY_PHRASES: PhraseTable = {
    "en": (
        r"filed (?:under|in)",
        r"posted in",
    ),
}
# Matches "This entry was posted on May 1, 2012 and is filed under News.", "Bookmark the
# permalink.", "Dieser Beitrag wurde unter Allgemein abgelegt."; not "The entry was posted
# to the council", "Dieser Beitrag wurde von der Stadt nie bestätigt.".
POST_FOOTER_RE = lazy_compile(
    _kind("POST_FOOTER_PHRASES", "POST_FOOTER_RE", POST_FOOTER_PHRASES), _I
)
# The header of a related, read-more or most-read list, or a line of tags.
# Matches "Most Popular", "Related Articles", "Lesen Sie auch", "Tags: budget, tax";
# not "Related to the case, police said", "More Than Ever", "Tags on the animals showed".
RELATED_RE = lazy_compile(
    _kind("RELATED_PHRASES", "RELATED_RE", RELATED_PHRASES, r"^\W*(?:", r")\W*$")
    + "|"
    + POST_NAV_RE.pattern
    + "|"
    + _kind(
        "RELATED_TAG_PHRASES", "RELATED_RE", RELATED_TAG_PHRASES,
        r"^\W*(?:", r")(?:\s*[:：]\s*\S|\W*$)",  # the tags after the label, or below it
    )
    + "|"
    + _kind("POST_CATEGORY_PHRASES", "RELATED_RE", POST_CATEGORY_PHRASES, r"^\W*(?:",
            r")\s++[^\d\n]+(?<![.!?])$"),
    _I,
)
_TAG_LABELS = "|".join(phrases_of(RELATED_TAG_PHRASES))
# A tag line's label alone, its tags on the lines below. Matches "TAGS", "Topics:"; not
# "Tags: budget".
TAG_LABEL_RE = lazy_compile(r"^\W*(?:" + _TAG_LABELS + r")\W*$", _I)
# A tag line with its tags after the label: a list on one line. Matches "Tags: budget, tax",
# "Filed under: News", "Posted in News | 2 Comments"; not "Tags" alone above its tags, "Tags
# on the animals showed".
TAG_LINE_RE = lazy_compile(
    r"^\W*(?:" + _TAG_LABELS + r")\s*[:：]\s*\S"
    r"|^\W*(?:" + _alternation(POST_CATEGORY_PHRASES) + r")\s++[^\d\n]+(?<![.!?])$",
    _I,
)

# An inline teaser: a label and the headline of another article on one line.
# Matches "READ MORE: Storm hits coast", "Lire aussi : ..."; not "Read more about it below."
TEASER_RE = lazy_compile(
    _kind(
        "RELATED_TEASER_PHRASES", "TEASER_RE", RELATED_TEASER_PHRASES,
        r"^\W*(?:", r")\s*[:»›|-]\s*\S",
    ),
    _I,
)

# The word of a comment count standing alone: "Comments", "12 Kommentare", "Reader
# Comments (3)".
COMMENT_COUNT_PHRASES: PhraseTable = {
    "en": (
        r"comments?",
        r"(?:readers?[’']?|users?|visitors?) comments?",
        r"responses",
    ),
    "de": (
        r"kommentare?",
        r"leserkommentare?",
    ),
    "fr": (
        r"commentaires?",
    ),
    "es": (
        r"comentarios?",
    ),
    "pt": (
        r"comentários?",
    ),
    "it": (
        r"commenti",
    ),
    "id": (
        r"komentar",
    ),
    "nl": (
        r"reacties?",
    ),
    "pl": (
        r"komentarz(?:e|y)?",
    ),
    "ru": (
        r"комментари(?:и|ев|й)",
    ),
    "ar": (
        r"التعليقات",
        r"تعليقات",
    ),
    # (a comment is 评论 or 留言 in Chinese, simplified and traditional, with the words the
    # platforms put before it: "网友评论" readers' comments, "热门评论" the most liked ones,
    # "最新评论" the newest, "留言列表" the list of them)
    "zh": (
        r"(?:网友|網友|热门|熱門|最新|全部|精彩)?(?:评论|評論)",
        r"(?:网友|網友)?留言(?:列表)?",
    ),
    "ja": (
        r"コメント(?:一覧)?",
    ),
    "ko": (
        r"(?:전체 )?댓글",
    ),
}
# Comment prompts and headers, and the fixed wording of comment forms (WordPress's).
COMMENT_PROMPT_PHRASES: PhraseTable = {
    "en": (
        # (the verbs in one phrase: each alone would be what the prefilter looks for, "read"
        # and "see" on every line that has them; together, the nouns after them are)
        r"^\W*(?:leave|post|add|write|view|show|load|see|read) (?:a |the |all |\d+ )?"
        r"(?:comments?|reply|replies|response)\b",
        r"^\W*join the (?:conversation|discussion)",
        r"\bcomments (?:are|have been) (?:now )?(?:closed|disabled|switched off|turned off)\b",
        r"^\W*be the first to (?:comment|reply|respond)\b",
        r"^\W*comments (?:now )?closed\W*$",
        # An empty comment box: "No comments yet", "There are currently no comments".
        r"^\W*no comments (?:yet|so far|posted yet|submitted yet)\W*"
        r"(?:$|(?:be the first|comment|add|leave|post|start)\b)",
        r"^\W*there are (?:currently |still )?no comments\W*"
        r"(?:$|(?:available|posted|yet|so far|for this|on this)\b)",
        r"^\W*(?:log|sign) in to (?:comment|reply)",
        r"^\W*reply\W*$",
        r"^\W*report (?:comment|abuse)\W*$",
        # A count with the post's title after it, unquoted: "11 comments to Why the Ferry
        # Runs Late" (quoted, however long: COMMENT_TITLE_COUNT_RE); not "10 thoughts on the
        # budget".
        r"^\W*\d+ (?:responses|replies|comments|reactions|thoughts) (?:to|on) (?-i:[\p{Lu}\d])",
        # WordPress's count of one: "One Response to “Title”", "One thought on “Title”"
        r"^\W*one (?:response|reply|comment|reaction|thought) (?:to|on) [“\"«‘']",
        # (one phrase a word: in one group their common "re" is set apart, and "plies",
        # "sponse" and "actions" were looked for on every page, inside "transactions")
        r"^\W*[1-9]\d* responses?\W*$",
        r"^\W*[1-9]\d* replies\W*$",
        r"^\W*[1-9]\d* reactions\W*$",
        r"\bcomments? feed\b",
        # A comment count that opens a prompt: "{ 17 comments… read them below or add one }".
        r"^\W*\d+ (?:comments?|responses?|replies)\W+(?:read|add|leave|post|join|view|permalink)\b",
        r"\bnotify me of follow-up comments\b",
        r"\bnotify me of new (?:posts|comments) (?:by|via) e-?mail\b",
        r"\byour e-?mail address will not be published\b",
        r"\brequired fields are marked\b",
        r"\byou may use these html tags and attributes\b",
        r"^\W*comment viewing options\W*$",  # Drupal's comment module
        r"^\W*comment (?:number|no\.|#) ?\d+\W*$",  # a comment's own number (BBC, Guardian)
    ),
    "zh": (
        r"^\W*(?:发表|發表)(?:评论|評論|留言)\W*$",  # "post a comment"
        r"^\W*(?:加载|載入|查看)(?:更多|全部)(?:评论|評論)\W*$",  # "load more comments"
        r"文明上网[，,\s]*理性发言",  # the comment box's "be civil online, speak with reason"
    ),
    "ja": (
        r"^\W*コメント(?:する|を書く|を投稿する)\W*$",  # "comment", "write a comment"
        r"^\W*このコメントを(?:報告|通報)する\W*$",  # "report this comment"
    ),
    "ko": (
        r"^\W*댓글\s*(?:쓰기|달기|작성)\W*$",  # "write a comment"
    ),
}
# A comments section header or prompt. Matches "View Comments", "12 Comments", "No comments",
# "网友评论", "コメント（3）", "Leave a Reply", "Join the conversation", "{ 17 comments… read
# them below or add one }", "Your email address will not be published."; not "comments from
# the minister", "12 comments were read out", "评论员" (a commentator).
COMMENTS_RE = lazy_compile(
    _kind(
        "COMMENT_COUNT_PHRASES", "COMMENTS_RE", COMMENT_COUNT_PHRASES,
        r"^\W*(?:(?:\d+|no|one)\s+)?(?:", r")(?:\s*[(（]\d+[)）])?\W*$",
    )
    + "|"
    + _kind("COMMENT_PROMPT_PHRASES", "COMMENTS_RE", COMMENT_PROMPT_PHRASES),
    _I,
)

# The count that heads a blog's comments with the post's title in quotes, as WordPress
# prints it in each language (its translations' wording): "10 thoughts on", "2 Gedanken zu".
COMMENT_TITLE_COUNT_PHRASES: PhraseTable = {
    # Each phrase spelled out whole: the search looks its first word up in the page's words.
    "en": (
        "thought on", "thoughts on", "comment on", "comments on", "response to",
        "responses to", "reply to", "replies to", "reaction to", "reactions to",
    ),
    "de": (
        "gedanke zu", "gedanken zu", "kommentar zu", "kommentare zu", "antwort auf",
        "antworten auf",
    ),
    "fr": (
        "réflexion sur", "réflexions sur", "commentaire sur", "commentaires sur", "réponse à",
        "réponses à",
    ),
    "es": (
        "comentario en", "comentarios en", "respuesta a", "respuestas a", "pensamiento sobre",
        "pensamientos sobre",
    ),
    "pt": (
        "comentário em", "comentários em", "resposta para", "respostas para",
        "pensamento sobre", "pensamentos sobre",
    ),
    "it": (
        "pensiero su", "pensieri su", "commento su", "commenti su", "risposta a",
        "risposte a",
    ),
}
# A comment count with the post's title in quotes after it, however long the title, and
# nothing after the title. Matches "10 thoughts on “Five Ways to Keep a Garden Through
# Winter”", "Une réflexion sur « La crise »"; not "10 thoughts on the budget", "2 responses
# to “the plan” were read out".
COMMENT_TITLE_COUNT_RE = lazy_compile(
    r"^\W*(?:\d+|one|ein|eine|un|une|uno|una|um|uma)\s+(?:"
    + _kind("COMMENT_TITLE_COUNT_PHRASES", "COMMENT_TITLE_COUNT_RE", COMMENT_TITLE_COUNT_PHRASES)
    + r")\s*[“\"«‘'„‚»].*[”\"»’'“«‘]\W*$",
    _I,
)

# The fixed wording of comment forms that runs longer than a prompt: moderation notes and
# what a form says once a comment is sent (TypePad's, and other platforms').
COMMENT_FORM_PHRASES: PhraseTable = {
    "en": (
        r"comments are moderated",
        r"your comment (?:has been|was|is being) (?:saved|submitted|posted|received)",
        r"your reply (?:has been|was|is being) (?:saved|submitted|posted|received)",
        r"before posting your comment",
        r"select your preferred way to display the comments",  # Drupal's
        r"fill in your details below or click an icon to log in",  # WordPress.com's
        r"you are commenting using your [\w.]+ account",
        r"save my name,? e-?mail,? and website in this browser",  # WordPress's
        r"learn how your comment data is processed",  # Akismet's
        r"^\W*trackback url for this (?:entry|post)",  # TypePad's and Movable Type's
        r"^\W*listed below are links to (?:weblogs|blogs|sites) that reference\b",
        r"subscribing to the comment feed for this post",  # TypePad's
        r"^\W*this topic contains \d+ repl(?:y|ies), has \d+ voices?",  # bbPress's
    ),
    "de": (
        r"kommentare werden moderiert",
        r"ihr kommentar wurde (?:gespeichert|gesendet|übermittelt)",
    ),
    "fr": (
        r"les commentaires sont modérés",
        r"votre commentaire (?:a été|est) (?:enregistré|envoyé|publié)",
    ),
    "es": (
        r"los comentarios (?:son|están) moderados",
        r"tu comentario (?:ha sido|fue) (?:enviado|guardado|publicado)",
    ),
}
# A comment form's moderation note or confirmation. Matches "Comments are moderated, and
# will not appear until approved.", "Your comment has been saved."; not "Comments made by
# the minister were saved".
COMMENT_FORM_RE = lazy_compile(
    _kind("COMMENT_FORM_PHRASES", "COMMENT_FORM_RE", COMMENT_FORM_PHRASES, r"\b(?:", r")\b"),
    _I,
)

# Credits and markers of a caption, each with its own anchors.
CAPTION_PHRASES: PhraseTable = {
    "en": (
        r"\bsubmitted (?:photo|image)s?\b",
        r"\bfile (?:photo|image)s?\b",
        r"\bstaff (?:photo|image)s?\b",
        r"\bhandout (?:photo|image)s?\b",
        r"\bcontributed (?:photo|image)s?\b",
        # The BBC's labels, with no colon: "Image copyright Getty Images", "Image caption ..."
        r"^\W*(?:image|media) (?:copyright|caption)\b",
    ),
    # A Korean credit: "사진=연합뉴스" (photo = the agency), "... 자료사진" (a file photo).
    "ko": (
        r"사진 ?= ?\S",
        r"자료 ?사진\W*$",
    ),
    "any": (
        # A credit line, photographer/agency: "Jamal Saidi/Reuters".
        r"^\W*(?-i:(?:\p{Lu}[\w.'’-]+ ){1,3}\p{Lu}[\w.'’-]+/\p{Lu}[\w.&-]+)\W*$",
    ),
}
# The label that opens a caption's credit: "Photo: AP", "Image credit: NASA", "Foto: dpa";
# at a line's start, or after the caption's sentence ("... at dawn. Photo: Jane Doe").
CAPTION_LABEL_PHRASES: PhraseTable = {
    "en": (
        r"photo",
        r"image",
        r"picture",
        r"credit",
        r"source",
        r"video",
    ),
    "de": (
        r"foto",
        r"bild",
        r"quelle",
    ),
    "fr": (
        r"crédit",
    ),
    "es": (
        r"foto",
        r"fuente",
    ),
    "pt": (
        r"foto",
        r"imagem",
        r"fonte",
    ),
    "it": (
        r"foto",
        r"fonte",
    ),
    "pl": (
        r"fot",
        r"zdjęcie",
    ),
    "ru": (
        r"фото",
    ),
    "tr": (
        r"fotoğraf",
    ),
    "ar": (
        r"تصوير",
    ),
    "el": (
        r"φωτογραφία",
    ),
    "he": (
        r"צילום",
    ),
    "fi": (
        r"kuva",
    ),
    "hu": (
        r"fotó",
    ),
    "vi": (
        r"ảnh",
    ),
    "th": (
        r"ภาพ",
    ),
    "fa": (
        r"عکس",
    ),
    "bg": (
        r"снимка",
    ),
    "bn": (
        r"ছবি",
    ),
    "ur": (
        r"تصویر",
        r"فوٹو",
    ),
    "sw": (
        r"picha",
    ),
    "ms": (
        r"gambar",
    ),
    "hr": (
        r"snimio",
        r"snimila",
    ),
    "ca": (
        r"fotografia",
    ),
}
# The same labels in Chinese and Japanese, with a full-width colon or a colon, at a line's
# start or right after a sentence's end ("... 样品。图片来源：企业供图"; a character is a word
# in these scripts). A pattern of their own: in the pattern above, a colon of either width
# would make the search for a caption slower on every line.
CJK_CAPTION_LABEL_PHRASES: PhraseTable = {
    "zh": (
        r"图片来源",
        r"圖片來源",
        # ("图" and "图片" in one phrase: the prefilter looks for the characters, on a page
        # that has them, and not for the colon after them on every line that has one)
        r"图片?",
        r"圖片?",
        r"摄影",
        r"攝影",
    ),
    "ja": (
        r"写真",
        r"撮影",
    ),
}
# Credits that end a caption or stand in it: agencies, and the counter of a gallery.
CAPTION_CREDIT_PHRASES: PhraseTable = {
    "any": (
        r"\((?:[^()]*\b(?:photo|image|foto|credit|getty|reuters|afp|shutterstock)\b[^()]*)\)\W*$",
        r"\bgetty images\b",
        r"\bap photo\b",
        r"\bshutterstock\b",
        r"\bistock\b",
        r"\bimago\b",
        r"^\W*\d+ ?/ ?\d+\W*$",
    ),
    "en": (
        r"^\W*(?:(?:image|photo|slide|picture) )?\d+ (?:of|/) ?\d+\W*$",
    ),
    # the photographer or source in brackets after the caption, Japanese and Chinese in one
    # phrase (one bracket opens them all): "（撮影・田中健一）", "（图片来源：新华社）"
    "ja": (
        r"[（(](?:撮影|写真|图片来源|圖片來源|图|圖|摄影|攝影)[・:：=＝/][^（）()]{1,30}[）)]\W*$",
    ),
}
# The controls of a picture or gallery, alone on their line.
CAPTION_CONTROL_PHRASES: PhraseTable = {
    "en": (
        r"caption",
        r"close",
        r"enlarge",
        r"expand",
        r"(?:tap|click) to (?:enlarge|expand)",
        r"gallery",
        r"view gallery",
        r"back to gallery",
        r"hide caption",
        r"toggle caption",
        r"show caption",
        r"fullscreen",
        r"full screen",
        r"zoom",
        r"play video",
        r"watch video",
        r"next",
        r"previous",
        r"prev",
        r"buy (?:this )?(?:photo|image|print)",
    ),
}
# A video player's controls (captions' too, see B208; beside one, a time alone is the
# video's length).
VIDEO_CONTROL_PHRASES: PhraseTable = {
    "en": (
        r"autoplay(?:\W+(?:on|off)){0,2}",
        r"play",
        r"replay",
        r"pause",
        r"mute",
        r"unmute",
    ),
    "any": (
        # where a video is played to, of its length: "1:05 / 2:48"
        r"\d{1,2}:\d{2} ?/ ?\d{1,2}:\d{2}",
    ),
}
# A video player's control alone on its line (the table is CAPTION_RE's too, where it is
# registered). Matches "Autoplay: On | Off", "Play", "1:05 / 2:48"; not "Play the game".
VIDEO_CONTROL_RE = lazy_compile(r"^\W*(?:" + _alternation(VIDEO_CONTROL_PHRASES) + r")\W*$", _I)
# An image caption or credit. Matches "Photo: Damian Dovarganes, AP", "Image 1 of 23",
# "(AP Photo/John Locher)", "Back to Gallery"; not "the photo showed".
CAPTION_RE = lazy_compile(
    _kind("CAPTION_PHRASES", "CAPTION_RE", CAPTION_PHRASES)
    + "|"
    + _kind(
        "CAPTION_LABEL_PHRASES", "CAPTION_RE", CAPTION_LABEL_PHRASES,
        r"(?:^\W*|(?<=\w[.!?] ))(?:", r")s?(?>\s*)(?:credit(?>\s*))?:",
    )
    + "|"
    + _kind(
        "CJK_CAPTION_LABEL_PHRASES", "CAPTION_RE", CJK_CAPTION_LABEL_PHRASES, r"^\W*(?:",
        r")[:：]",
    )
    + r"|[。．！？](?:" + _alternation(CJK_CAPTION_LABEL_PHRASES) + r")[:：]"
    + "|"
    + _kind("CAPTION_CREDIT_PHRASES", "CAPTION_RE", CAPTION_CREDIT_PHRASES)
    + "|"
    + _kind(
        "CAPTION_CONTROL_PHRASES", "CAPTION_RE", CAPTION_CONTROL_PHRASES, r"^\W*(?:", r")\W*$"
    )
    + "|"
    + _kind(
        "VIDEO_CONTROL_PHRASES", "CAPTION_RE", VIDEO_CONTROL_PHRASES, r"^\W*(?:", r")\W*$"
    ),
    _I,
)

# A caption that the page folds, as a news platform's photo widget prints it: the whole
# caption, its last sentence ended, with the control that folds it ("less"), then the
# folded caption, cut off, with the control that unfolds it ("... more"). Matches "... in
# Hanoi on Nov. 20. less", "(AP Photo/Jo Lee) less" and "U.S. Defense Secretary Mark
# Esper, left, and... more"; not "Buy a used car for less", "Read more".
CAPTION_UNFOLDED_RE = lazy_compile(r"[.!?)\]”\"’]\s+less$")
CAPTION_FOLDED_RE = lazy_compile(r"\w\W*(?:\.\.\.|…)\s*more$")

# The header of an author box that names no one.
AUTHOR_BOX_PHRASES: PhraseTable = {
    "en": (
        r"about the authors?",
        r"about me",  # a blog's profile box (Blogger's, WordPress's widget)
    ),
    "de": (
        r"über den autor",
        r"über die autorin",
        r"über mich",
    ),
    "fr": (
        r"à propos de l'auteur",
        r"à propos de moi",
    ),
    "es": (
        r"sobre el autor",
        r"sobre mí",
    ),
    "pt": (
        r"sobre o autor",
        r"sobre mim",
    ),
    "it": (
        r"l'autore",
        r"chi sono",
    ),
}
# The header of an author box that names its author.
AUTHOR_BOX_NAMED_PHRASES: PhraseTable = {
    "en": (
        r"about (?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){1,2}",
        r"more (?:articles |stories )?by (?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){0,2}",
    ),
    "de": (
        r"über (?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){1,2}",
    ),
    "fr": (
        r"à propos de (?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){1,2}",
    ),
    "es": (
        r"sobre (?-i:\p{Lu})\w+(?: (?-i:\p{Lu})\w+){1,2}",
    ),
}
# The header of an author box. Matches "About the Author", "Über Moritz Bachmann",
# "Sobre Ana Lima", "À propos de l'auteur"; not "About the war".
AUTHOR_BOX_RE = lazy_compile(
    _kind("AUTHOR_BOX_PHRASES", "AUTHOR_BOX_RE", AUTHOR_BOX_PHRASES, r"^\W*(?:", r")\W*$")
    + "|"
    + _kind(
        "AUTHOR_BOX_NAMED_PHRASES", "AUTHOR_BOX_RE", AUTHOR_BOX_NAMED_PHRASES,
        r"^\W*(?:", r")\W*$",
    ),
    _I,
)
# An author-box header that names no one (the first table of AUTHOR_BOX_RE alone).
# Matches "About the author", "Über den Autor"; not "About Jane Doe".
GENERIC_AUTHOR_HEADER_RE = lazy_compile(KINDS["AUTHOR_BOX_PHRASES"].source(), _I)

SKIP_LINK_PHRASES: PhraseTable = {
    "en": (
        # to a part of the page, one or several on a line: "Skip to content", "Skip to next
        # paragraph", "Jump to search [4]", "skip to main | skip to sidebar"
        r"(?:(?:skip|jump) (?:directly )?to (?:[\w.-]+ ){0,3}(?:content|navigation|nav|menu"
        r"|search|footer|sidebar|main|article|story|paragraph|comments?|rail|links|page"
        r"|sections?|recipe|top|header|site ?map)(?: \[\w\])?(?:\W+|$)){1,3}",
    ),
    # WordPress's wording
    "de": (r"(?:direkt )?zum inhalt(?: springen)?",),
    "fr": (r"(?:aller|passer) au contenu(?: principal)?",),
    "es": (r"(?:ir|saltar) al contenido(?: principal)?",),
    "pt": (r"(?:pular|ir|saltar) para o conteúdo(?: principal)?",),
    "it": (r"(?:vai|salta) al contenuto(?: principale)?",),
    "nl": (r"(?:ga )?naar (?:de )?(?:hoofd)?inhoud(?: springen| gaan)?",),
    "pl": (r"przejdź do (?:treści|zawartości)",),
    "ru": (r"перейти к (?:содержимому|содержанию|контенту)",),
}

INTERFACE_PHRASES: PhraseTable = {
    "en": (
        r"(?:main )?menu",
        r"search(?: for)?",
        r"view my complete profile",  # Blogger's profile box
        r"permalink",
        r"font",
        r"(?:text|font) size(?:\W*(?:[+-]|[sml]|xl|a)\b)*",  # "Text Size: S M L XL"
        r"toggle (?:navigation|menu)",
        r"(?:open|close) menu",
        r"back to top",
        r"scroll to top",
        r"loading",
        r"show more",
        r"load more",
        r"see more",
        r"view all",
        r"cancel",
        r"submit",
        r"learn more",
        r"read more",
        r"share by (?:e-?mail|mail)",
        # a live blog's pager, an audio player's label, a feedback widget's question
        r"(?:load|show|see) more (?:updates|posts|entries)",
        r"listen to (?:this )?(?:article|story)(?:\W+\d+ min(?:utes?)?)?",
        r"was this (?:article|page|summary|answer|information) (?:helpful|useful)",
        r"is this page useful",
        # an e-mail newsletter kept as a web page (the mailing platforms' wording)
        r"view (?:this (?:e-?mail|newsletter|message) )?(?:in|on) (?:your |a )?(?:web )?browser",
        r"read the full (?:story|article)",
    ),
    "de": (
        r"suche",
        r"menü",
        r"mehr erfahren",
        r"weiterlesen",
        r"zurück(?: zur übersicht)?",
    ),
    "fr": (
        r"rechercher",
        r"en savoir plus",
        r"lire la suite",
        r"retour",
    ),
    "es": (
        r"buscar",
        r"leer más",
        r"volver",
    ),
    "pt": (
        r"pesquisar",
        r"saiba mais",
        r"leia mais",
        r"voltar",
    ),
    "it": (
        r"cerca",
        r"scopri di più",
        r"continua a leggere",
        r"indietro",
    ),
    "any": (
        r"×",
        r"✕",
    ),
}
# Text of the page's interface standing alone: menus, search boxes, buttons.
# Matches "Menu", "Skip to content", "Search for:", "Zurück zur Übersicht"; not "Menu prices".
INTERFACE_RE = lazy_compile(
    _kind("SKIP_LINK_PHRASES", "INTERFACE_RE", SKIP_LINK_PHRASES, r"^\W*(?:", r")\W*$")
    + "|"
    + _kind("INTERFACE_PHRASES", "INTERFACE_RE", INTERFACE_PHRASES, r"^\W*(?:", r")\W*$"),
    _I,
)
# An accessibility skip link standing alone (the first table of INTERFACE_RE alone): never
# a subheading. Matches "Skip to content", "Skip to next paragraph", "Zum Inhalt springen";
# not "Jump to the conclusion".
SKIP_LINK_RE = lazy_compile(KINDS["SKIP_LINK_PHRASES"].source(), _I)
