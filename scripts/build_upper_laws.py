#!/usr/bin/env python3
"""Builds normdesk's built-in upper-law table (src/main/resources/laws/upper-laws.tsv).

Usage: python3 scripts/build_upper_laws.py DATA_DIR > src/main/resources/laws/upper-laws.tsv
DATA_DIR is the laws/ folder of the shared data (see its SOURCES.md). Only facts are carried over:
names, levels, dates and statuses, in normdesk's own column layout. Re-run when the sources change.

Rules applied:
- 宪法, 法律 and 行政法规 of the LawRefBook index, one row per title (the newest version). The first
  date of its history is the date it was made; the newest 修正/修订/修改 date is its last amendment.
- A title whose only version LawRefBook marks expired is taken as 已废止 (date and successor unknown).
- 民法典 第1260条: nine laws 已废止 on 2021-01-01, replaced by 民法典.
- The NPCSC decision of 2025-12-27 and the NPC decision of 2026-03-12 declare their listed items 失效
  (kept as 已废止, with the decision as the note).
"""
import csv
import re
import sys
from pathlib import Path

COLUMNS = ["name", "level", "issuer", "made_on", "effective_on", "amended_on", "status", "status_on",
           "replaced_by", "note"]
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def iso(m):
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def issuer(level):
    return {"宪法": "全国人民代表大会", "法律": "全国人民代表大会常务委员会", "行政法规": "国务院"}.get(level, "")


def index_rows(data):
    by_title = {}
    with open(data / "lawrefbook_laws_and_regulations_index.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["level"] in ("宪法", "法律", "行政法规"):
                # one row of the index lacks its full title; the law's name with the national prefix is it
                title = r["full_title"].strip() or "中华人民共和国" + r["name"].strip()
                by_title.setdefault(title, []).append(r)
    out = {}
    for title, versions in by_title.items():
        newest = max(versions, key=lambda r: r["version_publish_date"] or "")
        history = newest["history_lines"].split(" | ")
        made = next((iso(m) for h in history for m in [DATE.search(h)] if m), "")
        amended = ""
        for h in history:
            m = DATE.search(h)
            if m and re.search(r"修正|修订|修改", h) and iso(m) > amended:
                amended = iso(m)
        expired = all(v["superseded_or_expired"] == "1" for v in versions)
        out[title] = {
            "name": title, "level": newest["level"], "issuer": issuer(newest["level"]),
            "made_on": made, "effective_on": newest["valid_from"], "amended_on": amended,
            "status": "已废止" if expired else "有效", "status_on": "", "replaced_by": "",
            "note": "来源标注为失效，废止日期与替代文件待核实" if expired else "",
        }
    return out


def civil_code(data, table):
    with open(data / "civil_code_repealed_laws.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = (r["law_name"] or "").strip()
            if not name:
                continue
            row = table.get(name, {"name": name, "level": "法律", "issuer": issuer("法律"), "made_on": "",
                                   "effective_on": "", "amended_on": "", "note": ""})
            row.update({"made_on": r["enacted_or_promulgated"] or row["made_on"],
                        "effective_on": r["effective_from"] or row["effective_on"],
                        "amended_on": r["last_amended"] or row["amended_on"]})
            if r["status"] == "已废止":
                row.update({"status": "已废止", "status_on": r["repeal_effective_date"],
                            "replaced_by": r["repealed_by"], "note": r["legal_basis"]})
            else:
                row.update({"status": "有效", "status_on": "", "replaced_by": "", "note": row.get("note", "")})
            table[name] = row


ITEM = re.compile(r"^\d+\.(.+?)（(\d{4})年(\d{1,2})月(\d{1,2})日")


def cleanup_list(path, decided_on, note, table):
    for line in path.read_text(encoding="utf-8").splitlines():
        m = ITEM.match(line.strip())
        if not m:
            continue
        name = m.group(1).strip()
        made = f"{int(m.group(2)):04d}-{int(m.group(3)):02d}-{int(m.group(4)):02d}"
        level = "法律" if name.endswith("法") else "有关法律问题的决定"
        row = table.get(name, {"name": name, "level": level, "issuer": "全国人民代表大会常务委员会",
                               "made_on": made, "effective_on": "", "amended_on": "", "replaced_by": ""})
        row.update({"status": "已废止", "status_on": decided_on, "note": note})
        table[name] = row


def main():
    data = Path(sys.argv[1])
    table = index_rows(data)
    civil_code(data, table)
    cleanup_list(next(data.glob("NPCSC_2025-12-27_*.md")), "2025-12-27",
                 "全国人大常委会2025年12月27日批准法律清理报告，宣告失效", table)
    cleanup_list(next(data.glob("NPC_2026-03-12_*.md")), "2026-03-12",
                 "十四届全国人大四次会议2026年3月12日批准法律清理报告，宣告失效", table)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    print("# normdesk 内置上位法表：法律、行政法规及已废止、宣告失效的法律（由 scripts/build_upper_laws.py 生成）")
    print("# version\t2026.1")
    w.writerow(COLUMNS)
    for name in sorted(table):
        w.writerow([table[name].get(c, "") for c in COLUMNS])


if __name__ == "__main__":
    main()
