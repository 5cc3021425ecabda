"""The compliance report as PDF (fpdf2: pure Python, no browser at run time).

Text is set in DejaVu Sans when the system has it (Debian ``fonts-dejavu-core``), so names in any
script print; otherwise in the PDF core font Helvetica, with characters outside Latin-1 replaced.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from enduse.reports.models import OUTCOMES, LicenceReport

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_COLOURS = {"permit": (46, 125, 50), "deny": (198, 40, 40), "refer": (239, 108, 0)}


class _Report(FPDF):
    def __init__(self, title: str) -> None:
        super().__init__(format="A4")
        self.title_text = title
        regular, bold = _DEJAVU / "DejaVuSans.ttf", _DEJAVU / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            self.add_font("body", "", str(regular))
            self.add_font("body", "B", str(bold))
            self.family, self.unicode = "body", True
        else:
            self.family, self.unicode = "Helvetica", False
        self.set_title(title)
        self.set_creator("enduse")
        self.set_auto_page_break(auto=True, margin=15)

    def text_of(self, value: object) -> str:
        text = str(value)
        return (
            text
            if self.unicode
            else text.encode("latin-1", "replace").decode("latin-1")
        )

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.family, "", 8)
        self.cell(
            0, 6, self.text_of(f"{self.title_text} · page {self.page_no()}"), align="C"
        )

    def heading(self, text: str, size: int = 13) -> None:
        self.ln(2)
        self.set_font(self.family, "B", size)
        self.cell(0, 8, self.text_of(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(self.family, "", 9)

    def line_text(self, text: str) -> None:
        self.multi_cell(
            0, 5, self.text_of(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )

    def rows(self, header: list[str], rows: list[list[object]]) -> None:
        if not rows:
            self.line_text("None.")
            return
        with self.table(
            text_align="LEFT", line_height=5, first_row_as_headings=True
        ) as table:
            table_rows: list[list[object]] = [list(header), *rows]
            for cells in table_rows:
                row = table.row()
                for cell in cells:
                    row.cell(self.text_of("" if cell is None else cell))


def _when(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M UTC")


def render_pdf(report: LicenceReport) -> bytes:
    """The report as PDF bytes."""
    pdf = _Report(f"Compliance report, licence {report.licence_id}")
    pdf.add_page()
    pdf.heading(f"Compliance report: licence {report.licence_id}", size=16)
    pdf.line_text(
        f"Exporter {report.exporter}; end user {report.end_user} ({report.end_user_country}). "
        f"State {report.state}, status {report.status}. "
        f"Valid {_when(report.valid_from)} to {_when(report.valid_until)}; "
        f"certificate {report.certificate_version or 'none'}. "
        f"Generated {_when(report.generated_at)}."
    )
    st = report.statistics
    pdf.heading("Decisions")
    pdf.rows(
        ["Figure", "Value"],
        [
            ["Taskings decided", st.taskings],
            *[[f"Gate decided {o}", st.decisions[o]] for o in OUTCOMES],
            *[[f"Standing now: {o}", st.outcomes[o]] for o in OUTCOMES],
            ["Referrals open", st.referrals_open],
            *[
                [f"Referrals resolved: {o}", n]
                for o, n in st.referrals_resolved.items()
            ],
            [
                "Protected-person rate",
                f"{st.protected_person.percent} ({st.protected_person.count} of {st.protected_person.total})",
            ],
            [
                "Extraterritorial rate",
                f"{st.extraterritorial.percent} ({st.extraterritorial.count} of {st.extraterritorial.total})",
            ],
        ],
    )
    _outcome_bars(pdf, st.decisions)
    pdf.heading("Decisions by clause")
    pdf.rows(["Clause", "Taskings"], [[c, n] for c, n in st.clauses.items()])
    pdf.heading("Taskings per day")
    pdf.rows(
        ["Day (UTC)", "Permit", "Deny", "Refer", "Total"],
        [[d.day.isoformat(), d.permit, d.deny, d.refer, d.total] for d in st.per_day],
    )
    pdf.heading("Alerts")
    pdf.rows(
        ["Raised", "Source", "Severity", "Summary", "Case"],
        [
            [_when(a.created_at), a.source, a.severity, a.summary, a.case_id]
            for a in report.alerts
        ],
    )
    pdf.heading("Enforcement actions")
    pdf.rows(
        ["No.", "Type", "Taken", "By", "Reason", "Log index"],
        [
            [a.number, a.type, _when(a.taken_at), a.actor, a.reason, a.log_index]
            for a in report.actions
        ],
    )
    pdf.heading("Transparency log checkpoint covered")
    cp = report.checkpoint
    if cp is None:
        pdf.line_text("No checkpoint has been published yet.")
    else:
        pdf.rows(
            ["Figure", "Value"],
            [
                ["Tree size", cp.tree_size],
                ["Root hash (SHA-256)", cp.root_hash],
                ["Signed at", _when(cp.signed_at)],
                [
                    "This licence's entries covered",
                    f"{cp.entries_covered} of {cp.entries_total}",
                ],
            ],
        )
    return bytes(pdf.output())


def _outcome_bars(pdf: _Report, counts: dict[str, int]) -> None:
    """A small horizontal bar per outcome (the table above carries the same figures)."""
    top = max(counts.values(), default=0) or 1
    pdf.ln(2)
    width = pdf.epw - 40
    for outcome in OUTCOMES:
        y = pdf.get_y()
        pdf.cell(25, 6, pdf.text_of(outcome))
        pdf.set_fill_color(*_COLOURS[outcome])
        pdf.rect(
            pdf.l_margin + 25,
            y + 1,
            max(width * counts[outcome] / top, 0.5),
            4,
            style="F",
        )
        pdf.set_xy(pdf.l_margin + 27 + width * counts[outcome] / top, y)
        pdf.cell(15, 6, str(counts[outcome]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
