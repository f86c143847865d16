#!/usr/bin/env python3
"""drop-jre-unit.py SITE: removes the build JRE's unit (a.jre.javase) from a p2 repository's metadata.

Tycho's mirror adds the unit of the JRE the build ran on, to satisfy the bundles' osgi.ee
requirements. A site must not publish it: every Eclipse brings its own JRE unit, and a stray
'a.jre.javase 25' only misleads p2 and the user. Rewrites content.jar and content.xml.xz alike
(p2 reads either) and fails when the unit is missing from both, so a Tycho change is noticed.
"""
import io
import lzma
import os
import re
import sys
import zipfile

site = sys.argv[1]
UNIT = re.compile(r"\n\s*<unit id='a\.jre\.javase' [^>]*>.*?</unit>", re.S)


def drop(xml):
    out, n = UNIT.subn("", xml)
    if n:
        m = re.search(r"<units size='(\d+)'>", out)
        out = out[:m.start()] + f"<units size='{int(m.group(1)) - n}'>" + out[m.end():]
    return out, n


removed = 0
jar = os.path.join(site, "content.jar")
if os.path.exists(jar):
    with zipfile.ZipFile(jar) as z:
        xml = z.read("content.xml").decode("utf-8")
    xml, n = drop(xml)
    removed += n
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("content.xml", xml)
    with open(jar, "wb") as f:
        f.write(buf.getvalue())
xz = os.path.join(site, "content.xml.xz")
if os.path.exists(xz):
    with lzma.open(xz) as f:
        xml = f.read().decode("utf-8")
    xml, n = drop(xml)
    removed += n
    with lzma.open(xz, "w") as f:
        f.write(xml.encode("utf-8"))
if removed == 0:
    sys.exit("drop-jre-unit: no a.jre.javase unit in " + site)
print(f"drop-jre-unit: removed the build JRE unit from {site} ({removed} metadata files)")
