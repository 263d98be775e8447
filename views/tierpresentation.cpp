#include "views/tierpresentation.h"

#include "views/painting/tierreport.h"

#include <QKeyEvent>
#include <QPainter>

namespace clientele {

TierPresentation::TierPresentation(TierDesignEvaluation evaluation, ParetoResult pareto, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_evaluation(std::move(evaluation))
    , m_pareto(std::move(pareto))
{
    setObjectName(QStringLiteral("tierPresentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Tier design: %1").arg(m_evaluation.design.name));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::white);
    setPalette(colours);
}

void TierPresentation::setSlide(int slide)
{
    m_slide = qBound(0, slide, TierReportPages - 1);
    update();
}

void TierPresentation::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal margin = 0.05 * qMin(width(), height());
    const qreal contentWidth = 515;
    const qreal contentHeight = m_contentHeight[size_t(m_slide)];
    const qreal scale = qMin((width() - 2 * margin) / contentWidth, (height() - 2 * margin - 24) / contentHeight);
    painter.save();
    painter.translate((width() - contentWidth * scale) / 2, margin);
    painter.scale(scale, scale);
    const qreal used = paintTierReportPage(painter, m_slide, m_evaluation, m_pareto);
    painter.restore();
    painter.setPen(Qt::gray);
    painter.drawText(rect().adjusted(0, 0, -12, -8), Qt::AlignRight | Qt::AlignBottom,
        tr("%1 / %2 · ← → to move, Esc to close").arg(m_slide + 1).arg(TierReportPages));
    if (!m_measured[size_t(m_slide)] && used > 0) {
        m_measured[size_t(m_slide)] = true;
        m_contentHeight[size_t(m_slide)] = used; // fit the real height on the next paint
        update();
    }
}

void TierPresentation::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        setSlide(m_slide + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        setSlide(m_slide - 1);
        break;
    case Qt::Key_Home:
        setSlide(0);
        break;
    case Qt::Key_End:
        setSlide(TierReportPages - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TierPresentation::mousePressEvent(QMouseEvent *event)
{
    setSlide(event->button() == Qt::RightButton ? m_slide - 1 : m_slide + 1);
}

} // namespace clientele
