#include "views/chartexport.h"

#include "analysis/export/exportfile.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

namespace clientele {

namespace {

// Translation context of the user-visible sentences: a named context that lupdate sees, too.
struct ChartExportText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::ChartExport)
};

} // namespace

bool exportChart(QWidget *chart, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = chart->size();
    if (size.isEmpty()) {
        *error = ChartExportText::tr("The chart has no size yet; show it first.");
        return false;
    }
    if (suffix != u"png" && suffix != u"svg" && suffix != u"pdf") {
        *error = ChartExportText::tr("Choose a file ending in .png, .svg or .pdf.");
        return false;
    }
    // Never over a workspace; written to a temporary file that replaces `path` only when complete.
    ExportFile file(path);
    if (!file.open(error))
        return false;
    if (suffix == u"png") {
        constexpr qreal Scale = 2.0;
        QImage image(size * Scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(Scale);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
        if (!image.save(file.device(), "PNG")) {
            file.cancel();
            *error = ChartExportText::tr("Cannot write %1.").arg(path);
            return false;
        }
        return file.commit(error);
    }
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(file.device());
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(chart->windowTitle().isEmpty() ? QFileInfo(path).completeBaseName() : chart->windowTitle());
        svg.setDescription(ChartExportText::tr("Exported from Clientele"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            file.cancel();
            *error = ChartExportText::tr("Cannot write %1.").arg(path);
            return false;
        }
        chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
        return file.commit(error);
    }
    {
        QPdfWriter pdf(file.device());
        pdf.setCreator(QStringLiteral("Clientele"));
        pdf.setTitle(QFileInfo(path).completeBaseName());
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF());
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancel();
            *error = ChartExportText::tr("Cannot write %1.").arg(path);
            return false;
        }
        // Scale the widget (in device-independent pixels) onto the page.
        const qreal scale = qreal(pdf.width()) / qreal(size.width());
        painter.scale(scale, scale);
        chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
    }
    return file.commit(error);
}

void exportChartInteractively(QWidget *chart, const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(chart, ChartExportText::tr("Export Chart"),
        folder + u'/' + suggestedName + QStringLiteral(".png"),
        ChartExportText::tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChart(chart, path, &error))
        QMessageBox::warning(chart, ChartExportText::tr("Export Chart"), error);
}

void addChartExportAction(QWidget *chart, const QString &suggestedName)
{
    auto *action = new QAction(ChartExportText::tr("Export Chart…"), chart);
    QObject::connect(
        action, &QAction::triggered, chart, [chart, suggestedName] { exportChartInteractively(chart, suggestedName); });
    chart->addAction(action);
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace clientele
