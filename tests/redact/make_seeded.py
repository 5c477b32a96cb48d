#!/usr/bin/env python3
"""Writes tests/redact/seeded.jsonl: self-written chest X-ray reports and clinical notes with
identifiers seeded in many formats, and their gold spans (character offsets, type).

Everything here is written for this project (no report text from ../shared). Names mix
common US names with names outside the census lists the redactor uses (so context rules are
tested, not only the lists); dates, phones and record numbers come in many styles; clinical
sentences use the vocabulary of the 14 observations and eponyms that must stay.

    python3 tests/redact/make_seeded.py [--seed 20261130] [--n 240] [-o tests/redact/seeded.jsonl]
"""
import argparse
import json
import random

FIRST = ["John", "Mary", "Robert", "Patricia", "Michael", "Linda", "David", "Elizabeth", "James", "Jennifer", "Carlos", "Maria",
         "Wei", "Mei", "Ahmed", "Fatima", "Olusegun", "Ngozi", "Priya", "Rahul", "Siobhan", "Declan", "Ingrid", "Lars", "Yuki",
         "Hiroshi", "Anastasia", "Dmitri", "Thandiwe", "Kofi", "Marisol", "Xiomara", "Bartholomew", "Gwendolyn", "Tobias", "Esperanza"]
LAST = ["Smith", "Johnson", "Williams", "Garcia", "Martinez", "Nguyen", "Patel", "Kim", "Okafor", "Oyelaran", "Kowalczyk",
        "Szymanski", "O'Donnell", "McAllister", "Dubois", "Rossi", "Haddad", "Abernathy", "Villanueva", "Takahashi",
        "Ivanova", "Mbeki", "Lindqvist", "Fitzgerald", "Papadopoulos", "Castellanos", "Whitfield", "Thorne", "Adeyemi",
        "Brennan-Liu", "Reyes-Villalobos", "Van der Berg", "Krishnamurthy", "Hollingsworth", "Delacroix-Mendes"]
CITIES = [("Springfield", "IL"), ("Fresno", "CA"), ("Dayton", "OH"), ("Boise", "ID"), ("Tucson", "AZ"), ("Albany", "NY"),
          ("Knoxville", "TN"), ("Eugene", "OR"), ("Lansing", "MI"), ("Savannah", "GA"), ("Provo", "UT"), ("Reno", "NV")]
STREETS = ["Maple Street", "Oak Ave", "Old Kettle Rd", "Harborview Drive", "Elm St.", "Sunset Boulevard", "Cedar Lane",
           "Riverside Dr", "Willow Court", "N. Main Street", "Pine Hill Road", "Lakeshore Blvd"]
FACILITIES = ["St. Mary's Hospital", "Mercy General Hospital", "Riverside Medical Center", "Lakeview Imaging Center",
              "Northgate Family Clinic", "Saint Agnes Medical Center", "Cedar Valley Health Center", "Holloway Memorial Hospital",
              "Bayfront Urgent Care", "Kensington Radiology Associates"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
ORD = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 10: "tenth", 12: "twelfth", 20: "twentieth", 21: "twenty-first"}

# Clinical sentences (self-written): findings of the 14 observations, negations, hedges, devices, eponyms.
CLINICAL = [
    "The heart is normal in size.", "Mild cardiomegaly is again noted.", "The cardiomediastinal silhouette is enlarged.",
    "No focal consolidation, pleural effusion or pneumothorax.", "There is a small left pleural effusion.",
    "Patchy opacity at the right lung base may represent atelectasis or pneumonia.", "Pulmonary edema cannot be excluded.",
    "Interstitial markings are increased, compatible with mild edema.", "A 1.2 cm nodule projects over the left upper lobe.",
    "Calcified granuloma in the right midlung is unchanged.", "Kerley B lines are present at both bases.",
    "A Swan-Ganz catheter terminates in the right pulmonary artery.", "Right PICC line with tip in the distal SVC.",
    "Endotracheal tube tip 4 cm above the carina.", "Nasogastric tube courses below the diaphragm.",
    "Left chest wall pacemaker with leads in the right atrium and ventricle.", "Median sternotomy wires are intact.",
    "Healed fracture of the left 5th rib.", "Acute displaced fracture of the right 7th posterior rib.",
    "Blunting of the left costophrenic angle suggests pleural thickening.", "Hampton hump is not seen.",
    "History of Hodgkin lymphoma treated with radiation.", "No evidence of Westermark sign.",
    "Biapical pleural-parenchymal scarring.", "Lungs are hyperinflated, consistent with emphysema.",
    "Possible early right lower lobe pneumonia.", "Dobhoff tube tip in the stomach.", "Mediastinal contours are within normal limits.",
    "Moderate right pneumothorax with 2 cm apical pleural separation.", "Degenerative changes of the thoracic spine.",
    "There is no free air under the diaphragm.", "Stable appearance of the chest compared to the prior study.",
    "Bibasilar atelectasis, unchanged.", "Cannot exclude a small left effusion.", "No acute cardiopulmonary process.",
    "Tortuous thoracic aorta.", "Hiatal hernia is noted.", "Right internal jugular central venous catheter tip at the cavoatrial junction.",
]
FINDING_WORDS = ["cardiomegaly", "cardiomediastinal", "effusion", "pneumothorax", "opacity", "atelectasis", "pneumonia",
                 "edema", "nodule", "granuloma", "consolidation", "fracture", "catheter", "pacemaker", "tube", "emphysema",
                 "scarring", "thickening", "Kerley", "Swan-Ganz", "Hodgkin", "Hampton", "Westermark", "Dobhoff", "PICC", "lesion"]


class Doc:
    def __init__(self):
        self.parts = []  # (text, kind or None)

    def add(self, text, kind=None):
        self.parts.append((text, kind))
        return self

    def build(self):
        text, spans, at = "", [], 0
        for t, k in self.parts:
            if k:
                spans.append({"start": at, "end": at + len(t), "type": k})
            text += t
            at += len(t)
        return text, spans


def name(r, style=None):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = style or r.choice(["full", "full", "initial", "last", "caps", "lower", "middle", "lastfirst"])
    return {
        "full": f"{f} {l}",
        "initial": f"{f[0]}. {l}",
        "last": l,
        "caps": f"{f} {l}".upper(),
        "lower": f"{f} {l}".lower(),
        "middle": f"{f} {r.choice('ABCDEJKMRT')}. {l}",
        "lastfirst": f"{l}, {f}",
    }[style]


def date(r):
    y, m, d = r.randint(1930, 2026), r.randint(1, 12), r.randint(1, 28)
    mon = MONTHS[m - 1]
    return r.choice([
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d}-{mon[:3]}-{y}",
        f"{mon[:3]} {d}, {y}", f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{mon[:3]} {ORD.get(d, str(d) + 'th')}",
        f"{mon} {d}", f"{m}.{d}.{y}", f"{mon[:3].upper()} {d} {y}", f"{d:02d}.{m:02d}.{y}",
    ])


def phone(r):
    a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
    return r.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"+1 {a} {b} {c:04d}", f"{a} {b} {c:04d}",
                     f"1-{a}-{b}-{c:04d}", f"({a}){b}-{c:04d}", f"{a}-{b}-{c:04d} ext. {r.randint(10, 9999)}"])


def mrn(r):
    return r.choice([str(r.randint(100000, 99999999)), f"A{r.randint(1000000, 9999999)}", f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}",
                     f"MR{r.randint(100000, 999999)}", f"{r.randint(1000000, 9999999)}"])


def accession(r):
    return r.choice([f"ACC{r.randint(100000, 999999)}", f"RAD-2026-{r.randint(100, 99999):05d}", f"{r.randint(10000000, 99999999)}",
                     f"CR{r.randint(1000, 9999)}-{r.randint(10, 99)}", f"X{r.randint(100000, 999999)}"])


def clinical(r, k):
    return " ".join(r.sample(CLINICAL, k))


def header(r, d):
    style = r.choice(["plain", "caps", "inline"])
    n = name(r, r.choice(["full", "caps", "lastfirst"]))
    if style == "caps":
        d.add("PATIENT: ").add(n.upper(), "NAME").add("   MRN: ").add(mrn(r), "ID").add("   DOB: ").add(date(r), "DATE").add("\n")
        d.add("EXAM: CHEST 2 VIEWS   ACC#: ").add(accession(r), "ID").add("   DATE OF SERVICE: ").add(date(r), "DATE").add("\n")
    elif style == "plain":
        d.add("Patient Name: ").add(n, "NAME").add("\nMedical Record Number: ").add(mrn(r), "ID").add("\nAccession: ").add(accession(r), "ID").add("\n")
        d.add("Exam date: ").add(date(r), "DATE").add(" ").add(f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}", "DATE").add("\n")
    else:
        d.add("Pt: ").add(n, "NAME").add(", MRN ").add(mrn(r), "ID").add(", seen ").add(date(r), "DATE").add(". ")


def signoff(r, d):
    n = name(r, r.choice(["full", "middle", "initial", "caps", "lower"]))
    kind = r.randint(0, 6)
    if kind == 0:
        d.add("\nDictated by: ").add(n, "NAME").add(", MD\nSigned: ").add(date(r), "DATE").add("\n")
    elif kind == 1:
        d.add("\nElectronically signed by ").add(n, "NAME").add(" on ").add(date(r), "DATE").add(" at ").add(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", "DATE").add("\n")
    elif kind == 2:
        d.add("\nI have personally reviewed the images. ").add(n, "NAME").add(", M.D.\n")
    elif kind == 3:
        d.add("\nRead by Dr. ").add(name(r, "last"), "NAME").add("; transcribed by ").add(n, "NAME").add(" ").add(date(r), "DATE").add("\n")
    elif kind == 4:
        d.add("\nRADIOLOGIST: ").add(n.upper(), "NAME").add(" MD  PAGER ").add(str(r.randint(1000, 99999)), "PHONE").add("\n")
    elif kind == 5:
        d.add("\nAttending: Dr ").add(name(r, r.choice(["full", "last"])), "NAME").add(". Resident: ").add(n, "NAME").add(".\n")
    else:
        d.add("\n-- ").add(n, "NAME").add(", RN, ").add(r.choice(FACILITIES), "FACILITY").add("\n")


def communication(r, d):
    n = name(r, r.choice(["full", "last", "initial"]))
    t = f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['am', 'pm', 'p.m.'])}"
    v = r.randint(0, 4)
    if v == 0:
        d.add("Findings discussed with Dr. ").add(name(r, "last"), "NAME").add(" by telephone at ").add(t, "DATE").add(" on ").add(date(r), "DATE").add(".")
    elif v == 1:
        d.add("Critical result called to ").add(n, "NAME").add(", RN at ").add(t, "DATE").add(", read back confirmed.")
    elif v == 2:
        d.add("These results were communicated to the referring physician, Dr. ").add(n, "NAME").add(", on ").add(date(r), "DATE").add(".")
    elif v == 3:
        d.add("Spoke with ").add(n, "NAME").add(" (").add(phone(r), "PHONE").add(") about the pneumothorax.")
    else:
        d.add("Dr. ").add(name(r, "last"), "NAME").add(" was paged at ").add(t, "DATE").add(".")


def history(r, d):
    v = r.randint(0, 7)
    age = r.choice([r.randint(20, 88), r.randint(90, 104)])
    age_s = str(age)
    kind = "AGE" if age > 89 else None
    if v == 0:
        d.add("History: ").add(age_s, kind).add("-year-old man with cough and fever. ")
    elif v == 1:
        d.add("INDICATION: ").add(age_s, kind).add(" y/o F, shortness of breath. ")
    elif v == 2:
        d.add("Clinical history: ").add(age_s, kind).add(" yo with chest pain, transferred from ").add(r.choice(FACILITIES), "FACILITY").add(". ")
    elif v == 3:
        c, s = r.choice(CITIES)
        d.add("Patient lives in ").add(c, "LOCATION").add(f", {s} and fell at home on ").add(date(r), "DATE").add(". ")
    elif v == 4:
        d.add("Admitted on the ").add(r.choice(list(ORD.values())), "DATE").add(" for pneumonia. ")
    elif v == 5:
        d.add("Aged ").add(age_s, kind).add(", nursing home resident. ")
    elif v == 6:
        w = r.choice(list(ORDW.items()))
        d.add("Symptoms began on ").add(f"the {w[1]} of {r.choice(MONTHS)}", "DATE").add(". ")
    else:
        d.add("Comparison: ").add(date(r), "DATE").add(" and ").add(date(r), "DATE").add(". ")


def contact(r, d):
    v = r.randint(0, 6)
    c, s = r.choice(CITIES)
    if v == 0:
        d.add("Home address: ").add(f"{r.randint(1, 9999)} {r.choice(STREETS)}", "ADDRESS").add(", ").add(c, "LOCATION").add(f", {s} ").add(f"{r.randint(10000, 99999)}", "LOCATION").add(". ")
    elif v == 1:
        d.add("Contact daughter ").add(name(r, "full"), "NAME").add(" at ").add(phone(r), "PHONE").add(". ")
    elif v == 2:
        d.add("Email: ").add(f"{r.choice(FIRST).lower()}.{r.choice(LAST).lower().replace(' ', '')}@{r.choice(['mailbox.example', 'example.org', 'clinicmail.example'])}", "EMAIL").add(". ")
    elif v == 3:
        d.add("Fax report to ").add(phone(r), "PHONE").add(" or upload at ").add(f"https://portal.{r.choice(['mercy', 'riverside', 'lakeview'])}health.example/rad/{r.randint(1000, 99999)}", "URL").add(". ")
    elif v == 4:
        d.add("SSN ").add(f"{r.randint(100, 899)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}", "ID").add(", account number ").add(str(r.randint(10 ** 8, 10 ** 10)), "ID").add(". ")
    elif v == 5:
        d.add("Workstation ").add(f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP").add(" sent the images; device serial ").add(f"SN-{r.randint(100, 999)}X{r.randint(1000, 9999)}", "ID").add(". ")
    else:
        d.add("Outside films from ").add(r.choice(FACILITIES), "FACILITY").add(" in ").add(c, "LOCATION").add(" were reviewed. ")


def report(r):
    d = Doc()
    if r.random() < 0.8:
        header(r, d)
    parts = [history, communication, contact]
    r.shuffle(parts)
    d.add(r.choice(["FINDINGS: ", "Findings: ", "FINDINGS:\n", ""]))
    d.add(clinical(r, r.randint(2, 4)) + " ")
    for p in parts[: r.randint(1, 3)]:
        p(r, d)
        d.add(" ")
    d.add(r.choice(["\nIMPRESSION: ", "\nImpression: ", "\n"]))
    d.add(clinical(r, r.randint(1, 3)))
    if r.random() < 0.85:
        signoff(r, d)
    return d


def note(r):
    """A shorter clinical note in prose, often lower case or all caps."""
    d = Doc()
    n = name(r, r.choice(["full", "lower", "caps", "initial"]))
    d.add(r.choice(["Note: ", "ED note - ", "Phone note: ", ""]))
    d.add("Mr. " if r.random() < 0.5 else "Ms. ").add(n, "NAME").add(" was seen on ").add(date(r), "DATE").add(". ")
    d.add(clinical(r, 2) + " ")
    contact(r, d)
    if r.random() < 0.5:
        communication(r, d)
    text, spans = d.build()
    if r.random() < 0.25:
        # All caps, as OCR and old systems write: offsets do not move.
        d.parts = [(t.upper(), k) for t, k in d.parts]
    return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--n", type=int, default=240)
    ap.add_argument("-o", "--output", default="tests/redact/seeded.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    with open(a.output, "w") as f:
        for i in range(a.n):
            d = report(r) if i % 4 else note(r)
            text, spans = d.build()
            f.write(json.dumps({"id": f"seeded-{i:04d}", "text": text, "spans": spans}) + "\n")
    print(f"wrote {a.n} documents to {a.output}")


if __name__ == "__main__":
    main()
