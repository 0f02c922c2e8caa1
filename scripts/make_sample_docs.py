# Demo corpus generator: writes sample_docs/, the internal knowledge base of ONE fictional company,
# Voltaris Robotics GmbH (HQ Munich; offices in Berlin and Shanghai; sales offices in London and Boston;
# products Atlas Picker 3, Orbit AMR 600, Lumen Vision Kit), as docx/pdf/xlsx/md/pptx/html/eml/txt, plus
# two Chinese documents (UTF-8 Markdown and a GB18030 text file). It also writes the ground truth used by tests:
# tests/fixtures/planted_pii.json (every fake personal datum, per file) and tests/fixtures/sample_facts.json.
"""Generate the bundled demo corpus ``sample_docs/`` and its test fixtures.

Usage:
    python scripts/make_sample_docs.py            # (re)write sample_docs/ and tests/fixtures/*.json
    python scripts/make_sample_docs.py --check    # ... and verify every file and every planted value

Output is deterministic: fixed metadata dates, fixed zip timestamps, no randomness, so re-running
produces byte-identical files. All names, numbers and addresses are invented; every "personal" value
is fake and is listed in planted_pii.json so the anonymizer can be measured against it.
Needs python-docx, python-pptx, openpyxl and fpdf2 (dev dependency); --check also needs pypdf.
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.policy
import io
import json
import re
import sys
import zipfile
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "sample_docs"
FIXTURES = ROOT / "tests" / "fixtures"

FIXED_DT = dt.datetime(2025, 3, 20, 9, 0, 0)
FIXED_DT_UTC = dt.datetime(2025, 3, 20, 9, 0, 0, tzinfo=dt.timezone.utc)
COMPANY = "Voltaris Robotics GmbH"
DOMAIN = "voltaris-robotics.de"


# --------------------------------------------------------------------------------------------
# Checksummed fake identifiers (computed, so they pass the validators real recognizers use)
# --------------------------------------------------------------------------------------------

def luhn_complete(prefix: str) -> str:
    """Append the Luhn check digit to a digit string."""
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _iban_mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def german_iban(blz: str, account: str) -> str:
    """A German IBAN (ISO 13616 MOD 97-10) printed in groups of four."""
    bban = blz + account.zfill(10)
    check = 98 - _iban_mod97(bban + "DE00")
    iban = f"DE{check:02d}{bban}"
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _iban_mod97(s[4:] + s[:4]) == 1


def cn_resident_id(first17: str) -> str:
    """Append the ISO 7064 MOD 11-2 check character of a PRC resident identity number."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(first17, weights))
    return first17 + "10X98765432"[s % 11]


# --------------------------------------------------------------------------------------------
# The fake people and identifiers (single source of truth for planted_pii.json)
# --------------------------------------------------------------------------------------------

def mail(local: str) -> str:
    return f"{local}@{DOMAIN}"


# People
SARAH = "Sarah Whitfield"          # Head of People, Munich
JUERGEN = "Jürgen Hoffmann"        # Head of Production, Munich (German name with umlaut)
MICHAEL = "Michael Brennan"        # Sales, Boston (US employee, SSN example)
AMELIE = "Amélie Durand"           # Finance Controller (French name)
TOBIAS = "Tobias Wagner"           # CFO
DANIEL = "Daniel Okafor"           # CISO
LAURA = "Laura Schneider"          # Operations Manager, minutes author
LAURA_CAPS = "LAURA SCHNEIDER"     # ALL-CAPS signature
KEVIN = "Kevin Zhang"              # General Manager, Shanghai
EMILY = "Emily Carter"             # Buddy program coordinator
PRIYA = "Priya Raman"              # IT helpdesk lead
JONAS = "Jonas Richter"            # Berlin site manager
OLIVER = "Oliver Bennett"          # London sales office lead

# E-mail addresses (personal and role addresses; all are masked)
E_HR = mail("hr")
E_SARAH = mail("sarah.whitfield")
E_PAYROLL = mail("payroll")
E_SECURITY = mail("security")
E_HELPDESK = mail("it-helpdesk")
E_DANIEL = mail("daniel.okafor")
E_EXPENSES = mail("expenses")
E_AMELIE = mail("amelie.durand")
E_TOBIAS = mail("tobias.wagner")
E_EMILY = mail("emily.carter")
E_PRIYA = mail("priya.raman")
E_SUPPORT = mail("support")
E_SALES_US = mail("sales-us")
E_LAURA = mail("laura.schneider")
E_JUERGEN = mail("juergen.hoffmann")
E_KEVIN = mail("kevin.zhang")
E_MUC = mail("reception-muc")
E_BER = mail("reception-ber")
E_SHA = mail("reception-sha")
E_FIN_SH = mail("finance-sh")
E_ADMIN_SH = mail("admin-sh")
# On internal and internationalised domains (issue 17: masked like any other address)
E_IT_MUC = "anna.schmidt@corp.local"
E_RELAY = "j.doe@mailhost"
E_IT_SH = "zhang.wei@公司.中国"

# Phone numbers
P_HR = "+49 89 4161 7725"            # DE, HR
P_SECURITY = "+49 89 2369 7731"      # DE, security hotline
P_FINANCE = "+49 89 4161 7733"       # DE, finance
P_EMILY = "+49 171 2836 917"         # DE mobile
P_LAURA = "+49 89 4161 7781"         # DE
P_SUPPORT_US = "+1 (617) 555-0187"   # US support line
P_SUPPORT_DE = "+49 89 2369 7788"    # DE support line
P_MUC = "+49 89 2369 7700"           # DE reception Munich
P_BER = "+49 30 7762 1983"           # DE reception Berlin
P_SHA = "+86 21 6187 3392"           # CN landline Shanghai
P_LON = "+44 20 7946 0817"           # UK (Ofcom drama range)
P_BOS = "+1 617-555-0193"            # US
P_SH_PROPERTY = "021-6187 3398"      # CN landline, building management (written the local way)

# Chinese mobiles
CN_MOB_FINANCE = "13917286835"
CN_MOB_ADMIN = "18621967743"
CN_MOB_FORM = "13758204169"

# Other identifiers
US_SSN = "517-38-2946"   # not the famous 078-05-1120, which real recognizers reject as a known sample
CN_ID = cn_resident_id("31010419870623418")
CARD_RAW = luhn_complete("491633870268731")
CARD = " ".join(CARD_RAW[i : i + 4] for i in range(0, 16, 4))
IBAN = german_iban("70020270", "6839118")   # a Munich bank code, invented account
IP = "10.23.71.86"


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

_ZIP_DT = (2025, 3, 20, 9, 0, 0)


def normalize_ooxml(path: Path) -> None:
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates (byte-stable)."""
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=_ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------------------------
# employee_handbook.docx
# --------------------------------------------------------------------------------------------

def make_handbook(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.title = "Employee Handbook"
    cp.subject = "Employment terms and workplace rules"
    cp.author = COMPANY
    cp.last_modified_by = COMPANY
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 7
    doc.styles["Normal"].font.size = Pt(11)

    H = doc.add_heading
    P = doc.add_paragraph

    doc.add_heading(f"{COMPANY} Employee Handbook", level=0)
    P("Version 4.1, valid from 1 January 2025. This handbook applies to all employees of "
      f"{COMPANY} in Munich and Berlin. Employees of Voltaris Robotics (Shanghai) Co., Ltd. follow the "
      "local Shanghai rules, and employees of Voltaris Robotics Inc. in Boston follow the US supplement "
      "in the chapter Employment Basics. Where a works agreement (Betriebsvereinbarung) says something "
      "different, the works agreement takes precedence.")

    H("Welcome", level=1)
    P("Voltaris Robotics was founded in Munich in 2011 and builds collaborative picking robots, autonomous "
      "mobile robots and machine-vision systems for warehouses and factories. Our best-known products are "
      "the Atlas Picker 3, the Orbit AMR 600 and the Lumen Vision Kit. Today around 380 people work for us "
      "in Munich, Berlin, Shanghai, London and Boston. This handbook explains what you can expect from us "
      "and what we expect from you. If something is unclear, ask your manager or the People team.")

    H("Employment Basics", level=1)
    H("Probation and Notice Periods", level=2)
    P("Every new employment contract starts with a probation period of six months. During probation both "
      "sides may end the contract with a short notice period. After probation the notice period grows with "
      "the length of employment, as shown in the table below. Notice must always be given in writing; an "
      "e-mail is not sufficient.")
    rows = [
        ("Length of employment", "Notice period", "Notice must reach HR by"),
        ("During probation (first 6 months)", "2 weeks", "any working day"),
        ("6 months to 2 years", "1 month", "the last day of a month"),
        ("2 to 5 years", "2 months", "the last day of a month"),
        ("More than 5 years", "3 months", "the end of a calendar quarter"),
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            table.cell(r, c).text = val
            if r == 0:
                for run in table.cell(r, c).paragraphs[0].runs:
                    run.bold = True
    P("Fixed-term contracts end automatically on the agreed date. Managers must tell HR at least "
      "eight weeks in advance whether a fixed-term contract should be extended.")

    H("Salary and Bank Details", level=2)
    P("Salaries are paid in twelve equal instalments on the last working day of each month. A thirteenth "
      "salary is paid with the November payroll to everyone employed on 1 November. Changes to your bank "
      f"account must reach the payroll team ({E_PAYROLL}) by the 10th of the month to take effect for "
      "that month's payment. Use the form \"Bank details\" in the HR portal. A correctly completed form "
      "looks like this:")
    P(f"Account holder: {JUERGEN}\nIBAN: {IBAN}\nBIC: BYLADEM1001\nValid from: 1 February 2025")
    P("Never send bank details to colleagues by chat. Payroll will never ask you for your online-banking "
      "password.")

    H("US Supplement: Voltaris Robotics Inc.", level=2)
    P("Employees of our US subsidiary in Boston are paid through our US payroll provider in US dollars, "
      "twice a month. New US hires complete Form W-4 and Form I-9 during their first three days. The "
      "People team keeps a scanned copy in the restricted HR archive; the relevant part of a completed "
      "new-hire form reads:")
    P(f"Employee name: {MICHAEL}\nSSN: {US_SSN}\nFiling status: Single\nStart date: 3 March 2025")
    P("Social Security numbers may only be stored in the HR archive and must never be copied into e-mails, "
      "tickets or spreadsheets.")

    H("Working Time", level=1)
    H("Core Hours and Flexitime", level=2)
    P("The regular working week is 40 hours for full-time employees, spread over Monday to Friday. We work "
      "flexitime: you can start between 7:00 and 10:00 and finish between 15:00 and 20:00. Core hours are "
      "from 10:00 to 15:00; during core hours everyone is expected to be available for meetings, unless "
      "they are on leave, sick or working on an approved part-time schedule. Record your working time every "
      "day in the time-tracking tool; the flexitime balance may range from minus 20 to plus 40 hours.")
    H("Overtime", level=2)
    P("Overtime must be approved by your manager in advance. Approved overtime is compensated with time "
      "off in lieu at a ratio of one to one. Overtime on Sundays and public holidays is compensated at "
      "150 percent. Employees in the production hall in Munich work in two shifts (6:00 to 14:30 and "
      "14:00 to 22:30); their shift rules are defined in the production works agreement.")

    H("Time Off", level=1)
    H("Vacation", level=2)
    P("Full-time employees receive 30 days of paid vacation per calendar year (based on a five-day week). "
      "Part-time employees receive a proportional number of days. Please request vacation in the HR portal "
      "at least four weeks in advance for absences longer than one week. Unused vacation may be carried "
      "over to the following year but must be taken by 31 March; after that date it expires unless you "
      "could not take it because of illness. The company closes between Christmas and New Year; three "
      "vacation days are reserved for this closure every year.")
    H("Sick Leave", level=2)
    P("If you are ill, tell your manager before 9:00 on the first day. From the fourth calendar day of "
      "illness a doctor's certificate is required. In Germany certificates are transmitted electronically "
      "by your doctor's practice; you only need to tell HR that you are on sick leave.")
    H("Special Leave", level=2)
    P("You receive paid special leave for your own wedding (2 days), the birth of your child (2 days), "
      "moving house for business reasons (1 day) and the death of a close family member (2 days).")

    H("Remote Work", level=1)
    H("Eligibility and Rules", level=2)
    P("After probation, employees whose role allows it may work remotely on up to 3 days per week, "
      "agreed with their team. Remote work is possible from anywhere in Germany; working from another "
      "country is allowed for at most 20 working days per calendar year and needs approval from HR "
      "because of tax and social-security rules. Roles in the production hall, the test lab and reception "
      "are not eligible for regular remote work.")
    H("Equipment and Ergonomics", level=2)
    P("Remote workers may borrow a monitor, keyboard and headset from the IT store. In addition, the "
      "company pays a one-off home-office allowance of 300 EUR for a desk chair or desk. Company laptops must "
      "only be used on trusted networks or through the company VPN, as described in the IT Security "
      "Policy.")

    H("Workplace Conduct", level=1)
    H("Dress Code", level=2)
    P("There is no formal dress code in the offices; business casual is the norm. When you meet customers "
      "or represent Voltaris at trade fairs, please wear business attire. In the assembly hall and the "
      "test lab, safety shoes of class S3 and the blue Voltaris work jacket are mandatory for everyone, "
      "including visitors. Loose jewellery and scarves are not allowed near moving robots.")
    H("Confidentiality", level=2)
    P("Customer names, prices, source code and product road maps are confidential. Do not discuss them in "
      "public places or on social media. The confidentiality obligation continues after the end of your "
      "employment.")

    H("Contacts", level=1)
    P(f"People team: {E_HR}, phone {P_HR}. Head of People: {SARAH} ({E_SARAH}). "
      f"Payroll questions: {E_PAYROLL}.")

    doc.save(path)
    normalize_ooxml(path)


# --------------------------------------------------------------------------------------------
# it_security_policy.pdf
# --------------------------------------------------------------------------------------------

PDF_PAGES: list[list[tuple[str, str]]] = []  # filled in make_pdf: page -> [(kind, text)]


def make_pdf(path: Path) -> None:
    from fpdf import FPDF

    class PolicyPDF(FPDF):
        def header(self):
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 6, f"{COMPANY} - IT Security Policy ITS-01, version 3.2", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = PolicyPDF(format="A4")
    pdf.set_creation_date(FIXED_DT_UTC)
    pdf.set_title("IT Security Policy")
    pdf.set_author(COMPANY)
    pdf.set_subject("Information security rules for all employees")
    pdf.set_creator("make_sample_docs.py")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(20, 15, 20)

    def h1(text):
        pdf.set_font("Helvetica", "B", 16)
        pdf.multi_cell(0, 9, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def h2(text):
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text):
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(0, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    def line(text):  # one short line, never wrapped (used for contact data)
        pdf.set_font("Helvetica", "", 10.5)
        pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")

    def bullets(items):
        pdf.set_font("Helvetica", "", 10.5)
        for it in items:
            pdf.multi_cell(0, 5.5, "- " + it, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    # Page 1: purpose, scope, roles, classification
    pdf.add_page()
    h1("IT Security Policy")
    para(f"Document ITS-01, version 3.2, approved by the Management Board of {COMPANY} on 15 January 2025 "
         "and effective from 1 February 2025. This policy replaces version 3.1 of March 2023.")
    h2("1. Purpose and scope")
    para("This policy protects the confidentiality, integrity and availability of the information that "
         "Voltaris Robotics and its customers entrust to us. It applies to all employees, interns, "
         "contractors and guests who use company IT systems at our sites in Munich, Berlin, Shanghai, "
         "London and Boston, and to every device that connects to the company network, including private "
         "smartphones used for e-mail.")
    h2("2. Roles and responsibilities")
    para("The Chief Information Security Officer (CISO) owns this policy and reviews it at least once a "
         "year. The IT department operates the technical controls. Managers make sure that their teams know "
         "and follow the policy. Every user is responsible for protecting their accounts and devices.")
    line(f"CISO: {DANIEL}, {E_DANIEL}")
    line(f"IT helpdesk: {E_HELPDESK}, extension 400")
    pdf.ln(2.5)
    h2("3. Information classification")
    para("All information is classified into one of four levels: Public, Internal, Confidential and "
         "Strictly Confidential. Customer layouts, source code and price lists are Confidential. Personal "
         "data of employees and the road map of unreleased products are Strictly Confidential. Strictly "
         "Confidential documents may only be stored in the encrypted project areas and must never be sent "
         "to private e-mail accounts or uploaded to external AI services.")

    # Page 2: passwords and authentication
    pdf.add_page()
    h2("4. Passwords and authentication")
    para("Passwords protect access to everything we build. The following rules apply to all user accounts "
         "in the company directory, including accounts on test systems:")
    bullets([
        "Passwords must be at least 14 characters long. Passphrases of four or more random words are "
        "recommended.",
        "Passwords must be rotated every 90 days. The directory reminds you 10 days before expiry; an "
        "expired password locks the account until the helpdesk resets it.",
        "The last 12 passwords may not be reused.",
        "After 5 failed login attempts the account is locked for 15 minutes.",
        "Passwords must never be written down, shared with colleagues or stored in browsers. Use the "
        "company password manager (Bitwarden) instead.",
    ])
    h2("5. Multi-factor authentication (MFA)")
    para("Multi-factor authentication is mandatory for e-mail, the VPN, the HR portal, the source-code "
         "repositories and all cloud services. The approved second factor is the Microsoft Authenticator app "
         "on a company or registered private smartphone; administrators must use a FIDO2 hardware key. SMS "
         "codes are only allowed as a temporary fallback for up to 7 days, for example after a phone was "
         "lost. New employees enrol in MFA on their first working day with the help of the IT helpdesk.")
    h2("6. Administrator accounts")
    para("Administrative rights are granted only on separate admin accounts (prefix adm-) and only for the "
         "time they are needed. Admin passwords must be at least 20 characters long. All admin sessions on "
         "production servers are logged and the logs are kept for 12 months.")

    # Page 3: devices, encryption, network
    pdf.add_page()
    h2("7. Laptops and mobile devices")
    para("Only company-managed laptops may store company data. Every laptop must use full-disk encryption "
         "with AES-256: BitLocker on Windows and FileVault on macOS. The IT department enables encryption "
         "before a laptop is handed out and checks it daily through the device-management system. Devices "
         "that are not encrypted are blocked from the network automatically.")
    bullets([
        "Screens must lock automatically after 5 minutes of inactivity.",
        "Operating system security updates must be installed within 14 days of release.",
        "USB storage devices are blocked by default; exceptions require CISO approval.",
        "Lost or stolen devices must be reported immediately so that they can be wiped remotely.",
    ])
    h2("8. Network and remote access")
    para("Outside the office, company systems may only be reached through the company VPN (GlobalProtect). "
         "Public Wi-Fi without the VPN is not allowed. The guest Wi-Fi in our offices is separated from the "
         "company network and must not be used by company laptops. Robots and test cells in the lab are "
         "connected to an isolated production network; only the jump host may reach it.")
    line(f"Jump host for the Munich test lab: {IP} (access only for admin accounts)")
    pdf.ln(2.5)
    h2("9. E-mail, software and cloud services")
    para("Only software from the company software center may be installed. Be suspicious of unexpected "
         "attachments and links; use the Report Phishing button in Outlook. Company data may only be stored "
         "in approved cloud services (Microsoft 365 and the Voltaris GitLab). Private cloud storage must not "
         "be used for company data.")

    # Page 4: incidents, sanctions, revision history
    pdf.add_page()
    h2("10. Reporting security incidents")
    para("A security incident is any event that may threaten company information: a lost laptop, a "
         "phishing e-mail you clicked, malware warnings, unusual account activity or data sent to the "
         "wrong recipient. Every employee must report a suspected security incident within 24 hours of "
         "discovering it, even if unsure whether it is a real incident. Report to the security team by "
         "e-mail or, outside office hours, by phone:")
    line(f"E-mail: {E_SECURITY}")
    line(f"Security hotline (24/7): {P_SECURITY}")
    pdf.ln(2.5)
    para("Do not try to investigate on your own, do not switch off an infected computer and do not delete "
         "suspicious e-mails. The security team answers every report within 4 hours during office hours. "
         "Incidents involving personal data are assessed together with the data protection officer, "
         "because authorities may have to be notified within 72 hours.")
    h2("11. Violations")
    para("Violations of this policy may lead to the withdrawal of access rights and to disciplinary "
         "measures under employment law. Deliberate or repeated violations can lead to dismissal.")
    h2("12. Revision history")
    bullets([
        "Version 3.0 (April 2021): first version covering the Shanghai office.",
        "Version 3.1 (March 2023): MFA made mandatory for all cloud services.",
        "Version 3.2 (January 2025): longer minimum password length (see section 4); FIDO2 keys for "
        "administrators.",
    ])

    pdf.output(str(path))


# --------------------------------------------------------------------------------------------
# expense_policy.xlsx and expense_policy.md
# --------------------------------------------------------------------------------------------

PER_DIEM = [
    # City, Country, Per diem (EUR), Hotel cap (EUR)
    ("Munich", "Germany", 52, 165),
    ("Berlin", "Germany", 48, 140),
    ("Hamburg", "Germany", 46, 135),
    ("Frankfurt", "Germany", 50, 155),
    ("Vienna", "Austria", 55, 150),
    ("Paris", "France", 63, 190),
    ("London", "United Kingdom", 68, 210),
    ("Shanghai", "China", 61, 120),
    ("Boston", "USA", 70, 230),
    ("New York", "USA", 74, 245),
]

MILEAGE = [
    # Vehicle, Rate (EUR/km), Notes
    ("Private car", 0.30, "Only if no train connection under 4 hours exists or equipment must be carried"),
    ("Private car, each additional colleague", 0.02, "Colleagues must be named on the claim"),
    ("Motorcycle", 0.20, "Same conditions as private car"),
    ("Bicycle or e-bike", 0.10, "Within city limits only"),
]


def make_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.properties.creator = COMPANY
    wb.properties.lastModifiedBy = COMPANY
    wb.properties.title = "Expense Policy - Rates"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    bold = Font(bold=True)

    ws = wb.active
    ws.title = "Per diem"
    ws.append(["City", "Country", "Per diem (EUR)", "Hotel cap (EUR)"])
    for row in PER_DIEM:
        ws.append(list(row))
    for c in ws[1]:
        c.font = bold
    for col, width in zip("ABCD", (14, 16, 16, 16)):
        ws.column_dimensions[col].width = width
    ws.append([])
    ws.append(["Per diem covers meals and incidentals for a full travel day (24 hours). "
               "Hotel cap is per night, including breakfast."])

    ws2 = wb.create_sheet("Mileage")
    ws2.append(["Vehicle", "Rate (EUR/km)", "Notes"])
    for row in MILEAGE:
        ws2.append(list(row))
    for c in ws2[1]:
        c.font = bold
    for r in range(2, len(MILEAGE) + 2):
        ws2.cell(r, 2).number_format = "0.00"
    ws2.column_dimensions["A"].width = 36
    ws2.column_dimensions["B"].width = 14
    ws2.column_dimensions["C"].width = 70

    ws3 = wb.create_sheet("Approvers")
    ws3.append(["Amount (EUR)", "Approver role", "Name", "E-mail", "Phone"])
    ws3.append(["up to 1,500", "Line manager", "(your line manager)", "", ""])
    ws3.append(["1,500.01 to 5,000", "Finance Controller", AMELIE, E_AMELIE, P_FINANCE])
    ws3.append(["above 5,000", "Chief Financial Officer", TOBIAS, E_TOBIAS, ""])
    for c in ws3[1]:
        c.font = bold
    for col, width in zip("ABCDE", (20, 26, 22, 34, 20)):
        ws3.column_dimensions[col].width = width

    wb.save(path)
    normalize_ooxml(path)


def expense_md() -> str:
    return f"""# Travel and Expense Policy

Version 2.3, valid from 1 February 2025, for all employees of {COMPANY} in Munich and Berlin and for
employees of the London and Boston sales offices. Employees of Voltaris Robotics (Shanghai) Co., Ltd. follow
the Shanghai travel rules (差旅报销制度). The rates for per diems, hotel caps and mileage are maintained in
the workbook `expense_policy.xlsx` (sheets "Per diem" and "Mileage").

## Principles

Travel only when a video call is not enough. Book the most economical option that is reasonable for the
purpose of the trip. All trips must be requested in the travel tool and approved by your line manager
before anything is booked.

## Travel Booking

- Train: second class for trips of up to 4 hours; first class for longer journeys. A BahnCard 50 is
  provided to employees who travel by train more than 10 times a year.
- Flights: economy class. Business class is allowed only for flights with a scheduled duration of more than
  8 hours, for example Munich to Shanghai or Munich to Boston.
- Rental cars: compact class, booked through the travel agency; the company insurance covers them.
- Hotels: book through the travel agency. The nightly hotel cap per city is listed in the "Per diem" sheet.
  For cities not listed, the cap is 130 EUR per night.

## Per Diem

The per diem covers meals and incidentals. It is paid per calendar day according to the destination city.
On the day of departure and the day of return, half of the per diem is paid. If a meal is provided free of
charge (by a hotel, customer or conference), the per diem is reduced by 20 percent for breakfast and by
40 percent each for lunch and dinner.

## Receipts

Submit your expense claim with all receipts within 45 days after the end of the trip or the date of
purchase. Claims submitted later are only reimbursed with the written approval of the CFO. Photographs of
receipts taken with the expense app are accepted; keep paper originals for 6 months. Receipts must show the
date, the supplier and the VAT amount. Alcohol, fines, personal entertainment and minibar charges are never
reimbursed.

## Approval Thresholds

Every claim is approved according to its total amount:

| Total amount of the claim | Approver |
|---|---|
| up to 1,500 EUR | line manager |
| 1,500.01 to 5,000 EUR | line manager and Finance Controller |
| above 5,000 EUR | line manager, Finance Controller and CFO |

Client entertainment is limited to 80 EUR per person and must list all participants and the business
purpose. Gifts to customers may not exceed 35 EUR per person and year.

## Corporate Cards

Employees who travel more than six times a year receive a corporate Visa card with a monthly limit of
4,000 EUR. The card may only be used for business expenses. A lost or stolen card must be blocked
immediately through the card hotline and reported to the finance team. A lost-card report must contain the
cardholder's name and the card number, for example:

> Cardholder: {AMELIE}
> Card number: {CARD}
> Lost on: 6 March 2025, Frankfurt Airport

## Payment

Approved claims are paid with the next salary run if they are approved by the 20th of the month.

## Contact

Questions about expenses: {E_EXPENSES} or the Finance Controller, {AMELIE}, phone {P_FINANCE}.
"""


# --------------------------------------------------------------------------------------------
# onboarding.pptx
# --------------------------------------------------------------------------------------------

SLIDES = [
    # (title, bullets[(level, text)], notes)
    ("Welcome to Voltaris Robotics",
     [(0, "Onboarding for new employees in Munich and Berlin"), (0, "People team, edition March 2025")],
     "Welcome everyone. This deck is shown on the first morning of every new employee. It takes about "
     "forty minutes; questions are welcome at any time."),
    ("Your First Week",
     [(0, "Monday: welcome breakfast at 9:00, laptop handover, accounts and MFA setup"),
      (0, "Tuesday: product introduction - Atlas Picker 3, Orbit AMR 600, Lumen Vision Kit"),
      (0, "Wednesday: safety training in the assembly hall (mandatory, 3 hours)"),
      (0, "Thursday: meet your team and your buddy; first tasks"),
      (0, "Friday: lunch with the management team and Q&A")],
     "On Monday please come to the reception on the ground floor at 9:00. The safety training on Wednesday "
     "is mandatory even for office staff, because everyone may enter the assembly hall. Safety shoes are "
     "provided on Wednesday morning."),
    ("Your Equipment",
     [(0, "Laptop: Lenovo ThinkPad T14 or Apple MacBook Pro 14 (your choice)"),
      (1, "Ordered before your first day and handed over on Monday morning"),
      (0, "27-inch monitor, docking station, headset"),
      (0, "Company smartphone only for roles with on-call duty"),
      (0, "Missing something? Open a ticket in the IT portal")],
     f"The IT helpdesk is led by {PRIYA}. The helpdesk can be reached at {E_HELPDESK} or on extension 400. "
     "Laptops are encrypted before handover, so please do not reinstall the operating system."),
    ("The Buddy Program",
     [(0, "Every new employee gets a buddy from another team"),
      (0, "The buddy program lasts 6 weeks"),
      (0, "Weekly coffee meeting with your buddy, paid by the company"),
      (0, "Your buddy helps with tools, people and unwritten rules"),
      (0, "Feedback survey at the end of the program")],
     f"The buddy program is coordinated by {EMILY} ({E_EMILY}, mobile {P_EMILY}). Buddies are volunteers "
     "with at least one year at Voltaris. If the match does not work, contact Emily and she will find "
     "another buddy."),
    ("Accounts and Security",
     [(0, "Set up multi-factor authentication on day one"),
      (0, "Passwords: see the IT Security Policy (ITS-01)"),
      (0, "Report lost devices and phishing to the security team immediately"),
      (0, "Complete the online security awareness course in your first 2 weeks")],
     "Point people to the IT Security Policy for the exact password rules; do not repeat the numbers here "
     "because they change with new policy versions."),
    ("Life at the Office",
     [(0, "Canteen in Munich: lunch 11:30 to 14:00, subsidized menu 4.50 EUR"),
      (0, "Free drinks and fruit on every floor"),
      (0, "Bike cellar and showers in building B"),
      (0, "Job ticket: the company pays 50 percent of the Deutschlandticket")],
     "The Berlin office has no canteen; Berlin employees receive meal vouchers instead."),
    ("Who to Ask",
     [(0, "People team: contracts, vacation, payroll"),
      (0, "IT helpdesk: laptop, accounts, software"),
      (0, "Facilities: desks, access badges, parking"),
      (0, "Your buddy: everything else")],
     f"Head of People is {SARAH}. End the session by handing out the access badges."),
]


def make_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Pt

    prs = Presentation()
    cp = prs.core_properties
    cp.title = "Onboarding - Welcome to Voltaris Robotics"
    cp.author = COMPANY
    cp.last_modified_by = COMPANY
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3

    for i, (title, bullets, notes) in enumerate(SLIDES):
        if i == 0:
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.shapes.title.text = title
            slide.placeholders[1].text = "\n".join(t for _, t in bullets)
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[1])
            slide.shapes.title.text = title
            tf = slide.placeholders[1].text_frame
            for j, (level, text) in enumerate(bullets):
                p = tf.paragraphs[0] if j == 0 else tf.add_paragraph()
                p.text = text
                p.level = level
                p.font.size = Pt(20 if level == 0 else 16)
        slide.notes_slide.notes_text_frame.text = notes

    prs.save(path)
    normalize_ooxml(path)


# --------------------------------------------------------------------------------------------
# product_faq.html
# --------------------------------------------------------------------------------------------

HTML_IGNORED_MARKERS = [
    "PROMO_BANNER_SCRIPT",              # inside <script>
    "Atlas Picker 3 now with 99 months warranty",  # decoy fact inside <script>
    "Investor Relations",               # inside <nav>
    "Careers at Voltaris",              # inside <nav>
]


def product_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Product FAQ - Voltaris Robotics</title>
<style>
  body {{ font-family: Arial, sans-serif; max-width: 60em; margin: auto; }}
  table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #999; padding: 4px 8px; }}
</style>
<script>
  // PROMO_BANNER_SCRIPT - marketing banner, not product documentation
  var promo = "Atlas Picker 3 now with 99 months warranty";
  window.addEventListener("load", function () {{ document.title = promo; }});
</script>
</head>
<body>
<nav>
  <a href="/">Home</a> | <a href="/products">Products</a> | <a href="/careers">Careers at Voltaris</a> |
  <a href="/ir">Investor Relations</a>
</nav>
<main>
<h1>Product FAQ</h1>
<p>Answers to the questions our customers, distributors and service partners ask most often about the
Atlas Picker 3, the Orbit AMR 600 and the Lumen Vision Kit. Last updated: 10 March 2025.</p>

<h2>Atlas Picker 3</h2>
<p>The Atlas Picker 3 is a six-axis collaborative picking robot for order fulfilment and machine tending.
It is designed and assembled in Munich and works safely next to people without a fence, thanks to
force-torque sensing in every joint.</p>
<h3>Technical specifications</h3>
<table>
  <tr><th>Property</th><th>Atlas Picker 3</th></tr>
  <tr><td>Maximum payload</td><td>12 kg</td></tr>
  <tr><td>Reach</td><td>1,350 mm</td></tr>
  <tr><td>Repeatability</td><td>&plusmn;0.05 mm</td></tr>
  <tr><td>Picks per hour (typical)</td><td>up to 1,100</td></tr>
  <tr><td>Robot weight</td><td>38 kg</td></tr>
  <tr><td>Protection class</td><td>IP54</td></tr>
  <tr><td>Power supply</td><td>230 V, average consumption 350 W</td></tr>
</table>
<h3>Can the Atlas Picker 3 handle fragile items?</h3>
<p>Yes. With the soft vacuum gripper SG-2 it picks items such as glass bottles and eggs. The gripping force
can be limited to 5 N in Voltaris Studio.</p>

<h2>Orbit AMR 600</h2>
<p>The Orbit AMR 600 is an autonomous mobile robot that moves pallets and carts of up to 600 kg through
warehouses without floor markings. It navigates with two safety laser scanners and a 3D camera.</p>
<h3>How long does the battery last?</h3>
<p>The lithium iron phosphate battery gives a runtime of 9.5 hours at full load. A full charge at the
docking station takes 2 hours; opportunity charging during idle times is supported.</p>
<h3>What is the maximum speed?</h3>
<p>The maximum driving speed is 1.8 m/s. In zones shared with people the speed is automatically reduced to
0.8 m/s.</p>

<h2>Lumen Vision Kit</h2>
<p>The Lumen Vision Kit is a 3D camera with an edge computer that recognises items in bins and tells the
Atlas Picker 3 where to grip. The camera has a resolution of 5 megapixels, records 60 frames per second and
works at distances from 0.4 to 2.0 m.</p>

<h2>Warranty and Service</h2>
<p>All products come with a standard warranty that starts on the day of commissioning:</p>
<ul>
  <li>Atlas Picker 3: 24 months warranty, extendable to 48 months with the Voltaris Care Plus contract.</li>
  <li>Orbit AMR 600: 36 months warranty; the battery is covered for 3,000 charge cycles.</li>
  <li>Lumen Vision Kit: 24 months warranty.</li>
  <li>Software updates for Voltaris Studio are free of charge for 5 years after purchase.</li>
</ul>
<p>Service technicians are on site within 48 hours in Germany, Austria and Switzerland and within
72 hours elsewhere in Europe and in the Shanghai region.</p>

<h2>Support contacts</h2>
<ul>
  <li>Technical support Europe: {E_SUPPORT}, phone {P_SUPPORT_DE} (Monday to Friday, 8:00 to 18:00 CET)</li>
  <li>Customers in North America: {E_SALES_US}, phone {P_SUPPORT_US}</li>
</ul>
</main>
<footer><p>&copy; 2025 {COMPANY}, Munich</p></footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# meeting_minutes_2025-03.eml
# --------------------------------------------------------------------------------------------

def make_eml(path: Path) -> None:
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = Address(LAURA, *E_LAURA.split("@"))
    msg["To"] = ", ".join([
        str(Address(JUERGEN, *E_JUERGEN.split("@"))),
        str(Address(KEVIN, *E_KEVIN.split("@"))),
        str(Address(DANIEL, *E_DANIEL.split("@"))),
    ])
    msg["Cc"] = str(Address(AMELIE, *E_AMELIE.split("@")))
    msg["Date"] = "Fri, 14 Mar 2025 09:12:00 +0100"
    msg["Subject"] = "Minutes: Operations Review, 13 March 2025"
    msg["Message-ID"] = f"<20250314091200.ops-review@{DOMAIN}>"
    body = f"""Hello all,

please find below the minutes of yesterday's operations review.

MEETING MINUTES - OPERATIONS REVIEW
Date: Thursday, 13 March 2025, 14:00 to 15:30
Place: Munich HQ, meeting room "Zugspitze", with video link to Shanghai
Chair and minutes: {LAURA}
Attendees: {JUERGEN} (Production), {KEVIN} (General Manager Shanghai),
{DANIEL} (CISO), {AMELIE} (Finance)

1. Shanghai showroom
The showroom in the Zhangjiang office will show the Atlas Picker 3 and the Orbit AMR 600 working
together in a live order-fulfilment cell.
DECISION: The board's budget of 180,000 EUR for the Shanghai showroom is approved. The opening is
planned for 2 June 2025.

2. Atlas Picker 3 production
Order intake in Q1 is above plan. The assembly line in Munich currently builds 40 units per month.
DECISION: Production of the Atlas Picker 3 will increase to 55 units per month from April 2025. Two
additional technicians will be hired for the second shift.

3. Orbit AMR 600 firmware
Firmware 4.2 fixes the docking problem reported by three customers in February.
DECISION: Firmware 4.2 is rolled out to all Orbit AMR 600 customers by 30 April 2025.

4. Security
All laptops in Shanghai must be enrolled in the device-management system. Eleven laptops are still
missing.

ACTION ITEMS
- {KEVIN}: sign the contract with the showroom fit-out company by 28 March 2025.
- {JUERGEN}: publish the job ads for two assembly technicians by 21 March 2025.
- {DANIEL}: enrol the remaining Shanghai laptops in device management by 31 March 2025.
- {AMELIE}: set up a separate cost centre for the showroom by 21 March 2025.
- {LAURA}: send the firmware 4.2 customer letter by 4 April 2025.

Next operations review: Thursday, 10 April 2025, 14:00, room "Zugspitze".

Best regards,

{LAURA_CAPS}
Operations Manager
{COMPANY} | Landsberger Straße 312, 80687 München
Phone {P_LAURA}
"""
    msg.set_content(body, charset="utf-8", cte="8bit")
    path.write_bytes(msg.as_bytes())


# --------------------------------------------------------------------------------------------
# office_locations.txt
# --------------------------------------------------------------------------------------------

def office_txt() -> str:
    return f"""VOLTARIS ROBOTICS - OFFICE LOCATIONS
Last updated: 1 March 2025

MUNICH (headquarters)
{COMPANY}
Landsberger Straße 312, 80687 München, Germany
Reception: {P_MUC}, {E_MUC}
IT service desk (internal network only): {E_IT_MUC}; mail relay: {E_RELAY}
Employees: 212
Functions: management, research and development, production and assembly hall, test lab, finance, HR.
Opening hours of the reception: Monday to Friday, 7:30 to 18:00.
Parking: 40 spaces in the underground garage, booked through the facilities app. Nearest public
transport: S-Bahn station Hirschgarten, 6 minutes on foot.

BERLIN
Voltaris Robotics GmbH, Berlin office
Chausseestraße 86, 10115 Berlin, Germany
Reception: {P_BER}, {E_BER}
Site manager: {JONAS}
Employees: 64
Functions: software development (Voltaris Studio, fleet management), customer success for northern
Germany and Scandinavia.
The Berlin office is on the 4th floor. There is no canteen; employees receive meal vouchers.

SHANGHAI
Voltaris Robotics (Shanghai) Co., Ltd.
Floor 3, 665 Zhangjiang Road, Pudong New Area, Shanghai 201203, China
Reception: {P_SHA}, {E_SHA}
General manager: {KEVIN}
Employees: 85
Functions: sales and service for China and South-East Asia, local assembly of the Orbit AMR 600,
showroom (opening planned for June 2025).

LONDON (sales office)
Voltaris Robotics GmbH, UK branch
20 Eastbourne Terrace, London W2 6LG, United Kingdom
Phone: {P_LON}
Office lead: {OLIVER}
Employees: 9

BOSTON (sales office)
Voltaris Robotics Inc.
245 Summer Street, Suite 410, Boston, MA 02210, USA
Phone: {P_BOS}
Employees: 12

Time zones: Munich and Berlin CET, London GMT, Boston EST, Shanghai CST (7 hours ahead of Munich in
winter). Company-wide meetings are held at 9:00 CET so that Shanghai and Europe can join.
"""


# --------------------------------------------------------------------------------------------
# Chinese documents
# --------------------------------------------------------------------------------------------

def zh_expense_md() -> str:
    return f"""# 差旅及费用报销制度（上海办公室）

版本：2025 年第 1 版，自 2025 年 2 月 1 日起施行。本制度适用于 Voltaris Robotics（上海）有限公司全体员工。慕尼黑总部及柏林办公室员工适用总部的《Travel and Expense Policy》。

## 一、出差审批

1. 员工出差前须在 OA 系统提交《出差申请单》，写明出差事由、地点、日期及预算，经部门负责人批准后方可预订交通和酒店。
2. 单次出差预算超过 8000 元的，须经总经理审批。
3. 出国（境）出差须提前 20 个工作日申请，并同时抄送慕尼黑总部人事部门。

## 二、交通标准

- 高铁、动车：二等座；
- 飞机：经济舱。单程飞行时间超过 8 小时的，经总经理批准可乘坐公务舱；
- 市内交通：出差期间的出租车、网约车费用凭发票实报实销，每日上限 200 元；
- 自驾出差须事先获得部门负责人批准，按每公里 1.2 元给予补贴。

## 三、住宿标准

住宿费用按城市类别实行每晚上限，超出部分由员工自行承担：

| 城市类别 | 城市 | 每晚住宿上限 |
|---|---|---|
| 一线城市 | 北京、上海、广州、深圳 | 600 元 |
| 新一线城市及省会城市 | 杭州、南京、成都、武汉等 | 450 元 |
| 其他城市 | — | 350 元 |

两名同性别员工同行出差的，原则上合住一间标准间。

## 四、伙食补助

出差期间每日餐补 150 元，按自然日计算，无需提供发票。出发当日晚于 18:00 出发或返回当日早于 9:00 到达的，当日餐补减半，即 75 元。客户或会议主办方已提供餐食的，不再发放当日餐补。

因业务需要招待客户的，须事先申请，人均标准不超过 300 元，并在报销单中注明客户单位及参加人数。

## 五、报销流程

1. 出差结束后 15 个工作日内，在费用系统中提交报销单，并上传全部电子发票及行程单。
2. 逾期提交的，须附部门负责人书面说明；超过 60 天未提交的，原则上不予报销。
3. 财务部每月 10 日和 25 日集中支付已审批的报销款，款项直接转入工资卡。
4. 发票抬头须为"Voltaris Robotics（上海）有限公司"，并填写正确的纳税人识别号。

## 六、联系方式

如对本制度有疑问，请联系财务部：邮箱 {E_FIN_SH}，财务专员手机 {CN_MOB_FINANCE}，办公电话 {P_SHA}。
"""


def zh_office_txt() -> str:
    return f"""上海办公室须知（2025 年 3 月更新）

地址：上海市浦东新区张江路 665 号 3 楼，邮编 201203。
欢迎来到 Voltaris Robotics（上海）有限公司！为了让大家在办公室工作得安全、舒适，请仔细阅读以下须知。

一、开放时间
办公室开放时间为周一至周五 8:00 至 20:00；周末及法定节假日关闭。如需在周末加班，请提前一天向行政部报备。

二、门禁卡
请随身携带并佩戴门禁卡！门禁卡仅限本人使用，不得借给他人。门禁卡遗失的，须在当天报告行政部，补办费用为 50 元。忘带门禁卡怎么办？请到前台登记，领取当日有效的临时卡。

三、访客接待
访客须提前一个工作日在前台系统登记；访客到达后须出示有效证件并由接待员工全程陪同。进入装配区的访客必须穿戴安全鞋和工作服。

四、会议室
办公室共有三间会议室：黄浦（12 人）、静安（6 人）、徐汇（4 人）。会议室须在 Outlook 中预订，单次预订最长 2 小时；会议结束后请擦净白板、关闭投影仪。

五、用餐
员工餐厅位于大楼 1 楼，午餐时间为 11:30 至 13:30。公司每月为每位员工的餐卡充值 400 元；茶水间提供免费咖啡和茶。请勿在工位上食用气味较大的食物。

六、垃圾分类
上海实行强制垃圾分类。请将垃圾分为可回收物、有害垃圾、湿垃圾和干垃圾四类，投放到茶水间对应颜色的垃圾桶；废旧电池请交给行政部统一处理。

七、入职材料
新员工须在入职当天向行政部提交身份证复印件、学历证明、银行卡信息及一张证件照。《员工信息登记表》由员工本人填写，行政部仅保存纸质原件。填写示例如下（仅供参考，请勿外传）：
  身份证号码：{CN_ID}
  手机号码：{CN_MOB_FORM}
  紧急联系人：配偶

八、安全与紧急情况
发现火情请立即拨打 119，并通知行政部；紧急疏散集合点为大楼东侧停车场。请不要在消防通道堆放物品！

九、联系方式
行政部邮箱：{E_ADMIN_SH}；IT 服务台（内网）：{E_IT_SH}；行政部手机：{CN_MOB_ADMIN}（工作日 9:00 至 18:00）。夜间及周末请联系大楼物业，电话 {P_SH_PROPERTY}。
有任何建议？欢迎随时告诉行政部；我们会尽快答复。
"""


# --------------------------------------------------------------------------------------------
# Ground truth: planted PII and facts
# --------------------------------------------------------------------------------------------

F_DOCX = "employee_handbook.docx"
F_PDF = "it_security_policy.pdf"
F_XLSX = "expense_policy.xlsx"
F_MD = "expense_policy.md"
F_PPTX = "onboarding.pptx"
F_HTML = "product_faq.html"
F_EML = "meeting_minutes_2025-03.eml"
F_TXT = "office_locations.txt"
F_ZH_MD = "差旅报销制度.md"
F_ZH_TXT = "上海办公室须知.txt"

PLANTED: dict[str, list[tuple[str, str]]] = {
    F_DOCX: [
        ("PERSON", JUERGEN), ("PERSON", MICHAEL), ("PERSON", SARAH),
        ("EMAIL_ADDRESS", E_PAYROLL), ("EMAIL_ADDRESS", E_HR), ("EMAIL_ADDRESS", E_SARAH),
        ("PHONE_NUMBER", P_HR), ("US_SSN", US_SSN), ("IBAN_CODE", IBAN),
    ],
    F_PDF: [
        ("PERSON", DANIEL),
        ("EMAIL_ADDRESS", E_DANIEL), ("EMAIL_ADDRESS", E_HELPDESK), ("EMAIL_ADDRESS", E_SECURITY),
        ("PHONE_NUMBER", P_SECURITY), ("IP_ADDRESS", IP),
    ],
    F_XLSX: [
        ("PERSON", AMELIE), ("PERSON", TOBIAS),
        ("EMAIL_ADDRESS", E_AMELIE), ("EMAIL_ADDRESS", E_TOBIAS),
        ("PHONE_NUMBER", P_FINANCE),
    ],
    F_MD: [
        ("PERSON", AMELIE), ("EMAIL_ADDRESS", E_EXPENSES), ("PHONE_NUMBER", P_FINANCE),
        ("CREDIT_CARD", CARD),
    ],
    F_PPTX: [
        ("PERSON", PRIYA), ("PERSON", EMILY), ("PERSON", SARAH),
        ("EMAIL_ADDRESS", E_HELPDESK), ("EMAIL_ADDRESS", E_EMILY),
        ("PHONE_NUMBER", P_EMILY),
    ],
    F_HTML: [
        ("EMAIL_ADDRESS", E_SUPPORT), ("EMAIL_ADDRESS", E_SALES_US),
        ("PHONE_NUMBER", P_SUPPORT_DE), ("PHONE_NUMBER", P_SUPPORT_US),
    ],
    F_EML: [
        ("PERSON", LAURA), ("PERSON", LAURA_CAPS), ("PERSON", JUERGEN), ("PERSON", KEVIN),
        ("PERSON", DANIEL), ("PERSON", AMELIE),
        ("EMAIL_ADDRESS", E_LAURA), ("EMAIL_ADDRESS", E_JUERGEN), ("EMAIL_ADDRESS", E_KEVIN),
        ("EMAIL_ADDRESS", E_DANIEL), ("EMAIL_ADDRESS", E_AMELIE),
        ("PHONE_NUMBER", P_LAURA),
    ],
    F_TXT: [
        ("PERSON", JONAS), ("PERSON", KEVIN), ("PERSON", OLIVER),
        ("EMAIL_ADDRESS", E_MUC), ("EMAIL_ADDRESS", E_BER), ("EMAIL_ADDRESS", E_SHA),
        ("PHONE_NUMBER", P_MUC), ("PHONE_NUMBER", P_BER), ("PHONE_NUMBER", P_SHA),
        ("PHONE_NUMBER", P_LON), ("PHONE_NUMBER", P_BOS),
        ("EMAIL_ADDRESS", E_IT_MUC), ("EMAIL_ADDRESS", E_RELAY),
    ],
    F_ZH_MD: [
        ("EMAIL_ADDRESS", E_FIN_SH), ("CN_MOBILE", CN_MOB_FINANCE), ("PHONE_NUMBER", P_SHA),
    ],
    F_ZH_TXT: [
        ("CN_RESIDENT_ID", CN_ID), ("CN_MOBILE", CN_MOB_FORM), ("CN_MOBILE", CN_MOB_ADMIN),
        ("EMAIL_ADDRESS", E_ADMIN_SH), ("PHONE_NUMBER", P_SH_PROPERTY),
        ("EMAIL_ADDRESS", E_IT_SH),
    ],
}


def _fact(fid, question, answer, file, lang="en", accept=(), **where):
    d = {"id": fid, "question": question, "answer": answer, "accept": list(accept), "file": file, "lang": lang}
    d.update(where)
    return d


FACTS = {
    "_comment": ("Questions answered by exactly one place in sample_docs/. 'answer' is the expected answer; "
                 "'accept' lists literal strings, each found in the cited location of the extracted text, any "
                 "of which counts as the answer. Location keys: page (PDF, 1-based), sheet (XLSX), slide "
                 "(PPTX, 1-based), section (heading path 'H1 > H2 > H3' for docx/md/html, where a document title "
                 "that is not a heading is left out, so compare by suffix; for txt/eml, which have no headings, "
                 "it names the passage and is informational only). 'follow_up_of' marks a turn that "
                 "only makes sense after the referenced question. No answer depends on a person's name or "
                 "an e-mail address (those are masked)."),
    "answerable": [
        _fact("vacation_days", "How many days of paid vacation do full-time employees get per year?",
              "30 days", F_DOCX, accept=["30 days"], section="Time Off > Vacation"),
        _fact("core_hours", "What are the core working hours?", "10:00 to 15:00", F_DOCX,
              accept=["10:00 to 15:00"], section="Working Time > Core Hours and Flexitime"),
        _fact("remote_days", "On how many days per week may employees work remotely?", "Up to 3 days per week",
              F_DOCX, accept=["3 days per week"], section="Remote Work > Eligibility and Rules"),
        _fact("probation_notice", "What is the notice period during probation?", "2 weeks", F_DOCX,
              accept=["2 weeks"], section="Employment Basics > Probation and Notice Periods"),
        _fact("safety_shoes", "Which class of safety shoes is required in the assembly hall?", "S3", F_DOCX,
              accept=["S3"], section="Workplace Conduct > Dress Code"),
        _fact("password_rotation", "How often must passwords be rotated?", "Every 90 days", F_PDF,
              accept=["90 days"], page=2),
        _fact("password_length", "What is the minimum password length?", "14 characters", F_PDF,
              accept=["14 characters"], page=2),
        _fact("disk_encryption", "Which encryption is required on company laptops?",
              "Full-disk encryption with AES-256 (BitLocker on Windows, FileVault on macOS)", F_PDF,
              accept=["AES-256"], page=3),
        _fact("incident_reporting", "Within how many hours must a security incident be reported?",
              "Within 24 hours", F_PDF, accept=["24 hours"], page=4),
        _fact("per_diem_munich", "What is the per diem in Munich?", "52 EUR", F_XLSX, accept=["52"],
              sheet="Per diem"),
        _fact("per_diem_berlin", "And in Berlin?", "48 EUR", F_XLSX, accept=["48"], sheet="Per diem",
              follow_up_of="per_diem_munich"),
        _fact("hotel_cap_london", "What is the hotel cap per night in London?", "210 EUR", F_XLSX,
              accept=["210"], sheet="Per diem"),
        _fact("mileage_car", "What is the mileage allowance for a private car?", "0.30 EUR per km", F_XLSX,
              accept=["0.3"], sheet="Mileage"),
        _fact("receipt_deadline", "Within how many days must expense receipts be submitted?", "45 days",
              F_MD, accept=["45 days"], section="Travel and Expense Policy > Receipts"),
        _fact("cfo_threshold", "Above which amount does an expense claim need CFO approval?", "5,000 EUR",
              F_MD, accept=["above 5,000 EUR"], section="Travel and Expense Policy > Approval Thresholds"),
        _fact("buddy_duration", "How long does the buddy program last?", "6 weeks", F_PPTX,
              accept=["6 weeks"], slide=4),
        _fact("safety_training_day", "On which day of the first week is the safety training?", "Wednesday",
              F_PPTX, accept=["Wednesday: safety training"], slide=2),
        _fact("atlas_payload", "What is the maximum payload of the Atlas Picker 3?", "12 kg", F_HTML,
              accept=["12 kg"], section="Product FAQ > Atlas Picker 3 > Technical specifications"),
        _fact("atlas_warranty", "How long is the warranty on the Atlas Picker 3?", "24 months", F_HTML,
              accept=["24 months"], section="Product FAQ > Warranty and Service"),
        _fact("orbit_runtime", "What is the battery runtime of the Orbit AMR 600?", "9.5 hours", F_HTML,
              accept=["9.5 hours"], section="Product FAQ > Orbit AMR 600 > How long does the battery last?"),
        _fact("showroom_budget", "What budget was approved for the Shanghai showroom?", "180,000 EUR", F_EML,
              accept=["180,000 EUR"], section="1. Shanghai showroom"),
        _fact("berlin_headcount", "How many employees work at the Berlin office?", "64", F_TXT,
              accept=["Employees: 64"], section="BERLIN"),
        _fact("zh_meal_allowance", "上海办公室员工出差的每日餐补是多少？", "150 元", F_ZH_MD, lang="zh",
              accept=["每日餐补 150 元"], section="差旅及费用报销制度（上海办公室） > 四、伙食补助"),
        _fact("zh_hotel_tier1", "在一线城市出差，每晚住宿费上限是多少？", "600 元", F_ZH_MD, lang="zh",
              accept=["600 元"], section="差旅及费用报销制度（上海办公室） > 三、住宿标准"),
        _fact("zh_badge_fee", "门禁卡遗失后补办费用是多少？", "50 元", F_ZH_TXT, lang="zh",
              accept=["补办费用为 50 元"], section="二、门禁卡"),
    ],
    "unanswerable": [
        {"id": "brazil_parental_leave", "question": "What is the parental leave policy in Brazil?", "lang": "en"},
        {"id": "atlas_price", "question": "What is the list price of the Atlas Picker 3?", "lang": "en"},
        {"id": "per_diem_madrid", "question": "What is the per diem in Madrid?", "lang": "en"},
        {"id": "stock_exchange", "question": "On which stock exchange is Voltaris Robotics listed?", "lang": "en"},
        {"id": "revenue_2019", "question": "What was the company's revenue in 2019?", "lang": "en"},
        {"id": "zh_pets", "question": "上海办公室可以带宠物上班吗？", "lang": "zh"},
    ],
    "must_not_be_indexed": [
        {"file": F_HTML, "text": t, "reason": "inside <script> or <nav>"} for t in HTML_IGNORED_MARKERS
    ],
}


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------

def build() -> None:
    OUT.mkdir(exist_ok=True)
    FIXTURES.mkdir(parents=True, exist_ok=True)
    make_handbook(OUT / F_DOCX)
    make_pdf(OUT / F_PDF)
    make_xlsx(OUT / F_XLSX)
    (OUT / F_MD).write_text(expense_md(), encoding="utf-8")
    make_pptx(OUT / F_PPTX)
    (OUT / F_HTML).write_text(product_html(), encoding="utf-8")
    make_eml(OUT / F_EML)
    (OUT / F_TXT).write_text(office_txt(), encoding="utf-8")
    (OUT / F_ZH_MD).write_text(zh_expense_md(), encoding="utf-8")
    (OUT / F_ZH_TXT).write_bytes(zh_office_txt().encode("gb18030"))

    planted = [{"file": f, "entity_type": t, "value": v} for f, items in PLANTED.items() for t, v in items]
    (FIXTURES / "planted_pii.json").write_text(json.dumps(planted, ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
    (FIXTURES / "sample_facts.json").write_text(json.dumps(FACTS, ensure_ascii=False, indent=2) + "\n",
                                                encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Verification (--check): open every file with its library and look for the planted values/facts
# --------------------------------------------------------------------------------------------

def extract_units(path: Path) -> dict[str, str]:
    """Extracted text per location unit: {"page:2": ..., "sheet:Per diem": ..., "slide:4": ..., "all": ...}."""
    name = path.name
    units: dict[str, str] = {}
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        units["all"] = "\n".join(parts)
    elif name.endswith(".pdf"):
        from pypdf import PdfReader
        r = PdfReader(str(path))
        for i, page in enumerate(r.pages, 1):
            units[f"page:{i}"] = page.extract_text() or ""
        units["all"] = "\n".join(units[f"page:{i}"] for i in range(1, len(r.pages) + 1))
    elif name.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(str(path), read_only=True, data_only=True)
        for ws in wb.worksheets:
            lines = [" | ".join("" if v is None else str(v) for v in row) for row in ws.iter_rows(values_only=True)]
            units[f"sheet:{ws.title}"] = "\n".join(lines)
        units["all"] = "\n".join(v for k, v in units.items())
    elif name.endswith(".pptx"):
        from pptx import Presentation
        prs = Presentation(str(path))
        for i, slide in enumerate(prs.slides, 1):
            parts = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
            if slide.has_notes_slide:
                parts.append(slide.notes_slide.notes_text_frame.text)
            units[f"slide:{i}"] = "\n".join(parts)
        units["all"] = "\n".join(units[f"slide:{i}"] for i in range(1, len(prs.slides) + 1))
    elif name.endswith(".html"):
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(path.read_bytes(), "lxml")
        for tag in soup(["script", "style", "nav"]):
            tag.decompose()
        units["all"] = soup.get_text(" ")
    elif name.endswith(".eml"):
        import email
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        headers = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Cc", "Date", "Subject"))
        units["all"] = headers + "\n\n" + msg.get_body(("plain",)).get_content()
    elif name == F_ZH_TXT:
        units["all"] = path.read_bytes().decode("gb18030")
    else:
        units["all"] = path.read_text(encoding="utf-8")
    return units


def _unit_key(fact: dict) -> str:
    for k in ("page", "sheet", "slide"):
        if k in fact:
            return f"{k}:{fact[k]}"
    return "all"


def check() -> int:
    problems: list[str] = []

    def fail(msg):
        problems.append(msg)
        print("FAIL:", msg)

    # identifiers are valid
    if not luhn_ok(CARD):
        fail(f"card {CARD} fails Luhn")
    if not iban_ok(IBAN):
        fail(f"IBAN {IBAN} fails MOD 97")
    if cn_resident_id(CN_ID[:17]) != CN_ID:
        fail("resident id checksum")

    # GB18030 file must not be valid UTF-8
    raw = (OUT / F_ZH_TXT).read_bytes()
    try:
        raw.decode("utf-8")
        fail(f"{F_ZH_TXT} is valid UTF-8")
    except UnicodeDecodeError:
        pass
    for ch in "。！？；":
        if ch not in raw.decode("gb18030"):
            fail(f"{F_ZH_TXT} lacks punctuation {ch}")

    texts = {p.name: extract_units(p) for p in sorted(OUT.iterdir())}
    expected = {F_DOCX, F_PDF, F_XLSX, F_MD, F_PPTX, F_HTML, F_EML, F_TXT, F_ZH_MD, F_ZH_TXT}
    if set(texts) != expected:
        fail(f"unexpected file set in sample_docs/: {sorted(set(texts) ^ expected)}")

    from pypdf import PdfReader
    n_pages = len(PdfReader(str(OUT / F_PDF)).pages)
    if n_pages < 3:
        fail(f"PDF has only {n_pages} pages")

    # every planted value occurs literally in its file's extracted text
    planted = json.loads((FIXTURES / "planted_pii.json").read_text(encoding="utf-8"))
    for item in planted:
        if item["value"] not in texts[item["file"]]["all"]:
            fail(f"planted {item['entity_type']} {item['value']!r} not found in {item['file']}")

    # conversely, every known fake value that occurs in a file is listed for that file
    listed = {(i["file"], i["value"]) for i in planted}
    known = {v for items in PLANTED.values() for _, v in items}
    for fname, units in texts.items():
        for v in known:
            if v in units["all"] and (fname, v) not in listed:
                fail(f"{v!r} occurs in {fname} but is not listed for it in planted_pii.json")

    # fact answers occur at the cited location; unanswerable/ignored markers do not leak
    facts = json.loads((FIXTURES / "sample_facts.json").read_text(encoding="utf-8"))
    for f in facts["answerable"]:
        unit = texts[f["file"]].get(_unit_key(f))
        if unit is None:
            fail(f"fact {f['id']}: no unit {_unit_key(f)} in {f['file']}")
            continue
        for a in f["accept"]:
            if a not in unit:
                fail(f"fact {f['id']}: {a!r} not in {f['file']} {_unit_key(f)}")
    for m in facts["must_not_be_indexed"]:
        if m["text"] in texts[m["file"]]["all"]:
            fail(f"ignored marker {m['text']!r} survives extraction of {m['file']}")
        if m["text"] not in (OUT / m["file"]).read_text(encoding="utf-8"):
            fail(f"ignored marker {m['text']!r} missing from raw {m['file']}")
    everything = "\n".join(u["all"] for u in texts.values())
    for word in ("Brazil", "Madrid", "stock exchange", "revenue", "宠物", "list price"):
        if word.lower() in everything.lower():
            fail(f"corpus mentions {word!r}, which an unanswerable question relies on being absent")

    # no planted value contains a fact number (digit run of an answer)
    fact_numbers = set()
    for f in facts["answerable"]:
        for n in re.findall(r"\d+(?:[.,]\d+)*", f["answer"]):
            n = n.replace(",", "")
            if len(n) >= 2 and n not in {"10", "00"}:
                fact_numbers.add(n)
    # (checked per digit group; the Berlin area code 30 is unavoidable and allowed)
    allowed = {(P_BER, "30")}
    for item in planted:
        groups = re.findall(r"\d+", item["value"])
        for n in fact_numbers:
            if "." not in n and any(n in g for g in groups) and (item["value"], n) not in allowed:
                fail(f"planted {item['value']!r} contains fact number {n}")

    total = sum(p.stat().st_size for p in OUT.iterdir())
    if total >= 1_000_000:
        fail(f"sample_docs/ is {total} bytes")
    print(f"{len(texts)} files, {total} bytes, {len(planted)} planted values, "
          f"{len(facts['answerable'])} facts, {len(facts['unanswerable'])} unanswerable")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify the generated files after writing them")
    args = ap.parse_args(argv)
    build()
    print(f"wrote {OUT.relative_to(ROOT)}/ and {FIXTURES.relative_to(ROOT)}/planted_pii.json, sample_facts.json")
    return check() if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
