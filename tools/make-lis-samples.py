#!/usr/bin/env python3
"""Writes the HL7 v2 (ORU^R01) and FHIR R4 (Bundle) forms of some JSON samples, carrying exactly the same findings,
so that a test can prove the three routes give the same ranking and grade. Run from the repository root:
    python3 tools/make-lis-samples.py
Stains are coded with the example laboratory codes of samples/lis/code-map.csv where one exists, LOINC for Ki-67,
else sent by name; morphology and context use Immunodiff's local IMMDX-* codes (README, LIS integration)."""
import json, os

SAMPLES = ["reference-laryngeal-leiomyosarcoma", "synovial-sarcoma", "solitary-fibrous-tumour", "schwannoma"]
LAB_CODES = {"SMA": "SMA1A4", "desmin": "DES-D33", "S100": "S100P-POLY", "STAT6": "STAT6-IHC"}
OBSERVED = "20250601"

def observations(p):
    """(code, system, display, value, units) for every finding of the panel."""
    out = []
    s = p.get("specimen", {})
    if "subsite" in s: out.append(("IMMDX-SUBSITE", "local", "Subsite", s["subsite"], None))
    if "sizeCm" in s: out.append(("IMMDX-SIZE", "local", "Size (cm)", str(s["sizeCm"]), "cm"))
    m = p.get("morphology", {})
    if "pattern" in m: out.append(("IMMDX-PATTERN", "local", "Pattern", m["pattern"], None))
    if m.get("features"): out.append(("IMMDX-FEATURES", "local", "Features", "; ".join(m["features"]), None))
    if "mitosesPer10Hpf" in m: out.append(("IMMDX-MITOSES", "local", "Mitoses per 10 HPF", str(m["mitosesPer10Hpf"]), None))
    if "necrosis" in m: out.append(("IMMDX-NECROSIS", "local", "Necrosis", m["necrosis"], None))
    if "differentiationScore" in m: out.append(("IMMDX-DIFFERENTIATION", "local", "Differentiation", str(m["differentiationScore"]), None))
    if "description" in m: out.append(("IMMDX-DESCRIPTION", "local", "Microscopic description", m["description"], None))
    for c in p.get("clinical", []): out.append(("IMMDX-CLINICAL", "local", "Clinical", c, None))
    for x in p.get("molecular", []): out.append(("IMMDX-MOLECULAR", "local", "Molecular", x["test"] + ": " + x["result"], None))
    for mk in p["markers"]:
        name = mk["marker"]
        words = [mk[k] for k in ("result", "extent", "intensity", "pattern") if isinstance(mk.get(k), str)]
        pct = mk.get("percent", mk["extent"] if isinstance(mk.get("extent"), (int, float)) else None)
        units = None
        if pct is not None:
            words.append(("%g" % pct) + " %")
            units = "%"
        canonical = {"Ki-67": "Ki-67", "MIB-1": "Ki-67"}.get(name, name)
        if canonical == "Ki-67":
            out.append(("29593-1", "LN", name, " ".join(words) if len(words) > 1 else "%g" % pct, "%"))
        elif canonical in LAB_CODES:
            out.append((LAB_CODES[canonical], "L", name, ", ".join(words), units))
        else:
            out.append(("", "L", name, ", ".join(words), units))
    return out

def esc(t):
    return str(t).replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\").replace("&", "\\T\\").replace("~", "\\R\\")

def hl7(name, p):
    age = p.get("patient", {}).get("age")
    dob = "%04d0101" % (int(OBSERVED[:4]) - age) if age is not None else ""
    sex = {"male": "M", "female": "F", "other": "O", "unknown": "U"}.get(p.get("patient", {}).get("sex", ""), "")
    site = p.get("specimen", {}).get("site", "")
    lines = ["MSH|^~\\&|LIS|PATHLAB|IMMUNODIFF|PATHLAB|%s120000||ORU^R01^ORU_R01|CTRL-%s|P|2.5" % (OBSERVED, name[:12].upper()),
             "PID|1||%s^^^PATHLAB||ANONYMOUS^PATIENT||%s|%s" % (esc(p.get("caseId", name)), dob, sex),
             "OBR|1||%s|IHC^Immunohistochemistry panel^L|||%s||||||||%s" % (esc(p.get("caseId", name)), OBSERVED, esc(site))]
    for i, (code, system, display, value, units) in enumerate(observations(p), 1):
        vt = "NM" if code in ("IMMDX-MITOSES", "IMMDX-DIFFERENTIATION", "IMMDX-SIZE") else "ST"
        lines.append("OBX|%d|%s|%s^%s^%s||%s|%s|||||F" % (i, vt, code, esc(display), system, esc(value), units or ""))
    return "\r".join(lines) + "\r"

def fhir(name, p):
    age = p.get("patient", {}).get("age")
    entries = []
    patient = {"resourceType": "Patient", "id": "p1"}
    if "sex" in p.get("patient", {}): patient["gender"] = p["patient"]["sex"]
    if age is not None: patient["birthDate"] = "%04d-01-01" % (int(OBSERVED[:4]) - age)
    entries.append(patient)
    if p.get("specimen", {}).get("site"):
        entries.append({"resourceType": "Specimen", "id": "s1", "collection": {"bodySite": {"text": p["specimen"]["site"]}}})
    entries.append({"resourceType": "DiagnosticReport", "id": "r1", "status": "final", "code": {"text": "Immunohistochemistry panel"},
                    "identifier": [{"value": p.get("caseId", name)}], "effectiveDateTime": "2025-06-01"})
    for i, (code, system, display, value, units) in enumerate(observations(p), 1):
        sysurl = {"LN": "http://loinc.org", "L": "https://pathlab.example/fhir/CodeSystem/ihc",
                  "local": "https://immunodiff.org/fhir/CodeSystem/local"}[system]
        obs = {"resourceType": "Observation", "id": "o%d" % i, "status": "final", "code": {"text": display}}
        if code: obs["code"]["coding"] = [{"system": sysurl, "code": code, "display": display}]
        if code == "29593-1" and units == "%" and value.replace(".", "").isdigit():
            obs["valueQuantity"] = {"value": float(value), "unit": "%"}
        else:
            obs["valueString"] = value
        entries.append(obs)
    return {"resourceType": "Bundle", "type": "collection",
            "entry": [{"fullUrl": "urn:uuid:%s-%s" % (name, e["id"]), "resource": e} for e in entries]}

os.makedirs("samples/lis/hl7v2", exist_ok=True)
os.makedirs("samples/lis/fhir", exist_ok=True)
for name in SAMPLES:
    p = json.load(open("samples/%s.json" % name))
    open("samples/lis/hl7v2/%s.hl7" % name, "w", newline="").write(hl7(name, p))
    json.dump(fhir(name, p), open("samples/lis/fhir/%s.json" % name, "w"), indent=1, ensure_ascii=False)
print("wrote", len(SAMPLES), "HL7 v2 and FHIR samples")
