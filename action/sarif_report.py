#!/usr/bin/env python3
"""The GitHub Action's report step, on the SARIF headroom wrote: keep it within GitHub's upload limits,
print annotations, write the job summary and the step outputs.

Usage: sarif_report.py SARIF_FILE
Reads GITHUB_OUTPUT and GITHUB_STEP_SUMMARY (files; skipped when unset). Prints workflow commands on stdout.

GitHub's limits for one uploaded SARIF file (docs: "SARIF support for code scanning", upload limits):
25,000 results per run (of which only the 5,000 most severe are shown), 1,000 locations per result, and a
gzipped file of at most 10 MB. Over them, the least severe results are dropped first and a notification in
the run says what was dropped, so the upload is never rejected as a whole.
"""
import collections
import gzip
import json
import os
import sys

MAX_RESULTS = 25_000
MAX_LOCATIONS = 1_000
MAX_GZIP_BYTES = 10 * 1024 * 1024
MAX_ANNOTATIONS = 50  # GitHub shows at most 10 per level and step; more only slow the log down
RANK = {"error": 0, "warning": 1, "note": 2, "none": 3}


def dumps(log):
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def gzip_size(text):
    return len(gzip.compress(text.encode("utf-8"), 6))


def enforce_limits(log, max_results=MAX_RESULTS, max_gzip=MAX_GZIP_BYTES):
    """Trims the log in place; returns a list of sentences saying what was dropped."""
    said = []
    for run in log.get("runs", []):
        results = run.get("results", [])
        for r in results:
            for key in ("locations", "relatedLocations"):
                if len(r.get(key, [])) > MAX_LOCATIONS:
                    said.append(f"{r.get('ruleId')}: {len(r[key]) - MAX_LOCATIONS} {key} beyond {MAX_LOCATIONS} dropped")
                    r[key] = r[key][:MAX_LOCATIONS]
        # Stable sort: the most severe first, report order kept within a level.
        ranked = sorted(range(len(results)), key=lambda i: RANK.get(results[i].get("level", "warning"), 1))
        keep = len(results)
        if keep > max_results:
            keep = max_results
        while keep > 0 and gzip_size(dumps(with_results(log, run, results, ranked, keep))) > max_gzip:
            keep = keep * 9 // 10
        if keep < len(results):
            dropped = collections.Counter(results[i].get("level", "warning") for i in ranked[keep:])
            what = ", ".join(f"{n} {level}" for level, n in sorted(dropped.items(), key=lambda kv: RANK.get(kv[0], 1)))
            sentence = (f"{len(results) - keep} of {len(results)} results were left out of this SARIF file to stay "
                        f"within GitHub's upload limits ({max_results} results, {max_gzip // (1024 * 1024)} MB gzipped): "
                        f"{what}; the most severe were kept. Run headroom locally or narrow 'paths' to see them all.")
            said.append(sentence)
            kept = sorted(ranked[:keep])  # back to report order
            run["results"] = [results[i] for i in kept]
            invocations = run.setdefault("invocations", [{"executionSuccessful": True}])
            invocations[0].setdefault("toolExecutionNotifications", []).append(
                {"message": {"text": sentence}, "level": "warning"})
    return said


def with_results(log, run, results, ranked, keep):
    """A shallow copy of the log whose run holds only the first `keep` ranked results (for measuring)."""
    copy = dict(log)
    copy["runs"] = [dict(r) for r in log["runs"]]
    idx = log["runs"].index(run)
    copy["runs"][idx]["results"] = [results[i] for i in sorted(ranked[:keep])]
    return copy


def is_new(result):
    """Not held by a baseline or suppressed: a result with no suppressions and, where the tool says, baselineState new."""
    if result.get("suppressions"):
        return False
    return result.get("baselineState", "new") in ("new", "updated")


def strip_suppressed(log):
    """Removes suppressed results in place; returns how many."""
    n = 0
    for run in log.get("runs", []):
        results = run.get("results", [])
        kept = [r for r in results if not r.get("suppressions")]
        n += len(results) - len(kept)
        if len(kept) != len(results):
            run["results"] = kept
            for r in kept:
                r.pop("suppressions", None)  # present on all results of a run or none (SARIF 3.27.23)
    return n


def location_of(result):
    loc = (result.get("locations") or [{}])[0].get("physicalLocation", {})
    uri = loc.get("artifactLocation", {}).get("uri", "")
    region = loc.get("region", {})
    return uri, region


def escape_data(s):
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s):
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def annotations(log):
    lines = []
    command = {"error": "error", "warning": "warning", "note": "notice"}
    for run in log.get("runs", []):
        for r in run.get("results", [])[:MAX_ANNOTATIONS]:
            uri, region = location_of(r)
            props = [f"file={escape_property(uri)}", f"line={region.get('startLine', 1)}"]
            if region.get("endLine", region.get("startLine")) == region.get("startLine") and "startColumn" in region:
                props.append(f"col={region['startColumn']}")
            props.append(f"title={escape_property(r.get('ruleId', 'headroom'))}")
            level = command.get(r.get("level", "warning"), "warning")
            lines.append(f"::{level} {','.join(props)}::{escape_data(r.get('message', {}).get('text', ''))}")
    return lines


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def summary(log, sarif_file, dropped, held=0):
    results = [r for run in log.get("runs", []) for r in run.get("results", [])]
    names = {}
    for run in log.get("runs", []):
        for rule in run.get("tool", {}).get("driver", {}).get("rules", []):
            names[rule["id"]] = rule.get("name", "")
    out = ["## headroom", ""]
    if not results:
        out.append("No findings.")
    else:
        levels = collections.Counter(r.get("level", "warning") for r in results)
        out.append(f"{len(results)} finding(s): " + ", ".join(
            f"{n} {lvl}" for lvl, n in sorted(levels.items(), key=lambda kv: RANK.get(kv[0], 1))) + ".")
        out += ["", "| rule | file | findings | lines |", "|---|---|---:|---|"]
        groups = collections.OrderedDict()
        for r in results:
            uri, region = location_of(r)
            groups.setdefault((r.get("ruleId", ""), uri), []).append(region.get("startLine", 0))
        for (rule, uri), lines in sorted(groups.items()):
            title = f"`{rule}` {names.get(rule, '')}".strip()
            out.append(f"| {cell(title)} | `{cell(uri)}` | {len(lines)} | {', '.join(str(n) for n in sorted(lines))} |")
    if held:
        out += ["", f"{held} more finding(s) held by the baseline or suppressed, left out of the SARIF upload."]
    for sentence in dropped:
        out += ["", f"> **Note:** {sentence}"]
    out += ["", f"SARIF: `{sarif_file}`", ""]
    return "\n".join(out)


def main():
    sarif_file = sys.argv[1]
    with open(sarif_file, encoding="utf-8") as f:
        log = json.load(f)
    results = [r for run in log.get("runs", []) for r in run.get("results", [])]
    total = len(results)  # before any trimming: the outputs count what headroom found
    new = sum(1 for r in results if is_new(r))
    # GitHub ignores `suppressions` and would open an alert for each suppressed result: upload only the rest.
    stripped = strip_suppressed(log)
    dropped = enforce_limits(log)
    if dropped or stripped:
        with open(sarif_file, "w", encoding="utf-8") as f:
            f.write(dumps(log))
        for sentence in dropped:
            print(f"::warning title=headroom::{escape_data(sentence)}")
    for line in annotations(log):
        print(line)
    if os.environ.get("GITHUB_OUTPUT"):
        with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as f:
            f.write(f"sarif-file={sarif_file}\nfindings={total}\nnew-findings={new}\n")
    if os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as f:
            f.write(summary(log, sarif_file, dropped, stripped))


if __name__ == "__main__":
    main()
