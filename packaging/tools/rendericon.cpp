// SPDX-License-Identifier: GPL-3.0-or-later
// rendericon: renders the application icon (an SVG) to PNG files of the given sizes, for the
// icon theme folders of the Linux package (hicolor/<size>x<size>/apps). Run at build time, so
// the PNGs never drift from the SVG.
//
//   rendericon <icon.svg> <output directory> <size>...   → <dir>/<size>x<size>.png, and
//   <dir>/parcours.ico (the largest size up to 256, for the Windows installer) when Qt's ICO
//   image plugin is there.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: rendericon <icon.svg> <output directory> <size>...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "rendericon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    QImage largest;
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "rendericon: bad size %s\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter, QRectF(0, 0, size, size));
        }
        const QString file = out.filePath(QStringLiteral("%1x%1.png").arg(size));
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "rendericon: cannot write %s\n", qPrintable(file));
            return 1;
        }
        if (size <= 256 && size > largest.width())
            largest = image;
    }
    if (!largest.isNull() && QImageWriter::supportedImageFormats().contains("ico"))
        largest.save(out.filePath(QStringLiteral("parcours.ico")), "ICO");
    return 0;
}
