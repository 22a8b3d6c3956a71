#!/usr/bin/env python3
"""Writes the .xlsx (and legacy-format) fixtures of the import file readers' tests.

Only the standard library: an .xlsx is a zip of XML parts, written here by hand so each test
file holds exactly the features a test needs. All names and numbers are made up.

    python3 scripts/make-xlsx-fixtures.py            # into tests/data/import/read/
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "import", "read")

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
FIXED_DATE = (2024, 9, 1, 12, 0, 0)  # reproducible zip entries


def content_types(sheet_count, with_strings=True):
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheet_count + 1))
    strings = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
               'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
               if with_strings else "")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f'{strings}{overrides}</Types>')


def package_rels():
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{NS_PKG}">'
            f'<Relationship Id="rId1" Type="{NS_REL}/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')


def workbook(sheet_names, date1904=False):
    sheets = "".join(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
                     for i, name in enumerate(sheet_names, start=1))
    pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">{pr}<sheets>{sheets}</sheets></workbook>')


def workbook_rels(sheet_targets):
    # Sheet relationships deliberately out of file-name order: the reader must follow r:id.
    rels = "".join(f'<Relationship Id="rId{i}" Type="{NS_REL}/worksheet" Target="{target}"/>'
                   for i, target in enumerate(sheet_targets, start=1))
    n = len(sheet_targets)
    rels += f'<Relationship Id="rId{n + 1}" Type="{NS_REL}/styles" Target="styles.xml"/>'
    rels += f'<Relationship Id="rId{n + 2}" Type="{NS_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{NS_PKG}">{rels}</Relationships>'


# Cell styles (cellXfs index → meaning): 0 general, 1 built-in date (14), 2 custom dd/mm/yyyy,
# 3 date-time (22), 4 custom time "h:mm" (not a date), 5 custom text in quotes "Day "0.
STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{NS_MAIN}">'
          '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
          '<numFmt numFmtId="165" formatCode="h:mm"/>'
          '<numFmt numFmtId="166" formatCode="&quot;Day &quot;0"/></numFmts>'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
          '<borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '</cellXfs></styleSheet>')


def shared_strings(items):
    """items: plain strings, or lists of runs (rich text)."""
    out = []
    for item in items:
        if isinstance(item, list):
            runs = "".join(f'<r><rPr><b/></rPr><t xml:space="preserve">{escape(run)}</t></r>' for run in item)
            # A phonetic guide, which is not part of the value.
            out.append(f'<si>{runs}<rPh sb="0" eb="1"><t>ignored</t></rPh></si>')
        else:
            out.append(f'<si><t xml:space="preserve">{escape(item)}</t></si>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst xmlns="{NS_MAIN}" count="{len(items)}" uniqueCount="{len(items)}">{"".join(out)}</sst>')


def sheet(rows):
    """rows: list of (row number, [cell xml])."""
    body = "".join(f'<row r="{number}">{"".join(cells)}</row>' for number, cells in rows)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS_MAIN}">'
            f'<dimension ref="A1:F9"/><sheetData>{body}</sheetData></worksheet>')


def s(ref, index, style=None):
    st = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}" t="s"{st}><v>{index}</v></c>'


def n(ref, value, style=None):
    st = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{st}><v>{value}</v></c>'


def write_zip(name, parts):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts:
            info = zipfile.ZipInfo(part, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return path


def consent_workbook():
    strings = ["Student ID", "Last Name", "First Name", "Consent", "Date Signed", "Test",
               ["Ana", " Marie"],  # rich text: two runs
               "Yes", "Sample", "Ben", "No", "Grade", "Line one_x000D_\nLine two"]
    consent = sheet([
        (1, [s("A1", 0), s("B1", 1), s("C1", 2), s("D1", 3), s("E1", 4)]),
        # ID as a number; a rich-text name; a built-in date (2024-09-03 = 45538).
        (2, [n("A2", "1234567"), s("B2", 5), s("C2", 6), s("D2", 7), n("E2", "45538", 1)]),
        # Row 3 holds only a styled empty cell: blank, skipped. Row 4 is missing altogether.
        (3, ['<c r="B3" s="1"/>']),
        # A gap: no Last Name cell. Custom dd/mm/yyyy date; an inline string; a trailing styled blank.
        (5, [n("A5", "2345678"), '<c r="C5" t="inlineStr"><is><t>Cy</t></is></c>', s("D5", 10),
             n("E5", "45539", 2), '<c r="H5" s="1"/>']),
        # Date-time, decimal number, boolean, a formula with a cached string, a number in
        # exponent form that is whole.
        (6, [n("A6", "3.456789E6"), s("B6", 8), s("C6", 9), '<c r="D6" t="b"><v>1</v></c>',
             n("E6", "45540.75", 3), n("F6", "2.5")]),
        # Cells without r attributes follow on from the previous one; a time-formatted number
        # and a number formatted as text stay numbers; a string with an escaped CR.
        (7, ['<c><v>4567890</v></c>', s("B7", 12), '<c t="str"><f>C1</f><v>Dee</v></c>',
             n("D7", "0.5", 4), n("E7", "7", 5)]),
    ])
    roster = sheet([
        (2, [s("A2", 11), s("B2", 0)]),  # header on row 2 after an empty first row
        (3, [n("A3", "9"), n("B3", "5555555")]),
    ])
    # The second sheet is worksheets/sheet1.xml on purpose (targets follow r:id, not names).
    return write_zip("consent-workbook.xlsx", [
        ("[Content_Types].xml", content_types(2)),
        ("_rels/.rels", package_rels()),
        ("xl/workbook.xml", workbook(["Consent", "Roster"])),
        ("xl/_rels/workbook.xml.rels", workbook_rels(["worksheets/sheet2.xml", "/xl/worksheets/sheet1.xml"])),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", shared_strings(strings)),
        ("xl/worksheets/sheet2.xml", consent),
        ("xl/worksheets/sheet1.xml", roster),
    ])


def date1904_workbook():
    strings = ["Student ID", "Date Signed"]
    data = sheet([(1, [s("A1", 0), s("B1", 1)]), (2, [n("A2", "1111111"), n("B2", "0", 1)]),
                  (3, [n("A3", "2222222"), n("B3", "44076", 1)])])
    return write_zip("date1904.xlsx", [
        ("[Content_Types].xml", content_types(1)),
        ("_rels/.rels", package_rels()),
        ("xl/workbook.xml", workbook(["Sheet1"], date1904=True)),
        ("xl/_rels/workbook.xml.rels", workbook_rels(["worksheets/sheet1.xml"])),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", shared_strings(strings)),
        ("xl/worksheets/sheet1.xml", data),
    ])


def empty_sheet_workbook():
    return write_zip("empty-sheet.xlsx", [
        ("[Content_Types].xml", content_types(1)),
        ("_rels/.rels", package_rels()),
        ("xl/workbook.xml", workbook(["Empty"])),
        ("xl/_rels/workbook.xml.rels", workbook_rels(["worksheets/sheet1.xml"])),
        ("xl/styles.xml", STYLES),
        ("xl/sharedStrings.xml", shared_strings([])),
        ("xl/worksheets/sheet1.xml", sheet([])),
    ])


def not_a_workbook():
    # A zip of something else, named .xlsx: detection goes by content.
    return write_zip("not-a-workbook.xlsx", [("readme.txt", "Nothing to see here.\n")])


def ole_files():
    # OLE compound file header (magic, minor/major version, byte order) followed by padding:
    # enough for the reader, which goes by the first eight bytes. Excel's .xls and a
    # password-protected .xlsx (an EncryptedPackage inside an OLE file) both look like this.
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900")
    for name in ("legacy.xls", "password-protected.xlsx"):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(header + bytes(512 - len(header)))


def main():
    os.makedirs(OUT, exist_ok=True)
    consent_workbook()
    date1904_workbook()
    empty_sheet_workbook()
    not_a_workbook()
    ole_files()
    return 0


if __name__ == "__main__":
    sys.exit(main())
