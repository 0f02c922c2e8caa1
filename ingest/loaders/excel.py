"""Excel workbooks (.xlsx) via openpyxl (read-only, cached values): one block per non-empty row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ingest.loaders._common import check_office_zip, clean_inline, finish, office_error
from ingest.types import Block, LoadedDocument


def load_xlsx(path: Path, password: str | None = None) -> LoadedDocument:
    """Load every worksheet; rows read "Header: value | ..." when the first row is a header.

    Formulas give their last computed value (what Excel shows), not the formula text.
    """
    check_office_zip(path, "XLSX")
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises KeyError, ValueError, lxml and zip errors
        raise office_error("XLSX", e) from None
    try:
        blocks: list[Block] = []
        warnings: list[str] = []
        sheets = workbook.worksheets
        for sheet in sheets:
            try:
                blocks.extend(_sheet_blocks(sheet))
            except Exception as e:  # one malformed sheet must not cost the workbook
                warnings.append(f"sheet {sheet.title!r}: could not read: {type(e).__name__}: {e}")
        title = workbook.properties.title if workbook.properties else None
        return finish(path, "xlsx", title, blocks, pages=len(sheets), warnings=warnings)
    finally:
        workbook.close()  # read-only mode keeps the zip open until closed


def _sheet_blocks(sheet: Any) -> list[Block]:
    section = f"Sheet: {sheet.title}"
    # The stored dimension can claim A1:XFD1048576; without it rows are as wide as their data.
    sheet.reset_dimensions()
    blocks: list[Block] = []
    header: list[str] | None = None
    first = True
    for values in sheet.iter_rows(values_only=True):
        cells = [_format(v) for v in values]
        if not any(cells):
            continue
        if first:
            first = False
            if all(isinstance(v, str) for v in values if v is not None and v != ""):
                header = cells
        if header is not None and cells is not header:
            text = " | ".join(
                f"{header[i]}: {value}" if i < len(header) and header[i] else value
                for i, value in enumerate(cells)
                if value
            )
        else:
            text = " | ".join(value for value in cells if value)
        blocks.append(Block(text, section=section, kind="table_row"))
    return blocks


def _format(value: Any) -> str:
    """A cell value as Excel would roughly display it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")  # hides binary noise such as 0.30000000000000004
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return clean_inline(str(value))
