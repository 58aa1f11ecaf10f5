"""The allowlist SVG sanitiser (defusedxml): notebook outputs and attachments
(tools/model/notebooks.py), the site's SVG files (tools/hooks/site.py), and what `check` tells an
author it would remove (tools/checks/rules/files.py). The HTML sanitiser is
tools/common/sanitize.py."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from xml.etree import ElementTree

from defusedxml import ElementTree as SafeTree
from defusedxml.common import DefusedXmlException

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
SVG_TAGS = frozenset(
    {"svg", "g", "defs", "title", "desc", "path", "rect", "circle", "ellipse", "line",
     "polyline", "polygon", "text", "tspan", "use", "symbol", "clipPath", "linearGradient",
     "radialGradient", "stop", "marker", "pattern", "mask"}
)  # fmt: skip
# Presentation and geometry attributes; `href` is kept only as a local `#id` reference.
SVG_ATTRIBUTES = frozenset(
    {"id", "width", "height", "viewBox", "preserveAspectRatio", "version", "x", "y", "x1",
     "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "d", "points", "transform",
     "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap",
     "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
     "stroke-opacity", "opacity", "color", "font-family", "font-size", "font-weight",
     "font-style", "font-variant", "text-anchor", "dominant-baseline", "alignment-baseline",
     "baseline-shift", "direction", "writing-mode", "unicode-bidi", "letter-spacing",
     "word-spacing", "text-decoration", "dx", "dy", "rotate", "textLength", "lengthAdjust",
     "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits",
     "gradientUnits", "gradientTransform", "spreadMethod", "offset", "stop-color",
     "stop-opacity", "patternUnits", "patternContentUnits", "patternTransform", "markerWidth",
     "markerHeight", "markerUnits", "refX", "refY", "orient", "marker-start", "marker-mid",
     "marker-end", "display", "visibility", "overflow", "vector-effect", "shape-rendering",
     "text-rendering", "image-rendering", "paint-order", "style", "href", "space", "class"}
)  # fmt: skip
_LOCAL_REF = re.compile(r"^#[\w.:-]+$")
_URL_IN_VALUE = re.compile(r"url\s*\(", re.IGNORECASE)
_LOCAL_URL = re.compile(r"""^url\(\s*(["']?)#[\w.:-]+\1\s*\)$""", re.IGNORECASE)
_BAD_VALUE = re.compile(r"javascript:|expression\s*\(|@import|image-set|\\", re.IGNORECASE)


def _safe_svg_value(value: str) -> bool:
    if _BAD_VALUE.search(value):
        return False
    if _URL_IN_VALUE.search(value):
        return bool(_LOCAL_URL.match(value.strip()))
    return True


def _clean_style(style: str) -> str:
    """An SVG `style` attribute with only allowlisted properties and safe values."""
    # tinycss2 loads only when a style attribute or sheet is cleaned
    import tinycss2

    kept = []
    for decl in tinycss2.parse_declaration_list(style, skip_comments=True, skip_whitespace=True):
        if decl.type != "declaration" or decl.lower_name not in SVG_ATTRIBUTES:
            continue
        if any(t.type in ("function", "url") for t in decl.value):
            continue  # colours as names or #hex only; no url(), image-set(), var()
        value = tinycss2.serialize(decl.value).strip()
        if _safe_svg_value(value):
            kept.append(f"{decl.lower_name}:{value}")
    return ";".join(kept)


def _parse_svg(text):
    """The SVG's root element (defusedxml: no entities, no external DTD), or None."""

    try:
        root = SafeTree.fromstring(text.encode("utf-8") if isinstance(text, str) else text)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        return None
    return root if root.tag == f"{{{SVG_NS}}}svg" else None


def _clean_svg_tree(el, removed: list[tuple[str, str]]) -> None:
    """Remove, in place, what the SVG allowlist does not hold; note each removal as
    (text to find it by, description)."""
    for child in list(el):
        ns, _, name = str(child.tag).rpartition("}")
        if ns.lstrip("{") != SVG_NS or name not in SVG_TAGS:
            removed.append((f"<{name}" if isinstance(child.tag, str) else "<", f"<{name}>"))
            el.remove(child)  # with everything inside it
            continue
        _clean_svg_tree(child, removed)
    for attr in list(el.attrib):
        ns, _, name = attr.rpartition("}")
        ns = ns.lstrip("{")
        value = el.attrib[attr]
        ok = (
            (ns == "" and name in SVG_ATTRIBUTES)
            or (ns == XLINK_NS and name == "href")
            or (ns == "http://www.w3.org/XML/1998/namespace" and name == "space")
        )
        if ok and name == "href":
            ok = bool(_LOCAL_REF.match(value.strip()))
        if ok and name == "style":
            value = _clean_style(value)
            el.attrib[attr] = value
        if not ok or not _safe_svg_value(value):
            removed.append((f"{name}=", f"the `{name}` attribute ({value[:40]})"))
            del el.attrib[attr]


def clean_svg(text: str) -> str | None:
    """The SVG with only allowlisted elements and attributes, or None if it does not parse
    (or is not an SVG). No script, style, foreignObject, animation, event handler or
    reference outside the file survives."""

    root = _parse_svg(text)
    if root is None:
        return None
    _clean_svg_tree(root, [])
    ElementTree.register_namespace("", SVG_NS)
    ElementTree.register_namespace("xlink", XLINK_NS)
    return ElementTree.tostring(root, encoding="unicode") + "\n"


def svg_removals(text: str) -> list[tuple[int, str | None]]:
    """(line, what) for each thing `clean_svg` would remove from this SVG; what is None when
    the file is not a valid SVG at all."""
    root = _parse_svg(text)
    if root is None:
        return [(1, None)]
    removed: list[tuple[str, str]] = []
    _clean_svg_tree(root, removed)
    out = []
    for needle, what in removed:
        at = text.find(needle)
        out.append((text.count("\n", 0, at) + 1 if at >= 0 else 1, what))
    return out


def svg_files(site_dir) -> list:
    """Every `.svg` of a built site through `clean_svg`, in place; one that does not parse
    is removed. Returns the removed files."""
    removed = []
    for path in sorted(Path(site_dir).rglob("*.svg")):
        original = path.read_bytes()
        cleaned = clean_svg(original)
        if cleaned is None:
            logging.getLogger("mkdocs.plugins.tamkeen").warning(
                "%s: not a valid SVG image, left out of the site", path
            )
            path.unlink()
            removed.append(path)
        elif cleaned.encode("utf-8") != original:
            path.write_text(cleaned, encoding="utf-8")
    return removed
