"""Prints the Surefire totals per module and overall, from target/surefire-reports."""
import glob
import os
import xml.etree.ElementTree as ET

totals = {}
for path in sorted(glob.glob("**/target/surefire-reports/TEST-*.xml", recursive=True)):
    module = path.split("/target/")[0]
    suite = ET.parse(path).getroot()
    t = totals.setdefault(module, [0, 0, 0, 0])
    t[0] += int(suite.get("tests", 0))
    t[1] += int(suite.get("failures", 0))
    t[2] += int(suite.get("errors", 0))
    t[3] += int(suite.get("skipped", 0))

print("\nSurefire summary")
grand = [0, 0, 0, 0]
for module, (tests, failures, errors, skipped) in sorted(totals.items()):
    print(f"  {module:<20} tests {tests:>5}  failures {failures}  errors {errors}  skipped {skipped}")
    grand = [a + b for a, b in zip(grand, (tests, failures, errors, skipped))]
tests, failures, errors, skipped = grand
print(f"Tests run: {tests}, Failures: {failures}, Errors: {errors}, Skipped: {skipped}")
print(f"{tests - failures - errors - skipped} passed, {failures + errors} failed, {skipped} skipped")
