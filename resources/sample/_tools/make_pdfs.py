"""Write the sample's PDF reports (and their sidecars) with minipdf, then check them with pypdf.

All text is English and Latin-only (the PDFs use the standard Helvetica font, WinAnsiEncoding).
The reports are summaries written for the Casefile sample in our own words from public facts;
one is a clearly labelled synthetic record. Deterministic output.

Run:  python resources/sample/_tools/make_pdfs.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of the sample folder
sys.path.insert(0, str(Path(__file__).resolve().parent))
from minipdf import Document  # noqa: E402

REPORTS = Path(__file__).resolve().parent.parent / "reports"
AUTHORS = ["Casefile sample editors"]
NOTE = ("This is a summary written for the Casefile sample archive. It paraphrases public "
        "information in our own words; it does not quote the original documents and is not a "
        "source to cite. Check the official texts before relying on any detail.")


def us_designations_2020() -> tuple[Document, dict]:
    d = Document(title="United States Global Magnitsky designations of July 2020",
                 author="Casefile sample editors",
                 subject="Summary written for the Casefile sample")
    d.heading("United States Global Magnitsky designations of July 2020", 1)
    d.paragraph(NOTE)
    d.heading("The legal basis")
    d.paragraph("The Global Magnitsky Human Rights Accountability Act of 2016 and Executive Order "
                "13818 of December 2017 allow the United States government to impose sanctions on "
                "foreign persons it finds responsible for, or complicit in, serious human rights "
                "abuse or corruption. The Office of Foreign Assets Control (OFAC) of the US "
                "Department of the Treasury administers the programme. Once a person or body is "
                "designated, its property within US jurisdiction is blocked and US persons are in "
                "general prohibited from dealing with it.")
    d.heading("9 July 2020: four officials and the Xinjiang Public Security Bureau")
    d.paragraph("On 9 July 2020 OFAC designated the Xinjiang Public Security Bureau, the regional "
                "police authority of the Xinjiang Uyghur Autonomous Region, together with four "
                "current or former officials of the region:")
    d.bullet("Chen Quanguo, then Party Secretary of the Xinjiang Uyghur Autonomous Region and a "
             "member of the Politburo of the Chinese Communist Party; the most senior of those "
             "designated.")
    d.bullet("Zhu Hailun, a former Deputy Party Secretary of the region, who had earlier led its "
             "Political and Legal Affairs Commission.")
    d.bullet("Wang Mingshan, described at the time as both the Director and the Party Secretary of "
             "the Xinjiang Public Security Bureau.")
    d.bullet("Huo Liujun, a former Party Secretary of the Xinjiang Public Security Bureau.")
    d.paragraph("The Treasury linked the designations to serious human rights abuse against Uyghurs "
                "and members of other ethnic minority groups in the region, including arbitrary "
                "detention and pervasive surveillance.")
    d.paragraph("The same day the US Department of State announced visa restrictions on Chen "
                "Quanguo, Zhu Hailun and Wang Mingshan under Section 7031(c) of the annual "
                "appropriations act. The measure makes the officials and their immediate family "
                "members ineligible to enter the United States.")
    d.page_break()
    d.heading("31 July 2020: the Xinjiang Production and Construction Corps")
    d.paragraph("On 31 July 2020 OFAC designated the Xinjiang Production and Construction Corps "
                "(XPCC) itself, together with two of its officials:")
    d.bullet("Sun Jinlong, a former Party Secretary and political commissar of the XPCC.")
    d.bullet("Peng Jiarui, described as the Deputy Party Secretary and Commander of the XPCC.")
    d.paragraph("The XPCC is a large state-run organisation with economic, administrative and "
                "paramilitary functions; the XPCC overview in this archive describes it. Under "
                "OFAC's general practice, entities owned 50 percent or more by a blocked person "
                "are treated as blocked too, so the designation also mattered for companies in "
                "which the XPCC holds large stakes.")
    d.heading("Related later measures")
    d.bullet("2 December 2020: US Customs and Border Protection (CBP) issued a withhold release "
             "order on cotton and cotton products made by the XPCC.")
    d.bullet("22 March 2021: OFAC designated Wang Junzheng and Chen Mingguo, on the day the "
             "European Union, the United Kingdom and Canada announced their own listings. A "
             "separate report in this archive covers that day.")
    d.heading("How to read these records")
    d.paragraph("A designation is an executive measure, not a court's finding of guilt. The "
                "Sanction records in this archive say who was designated, by which authority, "
                "under which programme and on what date. They do not track later amendments or "
                "removals: check the current official lists before relying on them.")
    d.page_break()
    d.heading("Names in this report")
    d.paragraph("People: Chen Quanguo, Zhu Hailun, Wang Mingshan, Huo Liujun, Sun Jinlong, Peng "
                "Jiarui, Wang Junzheng, Chen Mingguo.")
    d.paragraph("Bodies: Xinjiang Public Security Bureau; Xinjiang Production and Construction "
                "Corps; Office of Foreign Assets Control; United States Department of the "
                "Treasury; United States Department of State; U.S. Customs and Border Protection.")
    d.paragraph("Places: Xinjiang Uyghur Autonomous Region.")
    d.paragraph("Chinese and Uyghur forms of these names are listed in the glossary report. This "
                "PDF uses Latin script only, because it is drawn with a standard PDF font.")
    meta = {"title": "United States Global Magnitsky designations of July 2020",
            "date": "2020-07", "language": "en", "authors": AUTHORS,
            "source": ("Summary written for the Casefile sample from public announcements of the "
                       "US Department of the Treasury (OFAC) and the US Department of State, July 2020"),
            "synthetic": False}
    return d, meta


def xpcc_supply_chains() -> tuple[Document, dict]:
    d = Document(title="The XPCC, trade measures and supply-chain research",
                 author="Casefile sample editors",
                 subject="Summary written for the Casefile sample")
    d.heading("The XPCC, trade measures and supply-chain research", 1)
    d.paragraph(NOTE)
    d.heading("The organisation")
    d.paragraph("The Xinjiang Production and Construction Corps (XPCC), known in Chinese as the "
                "Bingtuan, was founded in 1954. It combines economic activity, the administration "
                "of its own towns and settlements, and paramilitary functions. It was dissolved "
                "in 1975 and restored in 1981. It is organised into divisions and regiments and "
                "has its headquarters in Ürümqi. It is a major producer of cotton and other "
                "agricultural goods and controls a large group of companies.")
    d.heading("Sanctions and trade measures")
    d.bullet("31 July 2020: the US Treasury's Office of Foreign Assets Control (OFAC) designated "
             "the XPCC and two of its officials, Sun Jinlong and Peng Jiarui, under the Global "
             "Magnitsky programme.")
    d.bullet("2 December 2020: US Customs and Border Protection (CBP) issued a withhold release "
             "order directing the detention at US ports of cotton and cotton products made by "
             "the XPCC, citing information that reasonably indicated the use of forced labour.")
    d.bullet("January 2021: CBP extended this approach to cotton and tomato products from the "
             "whole Xinjiang Uyghur Autonomous Region.")
    d.bullet("22 March 2021: the European Union, the United Kingdom and Canada listed the XPCC "
             "Public Security Bureau, together with four officials including Wang Junzheng, then "
             "Party Secretary of the XPCC.")
    d.bullet("The US Uyghur Forced Labor Prevention Act, signed in December 2021, created a "
             "presumption, applied from 21 June 2022, that goods made wholly or in part in the "
             "region are made with forced labour, and may not be imported, unless the importer shows otherwise.")
    d.page_break()
    d.heading("Academic supply-chain research")
    d.paragraph("The Helena Kennedy Centre for International Justice at Sheffield Hallam "
                "University has published a series of research reports tracing supply chains "
                "that begin in the Uyghur Region. Much of this work was led by Laura T. Murphy, "
                "Professor of Human Rights and Contemporary Slavery, with co-researchers. Two "
                "reports from 2021 are widely cited: In Broad Daylight, on the solar industry "
                "and the polysilicon used in solar panels, and Laundering Cotton, on how cotton "
                "from the region can reach international markets through third countries.")
    d.paragraph("The reports rely on public material: company filings and websites, Chinese "
                "state media, government documents and trade and shipping records. They trace "
                "links between producers in the region, including companies connected with the "
                "XPCC, and manufacturers and brands elsewhere, and they discuss state-organised "
                "labour transfer programmes. They describe possible exposure to forced labour in "
                "supply chains; they are not findings by a court.")
    d.heading("Using this record in Casefile")
    d.paragraph("In the entity records, the XPCC is org-xpcc and its police body is "
                "org-xpcc-psb; the research centre is org-shu-hkc. The Sanction records show "
                "the OFAC designation, the CBP withhold release order and the March 2021 "
                "listings of the XPCC Public Security Bureau. This summary names no companies "
                "other than the XPCC, because company-level findings change quickly and should "
                "be read in the original research.")
    meta = {"title": "The XPCC, trade measures and supply-chain research",
            "date": "2020-07", "language": "en", "authors": AUTHORS,
            "source": ("Summary written for the Casefile sample from public announcements of OFAC "
                       "and CBP, EU, UK and Canadian listings, and published research of the Helena "
                       "Kennedy Centre for International Justice, Sheffield Hallam University"),
            "synthetic": False}
    return d, meta


def timeline() -> tuple[Document, dict]:
    d = Document(title="Chronology: Xinjiang-related sanctions and reports, 2020-2022",
                 author="Casefile sample editors",
                 subject="Summary written for the Casefile sample")
    d.heading("Chronology: Xinjiang-related sanctions and reports, 2020-2022", 1)
    d.paragraph(NOTE + " Dates are those of the announcements; entry into force can differ.")
    d.heading("Background")
    d.bullet("1954: the Xinjiang Production and Construction Corps (XPCC) is founded.")
    d.bullet("August 2011: Chen Quanguo becomes Party Secretary of the Tibet Autonomous Region.")
    d.bullet("August 2016: Chen Quanguo becomes Party Secretary of the Xinjiang Uyghur "
             "Autonomous Region, succeeding Zhang Chunxian.")
    d.heading("2020")
    d.bullet("9 July: OFAC designates Chen Quanguo, Zhu Hailun, Wang Mingshan, Huo Liujun and the "
             "Xinjiang Public Security Bureau; the US State Department announces visa "
             "restrictions on Chen Quanguo, Zhu Hailun and Wang Mingshan.")
    d.bullet("31 July: OFAC designates the XPCC, Sun Jinlong and Peng Jiarui.")
    d.bullet("2 December: CBP withhold release order on XPCC cotton and cotton products.")
    d.bullet("7 December: the Council of the European Union adopts the EU global human rights "
             "sanctions regime.")
    d.heading("2021")
    d.bullet("January: CBP withhold release order on cotton and tomato products from the whole "
             "region.")
    d.bullet("22 March: the EU, the UK and Canada list Zhu Hailun, Wang Junzheng, Wang Mingshan, "
             "Chen Mingguo and the XPCC Public Security Bureau; OFAC designates Wang Junzheng and "
             "Chen Mingguo. The same day the PRC Ministry of Foreign Affairs announces "
             "counter-sanctions on ten European individuals and four European bodies, among "
             "them Reinhard Bütikofer, Adrian Zenz, MERICS and the Alliance of Democracies "
             "Foundation.")
    d.bullet("Later in March: China announces further counter-sanctions on individuals and "
             "bodies in the United Kingdom, the United States and Canada.")
    d.bullet("May: the European Parliament resolves not to consider the EU-China Comprehensive "
             "Agreement on Investment while the counter-sanctions remain in place.")
    d.bullet("October: Wang Junzheng becomes Party Secretary of the Tibet Autonomous Region.")
    d.bullet("December: Ma Xingrui succeeds Chen Quanguo as Party Secretary of the Xinjiang "
             "Uyghur Autonomous Region. The US Uyghur Forced Labor Prevention Act is signed.")
    d.page_break()
    d.heading("2022")
    d.bullet("May: Michelle Bachelet, UN High Commissioner for Human Rights, visits China.")
    d.bullet("24 May: a group of news organisations publishes the Xinjiang Police Files, "
             "material from Konasheher (Shufu) County and Tekes County.")
    d.bullet("21 June: the presumption under the Uyghur Forced Labor Prevention Act takes effect.")
    d.bullet("31 August: OHCHR publishes its assessment of human rights concerns in the Xinjiang "
             "Uyghur Autonomous Region.")
    d.bullet("October: the UN Human Rights Council narrowly rejects a proposal to hold a debate "
             "on the assessment.")
    d.heading("Notes on this chronology")
    d.paragraph("The list is selective. It keeps to events covered elsewhere in this archive and "
                "leaves out dates the editors could not confirm. Where only the month is given, "
                "the exact day was not needed for the sample or was not certain.")
    meta = {"title": "Chronology: Xinjiang-related sanctions and reports, 2020-2022",
            "date": "2022", "language": "en", "authors": AUTHORS,
            "source": ("Summary written for the Casefile sample from public announcements by the "
                       "governments and bodies named in it"),
            "synthetic": False}
    return d, meta


def synthetic_audit() -> tuple[Document, dict]:
    d = Document(title="SYNTHETIC: Audit note on Synthetic County Bureau 07",
                 author="Casefile sample editors (synthetic record)",
                 subject="Synthetic record for demonstration",
                 footer="Casefile sample - SYNTHETIC RECORD")
    d.heading("SYNTHETIC RECORD: audit note on Synthetic County Bureau 07", 1)
    d.paragraph("This document is invented for the Casefile sample. Every person, organisation, "
                "place, figure and date in it is synthetic. It does not describe any real "
                "office, event or person, and it is not modelled on any real document. It exists "
                "so that trainers can practise search, annotation and entity linking.")
    d.heading("1. Scope")
    d.paragraph("Synthetic County Bureau 07 (synthetic) is an invented county-level records "
                "office in Synthetic County G. This note reviews its invented office-supply "
                "purchases for the invented year 2031.")
    d.heading("2. People named")
    d.bullet("Synthetic Official 013, Director, Synthetic County Bureau 07, in post since the "
             "invented month 2031-02.")
    d.bullet("Synthetic Official 014, Deputy Director, Synthetic County Bureau 07, in post since the "
             "invented month 2031-01.")
    d.bullet("Synthetic Official 073, Records Officer, Synthetic County Bureau 07.")
    d.heading("3. Findings (all invented)")
    d.paragraph("Finding 1. Three purchase orders for paper and toner from Synthetic Trading "
                "Company 11 were approved by Synthetic Official 014 on the same day. The "
                "invented total was 41,200 synthetic units.")
    d.paragraph("Finding 2. A delivery from the depot of Synthetic Trading Company 11 in "
                "Synthetic Township 07 was recorded twice in the invented ledger by Synthetic "
                "Official 073. The duplicate entry was removed after review.")
    d.paragraph("Finding 3. The inventory of Synthetic Facility 02 did not match the delivery "
                "notes. The difference was 12 invented cartons of envelopes.")
    d.page_break()
    d.heading("4. Recommendations (all invented)")
    d.bullet("Separate the approval of orders from the receipt of goods.")
    d.bullet("Keep one ledger for each site, reconciled every month.")
    d.bullet("Record the name of the receiving clerk on every delivery note.")
    d.heading("5. How to use this document in training")
    d.paragraph("Search the archive for Synthetic Official 014 or for the Chinese alias of the "
                "bureau to see how mentions link this PDF to the synthetic entity records. Add "
                "an annotation to Finding 2 and export it. Compare the Occupancy record of "
                "Synthetic Official 013 with the text above.")
    d.paragraph("Reminder: this is a SYNTHETIC RECORD. Do not cite it.")
    meta = {"title": "SYNTHETIC: Audit note on Synthetic County Bureau 07",
            "date": "2031", "language": "en", "authors": ["Casefile sample editors (synthetic record)"],
            "source": "Synthetic record invented for the Casefile sample; not a real document",
            "synthetic": True}
    return d, meta


BUILDERS = {
    "us-global-magnitsky-july-2020": us_designations_2020,
    "xpcc-supply-chain-research": xpcc_supply_chains,
    "chronology-2020-2022": timeline,
    "synthetic-county-bureau-audit": synthetic_audit,
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check(path: Path, expected: list[list[str]]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path)
    assert len(reader.pages) == len(expected), (path, len(reader.pages), len(expected))
    for i, lines in enumerate(expected):
        got = _norm(reader.pages[i].extract_text())
        want = _norm(" ".join(lines))
        assert got == want, f"{path.name} page {i + 1}:\n got: {got[:300]}\nwant: {want[:300]}"


def main() -> None:
    REPORTS.mkdir(parents=True, exist_ok=True)
    for stem, build in BUILDERS.items():
        doc, meta = build()
        path = REPORTS / f"{stem}.pdf"
        path.write_bytes(doc.to_bytes())
        (REPORTS / f"{stem}.meta.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pages = doc.page_texts
        assert 2 <= len(pages) <= 4, (stem, len(pages))
        check(path, pages)
        print(f"{path.name}: {len(pages)} pages, {path.stat().st_size} bytes, text checked with pypdf")


if __name__ == "__main__":
    main()
