"""Issuing a briefing (sdapp/packs/briefing_pack.py): numbered personal copies, sealed per
addressee, logged in the copy register; checked from the outside with the real tools
(``age -d``, ``minisign -V``, ``qpdf --check``, poppler's ``pdfinfo``/``pdftotext``/``pdffonts``).

One export of ten demo records plus a record whose name is a formula, for three addressees
(one key from ``age-keygen``), is made per module and inspected by the tests; tests that need
a failure or a refusal make their own small export. Pages 1-3 of the first copy are rendered
to screenshots/ (git-ignored) for review by eye.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtGui import QImage

from sdapp.packs.briefing_content import BriefingError, BriefingRequest
from sdapp.packs.briefing_pack import IssuedPack, PackAddressee, export_briefing
from sdapp.packs.copy_register import COLUMNS, write_copy_register
from sdapp.packs.envelope import PackError
from sdapp.packs.identity import add_contact, ensure_identity
from sdapp.vault.copies import IssuedCopy
from sdapp.vault.errors import NotFound, VaultError
from sdapp.vault.vault import Vault
from tests.packs.conftest import (
    FORMULA_NAME,
    SCREENSHOTS,
    AgeKey,
    age_decrypt,
    check_manifest_hashes,
    minisign_verify,
    pyrage_key,
    run,
    sha256,
    unzip_all,
)

pytestmark = pytest.mark.slow  # renders and seals real PDFs: a few seconds per export

LEVEL = "stg-geheim"
MARKING = "STG. GEHEIM"
CREATED = dt.datetime(2026, 5, 4, 9, 30, tzinfo=dt.UTC)
TITLE = "Kritieke grondstoffen: stand van zaken"
PEOPLE = (("Jan Jansen", "Tweede Kamer"), ("Eva Müller", "Ministerie van Buitenlandse Zaken"),
          ("Ørjan de Wit", ""))


@dataclass
class Export:
    issued: list[IssuedPack]
    out: Path
    keys: list[AgeKey]  # per copy, in copy order
    selection: tuple[str, ...]
    unselected_names: list[str]
    contents: dict[int, dict[str, bytes]]  # copy number -> files, decrypted with the age tool
    public_key_file: Path


def pick_selection(vault: Vault, formula_id: str) -> tuple[tuple[str, ...], list[str]]:
    """Ten demo records with one at the level of the pack and none above it, plus the formula record."""
    ranks = {lv.slug: lv.rank for lv in vault.ref.levels}
    rows = [r for r in vault.dependencies.rows() if r.id != formula_id]
    top = [r for r in rows if r.classification == LEVEL][:1]
    below = [r for r in rows if ranks[r.classification] < ranks[LEVEL]][:9]
    assert len(top) == 1
    assert len(below) == 9
    chosen = [*top, *below]
    unselected = [r.name for r in rows if r not in chosen]
    return (*(r.id for r in chosen), formula_id), unselected


def request(selection: tuple[str, ...], classification: str = LEVEL) -> BriefingRequest:
    return BriefingRequest(title=TITLE, dependency_ids=selection, classification=classification,
                           classifying_official="mr. A. Vaststeller")


def pdf_pages(pdf: Path) -> list[str]:
    text = run("pdftotext", "-enc", "UTF-8", pdf, "-").stdout.decode("utf-8")
    pages = text.split("\f")
    assert pages[-1].strip() == ""  # pdftotext ends every page with a form feed
    return pages[:-1]


PT = 72 / 25.4  # points per millimetre
CONTENT_TOP, CONTENT_BOTTOM = 26 * PT, 269 * PT  # the body's area on the A4 page (briefing_pdf.CONTENT)


@dataclass(frozen=True)
class Line:
    """Words pdftotext places on one baseline without a wide gap, with their box in points."""

    y0: float
    y1: float
    x0: float
    x1: float
    text: str

    @property
    def visible(self) -> bool:
        """Inside the content area (text drawn outside it is clipped away, or is a marking)."""
        return self.y0 >= CONTENT_TOP - 1 and self.y1 <= CONTENT_BOTTOM + 0.5


def page_lines(pdf: Path) -> list[list[Line]]:
    """Every page's text lines with positions (``pdftotext -bbox``), top to bottom."""
    out = run("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-").stdout.decode("utf-8")
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    pages: list[list[Line]] = []
    for body in re.findall(r"<page [^>]*>(.*?)</page>", out, re.S):
        words = sorted(((float(y0), float(y1), float(x0), float(x1), html.unescape(w))
                        for x0, y0, x1, y1, w in word.findall(body)), key=lambda w: (round(w[0], 1), w[2]))
        lines: list[Line] = []
        current: list[tuple[float, float, float, float, str]] = []
        for w in words:
            if current and (round(w[0], 1) != round(current[-1][0], 1) or w[2] - current[-1][3] > 15):
                lines.append(Line(current[0][0], max(c[1] for c in current), current[0][2], current[-1][3],
                                  " ".join(c[4] for c in current)))
                current = []
            current.append(w)
        if current:
            lines.append(Line(current[0][0], max(c[1] for c in current), current[0][2], current[-1][3],
                              " ".join(c[4] for c in current)))
        pages.append(sorted(lines, key=lambda ln: (ln.y0, ln.x0)))
    return pages


def toc_entries(pages: list[list[Line]]) -> list[tuple[str, int]]:
    """(title, page) of every contents line, read from the contents page."""
    toc_page = next(p for p in pages if any(ln.text == "Inhoud" for ln in p))
    entries = []
    for line in toc_page:
        if line.visible and re.fullmatch(r"\d+", line.text):  # the page number, right-aligned
            title = next(t for t in toc_page if abs(t.y0 - line.y0) < 2 and t is not line and t.visible)
            entries.append((title.text, int(line.text)))
    return entries


def same_start(a: str, b: str) -> bool:
    a, b = a.rstrip("…").strip(), b.rstrip("…").strip()
    return a.startswith(b) or b.startswith(a)


def pdfinfo(pdf: Path) -> dict[str, str]:
    out = run("pdfinfo", pdf).stdout.decode("utf-8")
    return {k.strip(): v.strip() for k, v in (ln.split(":", 1) for ln in out.splitlines() if ":" in ln)}


def copy_line(number: int, name: str, organisation: str) -> str:
    return f"Exemplaar {number} van {len(PEOPLE)} – {name}, {organisation}" if organisation else \
        f"Exemplaar {number} van {len(PEOPLE)} – {name}"


@pytest.fixture(scope="module")
def export(demo_vault: Vault, formula_dep: Any, age_key: AgeKey,
           tmp_path_factory: pytest.TempPathFactory) -> Export:
    folder = tmp_path_factory.mktemp("briefing")
    keys = [age_key, pyrage_key(folder / "eva.key"), pyrage_key(folder / "orjan.key")]
    addressees = [PackAddressee.from_contact(add_contact(demo_vault, name, org, key.recipient))
                  for (name, org), key in zip(PEOPLE, keys, strict=True)]
    selection, unselected = pick_selection(demo_vault, formula_dep.id)
    out = folder / "out"
    out.mkdir()
    progress: list[tuple[int, int]] = []
    issued = export_briefing(demo_vault, request(selection), addressees, out,
                             progress=lambda done, total: progress.append((done, total)), now=CREATED)
    assert progress == [(1, 3), (2, 3), (3, 3)]
    contents = {p.copy_number: unzip_all(age_decrypt(p.path.read_bytes(), key))
                for p, key in zip(issued, keys, strict=True)}
    for number, files in contents.items():
        (out.parent / f"copy{number}.pdf").write_bytes(files["briefing.pdf"])
    public = folder / "anna.minisign.pub"
    public.write_text(ensure_identity(demo_vault).public_key.to_file_text(), encoding="ascii")
    return Export(issued, out, keys, selection, unselected, contents, public)


def copy_pdf(export: Export, number: int) -> Path:
    return export.out.parent / f"copy{number}.pdf"


# the sealed files ------------------------------------------------------------------------------------


def test_one_sealed_copy_and_signature_per_addressee(export: Export) -> None:
    assert [p.copy_number for p in export.issued] == [1, 2, 3]
    assert [p.addressee.name for p in export.issued] == [n for n, _ in PEOPLE]
    expected = {p.path.name for p in export.issued} | {p.signature_path.name for p in export.issued}
    assert {p.name for p in export.out.iterdir()} == expected  # nothing else: no temp or plaintext files
    pack_ids = {p.sealed.manifest["pack_id"] for p in export.issued}
    assert len(pack_ids) == 1
    for pack in export.issued:
        assert pack.path.name.endswith(".sdpack")
        assert f"-{pack.copy_number:02d}-" in pack.path.name
        assert pack.signature_path.name == pack.path.name + ".minisig"
        assert stat.S_IMODE(pack.path.stat().st_mode) == 0o600
        assert pack.path.read_bytes() == pack.sealed.data
        assert pack.path.read_bytes().startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert "-01-jan-jansen.sdpack" in export.issued[0].path.name
    assert "-02-eva-muller.sdpack" in export.issued[1].path.name  # ASCII file names


def test_detached_signatures_verify_with_minisign(export: Export) -> None:
    for pack in export.issued:
        result = minisign_verify(export.public_key_file, pack.path, pack.signature_path)
        assert f"copy {pack.copy_number} sealed" in result.stdout.decode()


def test_each_copy_opens_only_with_its_addressees_key(export: Export) -> None:
    first, second = export.issued[0], export.issued[1]
    result = run("age", "-d", "-i", export.keys[1].path, stdin=first.path.read_bytes(), check=False)
    assert result.returncode != 0
    result = run("age", "-d", "-i", export.keys[0].path, stdin=second.path.read_bytes(), check=False)
    assert result.returncode != 0


def test_manifests_carry_the_copy_and_verify_with_minisign(export: Export, demo_vault: Vault,
                                                           tmp_path: Path) -> None:
    identity = ensure_identity(demo_vault)
    for pack, key in zip(export.issued, export.keys, strict=True):
        files = export.contents[pack.copy_number]
        manifest = check_manifest_hashes(files)
        assert set(files) == {"briefing.pdf", "annex.csv", "annex.xlsx", "data.json", "manifest.json",
                              "manifest.json.minisig"}
        name, organisation = PEOPLE[pack.copy_number - 1]
        assert manifest["copy_number"] == pack.copy_number
        assert manifest["copies"] == 3
        assert manifest["addressee"] == {"name": name, "organisation": organisation, "recipient": key.recipient}
        assert manifest["classification"] == LEVEL
        assert manifest["classification_marking"] == MARKING
        assert manifest["classifying_official"] == "mr. A. Vaststeller"
        assert manifest["author"] == "anna"
        assert manifest["department"] == "EZ"
        assert manifest["created"] == "2026-05-04T09:30:00+00:00"
        assert manifest["kind"] == "briefing"
        assert manifest["title"] == TITLE
        assert manifest["records"] == len(export.selection)
        assert manifest["signer_key_id"] == identity.public_key.id_text
        assert manifest["app_version"]
        folder = tmp_path / str(pack.copy_number)
        folder.mkdir()
        (folder / "manifest.json").write_bytes(files["manifest.json"])
        (folder / "manifest.json.minisig").write_bytes(files["manifest.json.minisig"])
        minisign_verify(export.public_key_file, folder / "manifest.json")


def test_copies_share_annex_and_data_but_not_the_pdf(export: Export) -> None:
    one, two, three = (export.contents[n] for n in (1, 2, 3))
    for name in ("annex.csv", "annex.xlsx", "data.json"):
        assert one[name] == two[name] == three[name], name
    assert len({sha256(c["briefing.pdf"]) for c in (one, two, three)}) == 3


# the PDF ------------------------------------------------------------------------------------------------


def test_pdf_passes_qpdf_and_declares_pdfa_1b(export: Export) -> None:
    for number in (1, 2, 3):
        pdf = copy_pdf(export, number)
        result = run("qpdf", "--check", pdf)
        assert "No syntax or stream encoding errors found" in result.stdout.decode()
        info = pdfinfo(pdf)
        assert info["PDF version"] == "1.4"  # PDF/A-1 is based on PDF 1.4
        assert info["Encrypted"] == "no"
        assert info["Page size"].startswith("595 x 842")  # A4
        assert info["Title"] == f"{TITLE} – Exemplaar {number} van 3"
        raw = pdf.read_bytes()
        assert re.search(rb"pdfaid:part\s*=\s*[\"']1[\"']|<pdfaid:part>1</pdfaid:part>", raw)
        assert re.search(rb"pdfaid:conformance\s*=\s*[\"']B[\"']|<pdfaid:conformance>B</pdfaid:conformance>", raw)
        meta = run("pdfinfo", "-meta", pdf).stdout.decode("utf-8")
        assert "http://www.aiim.org/pdfa/ns/id/" in meta


def test_pdf_embeds_fonts_and_output_intent_and_has_no_transparency(export: Export, tmp_path: Path) -> None:
    pdf = copy_pdf(export, 1)
    fonts = run("pdffonts", pdf).stdout.decode().splitlines()[2:]
    assert fonts, "no fonts listed"
    for line in fonts:
        # name type... encoding emb sub uni object-id: "emb" is the 4th column from the right end
        assert line.split()[-5] == "yes", f"font not embedded: {line}"
    plain = tmp_path / "plain.pdf"
    run("qpdf", "--qdf", "--object-streams=disable", pdf, plain)
    body = plain.read_bytes()
    alphas = [float(v) for v in re.findall(rb"/(?:CA|ca) ([0-9.]+)", body)]
    assert all(a == 1.0 for a in alphas), alphas
    assert re.findall(rb"/SMask\s*(/\w+)", body) in ([], [b"/None"], [b"/None"] * len(re.findall(rb"/SMask", body)))
    assert b"/Transparency" not in body
    assert b"/S /GTS_PDFA1" in body  # the PDF/A output intent ...
    assert b"/DestOutputProfile" in body  # ... with its ICC profile


def test_every_page_has_markings_copy_line_and_page_number(export: Export) -> None:
    for pack in export.issued:
        pdf = copy_pdf(export, pack.copy_number)
        pages = pdf_pages(pdf)
        total = int(pdfinfo(pdf)["Pages"])
        assert len(pages) == total
        assert total >= 1 + 1 + 1 + len(export.selection)  # cover, contents, matrix, a page per record
        name, organisation = PEOPLE[pack.copy_number - 1]
        line = copy_line(pack.copy_number, name, organisation)
        for number, page in enumerate(pages, 1):
            assert page.count(MARKING) >= 2, f"copy {pack.copy_number} page {number}: marking top and bottom"
            assert line in page, f"copy {pack.copy_number} page {number}: no copy line {line!r}"
            assert f"pagina {number} van {total}" in page, f"copy {pack.copy_number} page {number}"
            for other in range(1, 4):
                if other != pack.copy_number:
                    assert f"Exemplaar {other} van 3" not in page
        # and where they are: centred marking in the top and bottom margins, the footer above the bottom one
        for number, lines in enumerate(page_lines(pdf), 1):
            where = f"copy {pack.copy_number} page {number}"
            top = [ln for ln in lines if ln.y1 < 18 * PT]
            bottom = [ln for ln in lines if ln.y0 > 282 * PT]
            footer = [ln for ln in lines if 274 * PT < ln.y0 < 282 * PT]
            assert [ln.text for ln in top] == [MARKING], where
            assert MARKING in [ln.text for ln in bottom], where
            for marking in (top[0], next(ln for ln in bottom if ln.text == MARKING)):
                assert abs((marking.x0 + marking.x1) / 2 - 105 * PT) < 2 * PT, f"{where}: marking not centred"
            assert line in [ln.text for ln in footer], where
            assert f"pagina {number} van {total}" in [ln.text for ln in footer], where


def test_watermark_is_drawn_as_outlines_on_every_page(export: Export, tmp_path: Path) -> None:
    pdf = copy_pdf(export, 2)
    text = "".join(pdf_pages(pdf))
    assert "Eva Müller · 2/3" not in text  # outlines, not text a copy-paste could lift
    plain = tmp_path / "plain.pdf"
    run("qpdf", "--qdf", "--object-streams=disable", pdf, plain)
    grey = re.findall(rb"0\.8509\d* 0\.8509\d* 0\.8509\d* (?:RG|SCN)", plain.read_bytes())  # #d9d9d9 stroke
    assert len(grey) >= int(pdfinfo(pdf)["Pages"])


def test_contents_page_numbers_point_at_the_headings(export: Export) -> None:
    pages = page_lines(copy_pdf(export, 1))
    entries = toc_entries(pages)
    assert len(entries) == 1 + 1 + len(export.selection) + 1  # matrix, summary, one per record, annex
    for title, number in entries:
        first = next(ln for ln in pages[number - 1] if ln.visible)
        assert same_start(first.text, title), f"contents say {title!r} is on page {number}; it starts {first.text!r}"


def test_body_pages_hold_no_text_outside_the_content_area(export: Export) -> None:
    margins = {MARKING, copy_line(1, *PEOPLE[0])}
    for number, lines in enumerate(page_lines(copy_pdf(export, 1)), 1):
        stray = [ln.text for ln in lines if not ln.visible and ln.text not in margins
                 and not ln.text.startswith("pagina ")]
        assert stray == [], f"page {number}: text outside the content area: {stray}"


def test_matrix_numbers_match_the_summary_numbers(export: Export) -> None:
    pages = page_lines(copy_pdf(export, 1))
    toc = {int(m.group(1)): t for t, _ in toc_entries(pages) if (m := re.match(r"(\d+)\. ", t))}
    matrix_page = next(p for p in pages if next(ln for ln in p if ln.visible).text == "Risicomatrix (huidig risico)")
    legend = [m for ln in matrix_page if (m := re.fullmatch(r"(\d+)\. (.+?)(?: \([A-E]{2}\))?", ln.text))]
    assert len(legend) == len(export.selection) - 1  # the formula record has no assessment
    for entry in legend:
        number, name = int(entry.group(1)), entry.group(2)
        assert same_start(toc[number], f"{number}. {name}"), f"matrix point {number} is {name!r}, " \
                                                              f"record {number} is {toc[number]!r}"


def test_cover_names_the_addressee_and_the_official(export: Export) -> None:
    cover = pdf_pages(copy_pdf(export, 3))[0]
    assert TITLE in " ".join(cover.split())  # the title may wrap
    assert "Exemplaar 3 van 3" in cover
    assert "Ørjan de Wit" in cover
    assert "mr. A. Vaststeller" in cover
    assert "2026-05-04" in cover


def test_pdf_pages_render_for_review(export: Export) -> None:
    """Pages 1-3 of copy 1 as PNG in screenshots/ (look at them; the test checks they are not blank)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    prefix = SCREENSHOTS / "briefing-copy1"
    for old in SCREENSHOTS.glob("briefing-copy1-*.png"):
        old.unlink()
    run("pdftoppm", "-r", "50", "-f", "1", "-l", "3", "-png", copy_pdf(export, 1), prefix)
    pngs = sorted(SCREENSHOTS.glob("briefing-copy1-*.png"))
    assert len(pngs) == 3
    for png in pngs:
        image = QImage(str(png))
        assert not image.isNull(), png
        assert (image.width(), image.height()) in ((413, 585), (414, 585), (413, 584))  # A4 at 50 dpi
        rgb = image.convertToFormat(QImage.Format.Format_RGB32)
        assert len(set(memoryview(rgb.constBits()).cast("I"))) > 20, f"{png} looks blank"


# annex and data ------------------------------------------------------------------------------------------


def test_annex_holds_the_selected_records_with_formulas_neutralised(export: Export, demo_vault: Vault) -> None:
    files = export.contents[1]
    names = {demo_vault.dependencies.get(i).name for i in export.selection}
    rows = list(csv.DictReader(io.StringIO(files["annex.csv"].decode("utf-8-sig"))))
    assert {r["id"] for r in rows} == set(export.selection)
    assert len(rows) == len(export.selection)
    csv_names = {r["name"] for r in rows}
    assert "'" + FORMULA_NAME in csv_names  # neutralised: shown as text, never run
    assert FORMULA_NAME not in csv_names
    assert csv_names - {"'" + FORMULA_NAME} == names - {FORMULA_NAME}
    assert not any(r["name"].startswith(("=", "+", "-", "@")) for r in rows)
    assert "likelihood" in rows[0]  # the latest assessment's columns come along

    sheet = openpyxl.load_workbook(io.BytesIO(files["annex.xlsx"])).active
    header = [c.value for c in sheet[1]]
    name_col = header.index("name")
    cells = [row[name_col] for row in sheet.iter_rows(min_row=2)]
    assert len(cells) == len(export.selection)
    formula_cells = [c for c in cells if "HYPERLINK" in str(c.value)]
    assert len(formula_cells) == 1
    assert formula_cells[0].data_type == "s"
    assert formula_cells[0].value == "'" + FORMULA_NAME
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)
    for unselected in export.unselected_names[:10]:
        assert unselected not in {str(c.value) for c in cells}


def test_data_json_holds_the_selected_records(export: Export) -> None:
    doc = json.loads(export.contents[2]["data.json"])
    assert doc["format"] == "sdapp-data"
    assert doc["kind"] == "briefing"
    assert [d["id"] for d in doc["dependencies"]] == list(export.selection)
    assert FORMULA_NAME in [d["name"] for d in doc["dependencies"]]  # data keeps the true value
    assert {a["dependency_id"] for a in doc["assessments"]} <= set(export.selection)
    assert {o["dependency_id"] for o in doc["options"]} <= set(export.selection)


# refusals -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("level", ["stg-confidentieel", "dep-vertrouwelijk", "ongerubriceerd", "restreint-ue",
                                   "confidentiel-ue"])
def test_classification_below_the_content_is_refused_before_writing(export: Export, demo_vault: Vault,
                                                                     tmp_path: Path, level: str) -> None:
    before = len(demo_vault.copies.all())
    addressee = export.issued[0].addressee
    with pytest.raises(BriefingError, match=f"contains records marked {MARKING}"):
        export_briefing(demo_vault, request(export.selection, level), [addressee], tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert len(demo_vault.copies.all()) == before


@pytest.mark.parametrize(("people", "message"), [
    ([], "choose at least one addressee"),
    ([PackAddressee("A", passphrase="twelve chars!"), PackAddressee(" a ", passphrase="twelve chars!")],
     "listed twice"),
    ([PackAddressee("  ", passphrase="twelve chars!")], "every addressee needs a name"),
    ([PackAddressee("A")], "give either an age recipient or a passphrase"),
    ([PackAddressee("A", passphrase="short")], "at least 12 characters"),
    ([PackAddressee("A", age_recipient="age1wrong")], "not a valid age recipient"),
])
def test_bad_addressees_are_refused_before_writing(export: Export, demo_vault: Vault, tmp_path: Path,
                                                   people: list[PackAddressee], message: str) -> None:
    with pytest.raises(PackError, match=message):
        export_briefing(demo_vault, request(export.selection[:1], "stg-zeer-geheim"), people, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_missing_folder_is_refused(export: Export, demo_vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(PackError, match="not a folder"):
        export_briefing(demo_vault, request(export.selection[:1], "stg-zeer-geheim"), [export.issued[0].addressee],
                        tmp_path / "missing")
    assert not (tmp_path / "missing").exists()


# the copy register ---------------------------------------------------------------------------------------


def test_copy_register_holds_one_row_per_copy(export: Export, demo_vault: Vault) -> None:
    pack_id = export.issued[0].sealed.manifest["pack_id"]
    rows = demo_vault.copies.for_pack(pack_id)
    assert [r.copy_number for r in rows] == [1, 2, 3]
    for row, pack, key in zip(rows, export.issued, export.keys, strict=True):
        assert row.copies == 3
        assert row.kind == "briefing"
        assert row.title == TITLE
        assert (row.addressee, row.organisation) == PEOPLE[pack.copy_number - 1]
        assert row.recipient == key.recipient
        assert row.classification == LEVEL
        assert row.issued_by == "anna"
        assert row.issued_at == "2026-05-04T09:30:00+00:00"
        assert row.file_name == pack.path.name
        assert row.sealed_sha256 == sha256(pack.path.read_bytes())
        assert row.manifest_sha256 == sha256(export.contents[pack.copy_number]["manifest.json"])
        assert row.status == "issued"
    issued = [e for e in demo_vault.audit.entries(limit=50) if e.action == "copy.issue" and e.entity_id == pack_id]
    assert sorted(e.detail["copy"] for e in issued) == [1, 2, 3]
    assert {e.detail["sha256"] for e in issued} == {r.sealed_sha256 for r in rows}


def test_copy_status_moves_forward_only(export: Export, demo_vault: Vault) -> None:
    pack_id = export.issued[0].sealed.manifest["pack_id"]
    with demo_vault.transaction():
        returned = demo_vault.copies.set_status(pack_id, 1, "returned", "per koerier terug")
    assert (returned.status, returned.status_by, returned.status_note) == ("returned", "anna", "per koerier terug")
    assert returned.status_at >= returned.issued_at
    with demo_vault.transaction():
        destroyed = demo_vault.copies.set_status(pack_id, 1, "destroyed")
    assert destroyed.status == "destroyed"
    for status in ("returned", "destroyed", "issued"):
        with pytest.raises(VaultError, match=f"copy 1 of pack {pack_id} is destroyed; it cannot become {status}"), \
                demo_vault.transaction():
            demo_vault.copies.set_status(pack_id, 1, status)
    assert demo_vault.copies.get(pack_id, 1).status == "destroyed"
    with demo_vault.transaction():  # an issued copy can be destroyed directly
        assert demo_vault.copies.set_status(pack_id, 2, "destroyed").status == "destroyed"
    with pytest.raises(VaultError, match="is issued; it cannot become issued"), demo_vault.transaction():
        demo_vault.copies.set_status(pack_id, 3, "issued")
    with pytest.raises(VaultError, match="cannot become lost"), demo_vault.transaction():
        demo_vault.copies.set_status(pack_id, 3, "lost")
    with pytest.raises(NotFound, match="no copy 4 of pack"), demo_vault.transaction():
        demo_vault.copies.set_status(pack_id, 4, "returned")
    assert demo_vault.copies.get(pack_id, 3).status == "issued"
    actions = [e.action for e in demo_vault.audit.entries(limit=10) if e.entity_id == pack_id]
    assert actions[:3] == ["copy.destroyed", "copy.destroyed", "copy.returned"]


def test_copy_register_spreadsheet(export: Export, demo_vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    write_copy_register(target, demo_vault.copies.all(), marking=MARKING)
    book = openpyxl.load_workbook(target)
    sheet = book.active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header_row = next(i for i, row in enumerate(values) if row[:2] == ["pack_id", "copy_number"])
    assert values[header_row] == list(COLUMNS)
    body = [r for r in values[header_row + 1:] if any(v not in (None, "") for v in r)]
    hashes = {p.sealed.sha256 for p in export.issued}
    assert hashes <= {r[COLUMNS.index("sealed_sha256")] for r in body}
    assert sheet.title == "Copy register"
    assert MARKING in sheet.oddHeader.center.text  # the printed page carries the classification
    assert MARKING in sheet.oddFooter.center.text


# failure while issuing: nothing half-done is left ------------------------------------------------------------


def test_failure_while_registering_leaves_no_packs(export: Export, demo_vault: Vault, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[IssuedCopy] = []
    real_record = demo_vault.copies.record

    def record_then_fail(copy: IssuedCopy) -> None:
        calls.append(copy)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")  # a disk failure mid-way through registering
        real_record(copy)

    monkeypatch.setattr(demo_vault.copies, "record", record_then_fail)
    before = demo_vault.copies.all()
    people = [p.addressee for p in export.issued[:2]]
    with pytest.raises(OSError, match="No space left"):
        export_briefing(demo_vault, request(export.selection[:2], "stg-zeer-geheim"), people, tmp_path)
    assert len(calls) == 2  # the first copy was registered, then rolled back with the second
    assert list(tmp_path.iterdir()) == []  # no .sdpack, no .minisig, no temp file
    assert demo_vault.copies.all() == before
    assert demo_vault.copies.for_pack(calls[0].pack_id) == []


def test_failure_while_writing_leaves_no_packs(export: Export, demo_vault: Vault, tmp_path: Path) -> None:
    written: list[list[str]] = []

    def disk_full_after_first(done: int, total: int) -> None:
        written.append(sorted(p.name for p in tmp_path.iterdir()))
        raise OSError(28, "No space left on device")

    before = len(demo_vault.copies.all())
    people = [p.addressee for p in export.issued]
    with pytest.raises(OSError, match="No space left"):
        export_briefing(demo_vault, request(export.selection[:2], "stg-zeer-geheim"), people, tmp_path,
                        progress=disk_full_after_first)
    assert len(written) == 1
    assert len(written[0]) == 2  # copy 1 and its signature had been written ...
    assert list(tmp_path.iterdir()) == []  # ... and were removed
    assert len(demo_vault.copies.all()) == before
