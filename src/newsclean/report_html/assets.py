"""The style sheet and the one script of a report, inlined into the page (a report loads
nothing from anywhere: it works offline and as a mail attachment).

The script adds to what the page does without it: a click on a block's label opens the
block's reason, its rule's summary and links in place (without the script the label links
to the rule's entry); it sorts the table of documents, shows a document's view when its link
is followed (``#doc-3``) and a long document's other parts (``#doc-3-p-2``), all kept as data
in the page.

>>> "content-visibility" in STYLE and "hashchange" in SCRIPT
True
"""

from __future__ import annotations

from ..labels import BODY_LABELS
from ..registry import boilerplate_kinds
from .blocks import label_class
from .colours import TEXT, label_colour

__all__ = ["SCRIPT", "STYLE", "label_styles"]

STYLE = """
[hidden]{display:none!important}
:root{--text:%(text)s;--muted:#4a4a4a;--line:#c8c8c8;--del:#ffd9d6;--ins:#cff3d8;--link:#1d4f91}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:#fff}
a{color:var(--link)}
.page{max-width:1280px;margin:0 auto;padding:1rem 1.5rem 3rem}
h1{font-size:1.45rem;margin:.4rem 0}
h2{font-size:1.2rem;margin:1.2rem 0 .4rem}
.note{color:var(--muted)}
.layout{display:grid;grid-template-columns:19rem minmax(0,1fr);gap:1.5rem;align-items:start}
@media (max-width:820px){.layout{grid-template-columns:1fr}.side{position:static!important;max-height:none!important}}
.side{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;font-size:.88rem;border:1px solid var(--line);border-radius:6px;padding:.4rem .75rem}
.side h3{font-size:.95rem;margin:.5rem 0 .25rem}
.legend{list-style:none;padding:0;margin:0}
.legend.wide{max-width:36rem}
.legend li{display:flex;gap:.4rem;align-items:center;margin:.15rem 0}
.sw{display:inline-block;width:1.1rem;height:1.1rem;border:1px solid var(--edge);border-left-width:5px;background:var(--bg);flex:none}
.n{color:var(--muted);margin-left:auto;white-space:nowrap}
.main>input{position:absolute;opacity:0;width:1px;height:1px}
.main>label{display:inline-block;padding:.3rem .9rem;border:1px solid var(--link);color:var(--link);cursor:pointer;margin:0 0 .8rem;font-weight:600}
.main>label+input+label{margin-left:-1px}
.main>input:checked+label{background:var(--link);color:#fff}
.main>input:focus-visible+label{outline:3px solid #b35c00;outline-offset:2px}
.main>.empty{display:none}
.mode-clean:checked~.empty{display:block}
.b,.sw,.gap{--bg:#eeeeee;--edge:#666666}
.b{background:var(--bg);border-left:6px solid var(--edge);margin:0 0 .55rem;padding:.25rem .65rem .4rem;border-radius:0 4px 4px 0;content-visibility:auto;contain-intrinsic-size:auto 4.5rem}
.b.x{border-left-style:dashed;background-image:repeating-linear-gradient(135deg,transparent 0 9px,rgba(0,0,0,.035) 9px 12px)}
.b.x>.t{text-decoration:line-through;text-decoration-color:rgba(0,0,0,.4);color:var(--muted)}
.t,.t2{white-space:pre-wrap;overflow-wrap:anywhere}
.t2{display:none}
.c{font-size:.8rem;font-weight:700;border:1px solid var(--edge);padding:0 .35rem;border-radius:3px;background:#fff;color:var(--text);text-decoration:none}
a.c:hover,a.c:focus{text-decoration:underline}
.c i{font-weight:400}
.bc{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-weight:400}
.why{font-size:.8rem;color:var(--muted);margin-left:.5rem}
.pop{background:#fff;border:1px solid var(--line);border-radius:4px;padding:.2rem .6rem;margin:.3rem 0;font-size:.85rem;max-width:48rem}
.pop p{margin:.2rem 0}
.gap{border-left:6px dotted #8a8a8a;padding:.1rem .65rem;margin:0 0 .55rem;font-size:.9rem}
.edit{white-space:pre-wrap}
.edit del,.edit ins{padding:0 .12em;border-radius:2px}
.edit del{background:var(--del);text-decoration:line-through;text-decoration-color:#8c1d18}
.edit ins{background:var(--ins);text-decoration:underline;text-decoration-color:#17692e}
.edit .none{text-decoration:none;color:var(--muted)}
.edit .arrow{color:var(--muted)}
.edit .code{font:700 .68rem ui-monospace,monospace;vertical-align:super;margin-left:.1rem}
.ws{color:#8a4500}
.pager{margin:0 0 .8rem;font-size:.9rem;line-height:1.9}
.pager b{padding:0 .3rem;background:var(--link);color:#fff}
.mode-clean:checked~.marked :is(.x,.gap,.c,.why,.pop,del,.arrow,.code,ins.none,.a>.t){display:none}
.mode-clean:checked~.marked .t2{display:block}
.mode-clean:checked~.marked .b{background:none;border-left-color:transparent;padding-left:0}
.mode-clean:checked~.marked ins{background:none;text-decoration:none;padding:0}
.mode-clean:checked~.marked .l-title .t,.mode-clean:checked~.marked .l-title .t2{font-size:1.35rem;font-weight:700}
.mode-clean:checked~.marked .l-heading .t,.mode-clean:checked~.marked .l-heading .t2{font-size:1.1rem;font-weight:700}
.empty{color:var(--muted)}
.rule{border-top:1px solid var(--line);padding:.3rem 0}
.rule h3{font-size:1rem;margin:.3rem 0}
.rule pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem;font-size:.82rem}
.rule:target{background:#fff6d6}
table.docs{border-collapse:collapse;width:100%%;font-size:.9rem}
table.docs th,table.docs td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
table.docs td.num,table.docs th.num{text-align:right}
table.docs th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:var(--link)}
table.docs th[aria-sort=ascending] button::after{content:" ▲"}
table.docs th[aria-sort=descending] button::after{content:" ▼"}
td.err{color:#9b1c14}
.totals{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:.5rem 0}
.totals div{min-width:8rem}
.totals b{display:block;font-size:1.3rem}
svg.chart text{font:12px system-ui,sans-serif;fill:var(--text)}
svg.chart a text{fill:var(--link);text-decoration:underline}
"""

SCRIPT = """
(function () {
  "use strict";
  var viewer = document.getElementById("viewer"), list = document.getElementById("list");
  var view = document.getElementById("view"), firstParts = {};
  function data(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }
  function show() {
    var hash = location.hash, m = /^#doc-(\\d+)(?:-p-(\\d+))?$/.exec(hash);
    if (m) {
      var n = m[1];
      if (viewer && view.getAttribute("data-doc") !== n) {
        var html = data("data-" + n);
        if (html === null) { return; }
        view.innerHTML = html;
        view.setAttribute("data-doc", n);
        delete firstParts[n];
        viewer.hidden = false;
        list.hidden = true;
        window.scrollTo(0, 0);
      }
      var holder = document.getElementById("parts-" + n);
      if (holder && m[2]) {
        if (!(n in firstParts)) { firstParts[n] = holder.innerHTML; }
        var part = m[2] === "1" ? firstParts[n] : data("part-" + n + "-" + m[2]);
        if (part !== null) { holder.innerHTML = part; holder.scrollIntoView(); }
      }
    } else if (viewer && (hash === "" || hash === "#" || hash === "#list")) {
      viewer.hidden = true;
      view.textContent = "";
      view.removeAttribute("data-doc");
      list.hidden = false;
    }
  }
  window.addEventListener("hashchange", show);
  show();
  var buttons = document.querySelectorAll("table.docs th button");
  Array.prototype.forEach.call(buttons, function (button) {
    button.addEventListener("click", function () {
      var th = button.parentNode, row = th.parentNode, table = row.closest("table");
      var col = Array.prototype.indexOf.call(row.children, th);
      var dir = th.getAttribute("aria-sort") === "descending" ? 1 : -1;
      if (!th.hasAttribute("aria-sort") && th.classList.contains("text")) { dir = 1; }
      Array.prototype.forEach.call(row.children, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      var numeric = !th.classList.contains("text");
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-v"), y = b.cells[col].getAttribute("data-v");
        var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
        return c * dir || parseFloat(a.cells[0].getAttribute("data-v")) - parseFloat(b.cells[0].getAttribute("data-v"));
      });
      var body = document.createDocumentFragment();
      rows.forEach(function (r) { body.appendChild(r); });
      table.tBodies[0].appendChild(body);
    });
  });
  function line(text) {
    var p = document.createElement("p");
    p.textContent = text;
    return p;
  }
  document.addEventListener("click", function (event) {
    var chip = event.target.closest ? event.target.closest(".b > a.c") : null;
    if (!chip || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    event.preventDefault();
    var box = chip.parentNode, open = box.querySelector(":scope > .pop");
    chip.setAttribute("aria-expanded", open ? "false" : "true");
    if (open) { open.remove(); return; }
    var pop = document.createElement("div"), why = box.querySelector(":scope > .why");
    var entry = document.getElementById(chip.getAttribute("href").slice(1));
    pop.className = "pop";
    pop.appendChild(line(why ? why.textContent : box.title));
    if (entry) {
      var name = entry.querySelector("h3"), summary = entry.querySelector("p.summary");
      pop.appendChild(line(name.textContent + ": " + summary.textContent));
      var links = document.createElement("p"), here = document.createElement("a");
      here.href = "#" + entry.id;
      here.textContent = "Rule documentation";
      links.appendChild(here);
      var online = entry.querySelector("a.online");
      if (online) {
        var away = online.cloneNode(false);
        away.textContent = "on the documentation site";
        links.appendChild(document.createTextNode(" · "));
        links.appendChild(away);
      }
      pop.appendChild(links);
    }
    chip.insertAdjacentElement("afterend", pop);
  });
})();
"""


def label_styles() -> str:
    """The colour variables of every label, one CSS rule each (``.l-advert{--bg:...}``)."""
    labels = sorted(BODY_LABELS) + boilerplate_kinds()
    rules = []
    for label in labels:
        colour = label_colour(label)
        rules.append(f".{label_class(label)}{{--bg:{colour.background};--edge:{colour.edge}}}")
    return "\n".join(rules)


def style_sheet() -> str:
    """The whole style sheet of a report."""
    return STYLE % {"text": TEXT} + label_styles() + "\n"
