"""Render installer/icons/sdapp-{48,128,256}.png (and sdapp.ico for Windows) from resources/icons/app.svg.

    QT_QPA_PLATFORM=offscreen python3 installer/render-icons.py
"""

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE.parent / "resources" / "icons" / "app.svg"

app = QGuiApplication([])
renderer = QSvgRenderer(str(SVG))
assert renderer.isValid(), SVG
images = []
for size in (16, 32, 48, 128, 256):
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    renderer.render(p, QRectF(0, 0, size, size))
    p.end()
    images.append(img)
    if size >= 48:
        assert img.save(str(HERE / "icons" / f"sdapp-{size}.png")), size
assert images[-1].save(str(HERE / "icons" / "sdapp.ico")), "ico"
print("icons written to", HERE / "icons")
