#include "views/painting/tierreport.h"

#include "analysis/export/exportfile.h"
#include "models/tiermodels.h"
#include "models/valueformat.h"
#include "views/painting/palette.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace clientele {

namespace {

struct TierReportText
{
    Q_DECLARE_TR_FUNCTIONS(clientele::TierReport)
};

using Row = QStringList;

// Draws on a QPdfWriter at 72 dpi, so one unit is one point; A4 with 40 pt margins is 515 × 762.
class ReportPainter
{
public:
    explicit ReportPainter(QPainter &painter)
        : m_painter(painter)
    {
    }

    // Sizes are in layout units (points on the 72 dpi PDF); on a screen the same layout is drawn scaled,
    // so the point size is corrected for the device's resolution.
    static QFont font(qreal size, bool bold = false, const QPainter *painter = nullptr)
    {
        const int dpi = painter && painter->device() ? painter->device()->logicalDpiY() : 72;
        const qreal pointSize = size * 72.0 / qreal(dpi > 0 ? dpi : 72);
        // Latin text and digits in a Latin face first: Qt 6.4 writes no ToUnicode entry for the digit
        // glyphs the CJK face substitutes in mixed text, so they vanish from copy/paste and pdftotext.
        // Chinese falls back to Noto Sans CJK SC (or the others on systems without it).
        QFont f;
        f.setFamilies({u"DejaVu Sans"_s, u"Noto Sans"_s, u"Liberation Sans"_s, u"Noto Sans CJK SC"_s, u"Noto Sans SC"_s,
            u"Source Han Sans SC"_s, u"WenQuanYi Micro Hei"_s, u"Droid Sans Fallback"_s, u"sans-serif"_s});
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        return f;
    }

    void heading(const QString &text, qreal size = 18)
    {
        text_(text, font(size, true, &m_painter), palette::ink());
        m_y += 6;
    }
    void line(const QString &text, qreal size = 10.5, const QColor &colour = palette::ink())
    {
        text_(text, font(size, false, &m_painter), colour);
    }
    void gap(qreal points) { m_y += points; }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }

    // First row is the header; the first column is left-aligned, the others right-aligned.
    void table(const std::vector<Row> &rows, const std::vector<qreal> &widths)
    {
        const qreal rowHeight = 18;
        for (size_t r = 0; r < rows.size(); ++r) {
            m_painter.setFont(font(8.5, r == 0, &m_painter));
            qreal x = 0;
            if (r == 0) {
                m_painter.fillRect(QRectF(0, m_y, total(widths), rowHeight), palette::guide().lighter(135));
            }
            for (qsizetype c = 0; c < rows[r].size() && size_t(c) < widths.size(); ++c) {
                const QRectF cell(x + 4, m_y, widths[size_t(c)] - 8, rowHeight);
                m_painter.setPen(palette::ink());
                m_painter.drawText(cell, Qt::AlignVCenter | (c == 0 ? Qt::AlignLeft : Qt::AlignRight), rows[r][c]);
                x += widths[size_t(c)];
            }
            m_y += rowHeight;
            m_painter.setPen(QPen(palette::guide(), 0.5));
            m_painter.drawLine(QPointF(0, m_y), QPointF(total(widths), m_y));
        }
        m_y += 10;
    }

private:
    static qreal total(const std::vector<qreal> &widths)
    {
        qreal sum = 0;
        for (qreal w : widths)
            sum += w;
        return sum;
    }
    void text_(const QString &text, const QFont &f, const QColor &colour)
    {
        m_painter.setFont(f);
        m_painter.setPen(colour);
        const QRectF bounds(0, m_y, 515, 400);
        const QRectF used = m_painter.boundingRect(bounds, Qt::TextWordWrap, text);
        m_painter.drawText(bounds, Qt::TextWordWrap, text);
        m_y += used.height() + 2;
    }

    QPainter &m_painter;
    qreal m_y = 0;
};

QString ruleText(DowngradeRule rule)
{
    return rule == DowngradeRule::ToEarnedTier ? TierReportText::tr("to the tier earned")
                                               : TierReportText::tr("at most one tier per re-rating");
}

void drawLorenz(QPainter &p, const QRectF &area, const ParetoResult &pareto)
{
    p.setPen(QPen(palette::guide(), 0.8));
    p.drawRect(area);
    auto at = [&area](double x, double y) {
        return QPointF(area.left() + x * area.width(), area.bottom() - y * area.height());
    };
    p.setFont(ReportPainter::font(8, false, &p));
    for (int i = 0; i <= 4; ++i) {
        const double t = i / 4.0;
        p.setPen(QPen(palette::guide(), 0.4, Qt::DotLine));
        p.drawLine(at(t, 0), at(t, 1));
        p.drawLine(at(0, t), at(1, t));
        p.setPen(palette::ink());
        p.drawText(QRectF(at(t, 0).x() - 20, area.bottom() + 2, 40, 12), Qt::AlignCenter, formatPercent(t, 0));
        p.drawText(
            QRectF(area.left() - 44, at(0, t).y() - 6, 40, 12), Qt::AlignRight | Qt::AlignVCenter, formatPercent(t, 0));
    }
    p.setPen(QPen(palette::guide(), 1.0, Qt::DashLine));
    p.drawLine(at(0, 0), at(1, 1));
    QPainterPath curve;
    for (size_t i = 0; i < pareto.lorenz.size(); ++i) {
        const QPointF point = at(pareto.lorenz[i].customerShare, pareto.lorenz[i].revenueShare);
        i == 0 ? curve.moveTo(point) : curve.lineTo(point);
    }
    p.setPen(QPen(palette::blue(), 2.0));
    p.drawPath(curve);
    if (pareto.customers > 0) {
        // The head: the top headPercent % sit at the right end of the ascending curve.
        const double x = 1.0 - double(pareto.headCustomers) / double(pareto.customers);
        const QPointF head = at(x, 1.0 - pareto.headRevenueShare);
        p.setBrush(palette::rose());
        p.setPen(Qt::NoPen);
        p.drawEllipse(head, 3.5, 3.5);
        p.setBrush(Qt::NoBrush);
        p.setPen(palette::ink());
        p.drawText(QRectF(head.x() - 200, head.y() - 16, 195, 14), Qt::AlignRight,
            TierReportText::tr("top %1%: %2 of revenue")
                .arg(pareto.headPercent)
                .arg(formatPercent(pareto.headRevenueShare)));
    }
    p.setFont(ReportPainter::font(8.5, false, &p));
    p.drawText(QRectF(area.left(), area.bottom() + 14, area.width(), 14), Qt::AlignCenter,
        TierReportText::tr("Share of customers (lowest revenue first)"));
}

Row quantileRow(const QString &label, double value, bool money)
{
    return {label, money ? formatMoney(std::llround(value)) : QString::number(value, 'f', 1)};
}

void summaryPage(ReportPainter &r, const TierDesignEvaluation &e)
{
    const TierDesign &d = e.design;
    r.heading(TierReportText::tr("Tier design: %1").arg(d.name), 22);
    r.line(TierReportText::tr("As of %1 · rating period %2 days · previous rating %3 · downgrade: %4")
               .arg(dayToIsoDate(e.asOfDay))
               .arg(d.params.windowDays)
               .arg(dayToIsoDate(e.ratingDay), ruleText(d.downgrade)),
        10, palette::mutedText());
    r.gap(14);
    r.heading(TierReportText::tr("Thresholds and members"), 14);
    std::vector<Row> rows{{TierReportText::tr("Tier"), TierReportText::tr("Min. spend"),
        TierReportText::tr("or orders"), TierReportText::tr("Members"), TierReportText::tr("Share"),
        TierReportText::tr("Revenue"), TierReportText::tr("Revenue share")}};
    for (size_t i = 0; i < e.perTier.size(); ++i) {
        const TierDefinition &t = d.params.tiers[i];
        const TierSummary &s = e.perTier[i].summary;
        rows.push_back({tierLabel(t), formatMoney(t.minSpendMinor),
            t.minOrders > 0 ? QString::number(t.minOrders) : u"–"_s, formatCount(s.members), formatPercent(s.share),
            formatMoney(s.revenueMinor), formatPercent(s.revenueShare)});
    }
    rows.push_back({TierReportText::tr("All rated customers"), QString(), QString(), formatCount(e.tiers.customers),
        formatPercent(1.0), formatMoney(e.revenueMinor), formatPercent(e.revenueMinor != 0 ? 1.0 : 0.0)});
    r.table(rows, {105, 65, 60, 60, 50, 90, 85});
    r.line(TierReportText::tr("Members are rated on their net spend (orders − returns) in the %1 days up to the as-of "
                              "date; a customer earns the highest tier whose spend or order threshold they reach.")
               .arg(d.params.windowDays),
        9, palette::mutedText());
    r.gap(10);
    r.line(TierReportText::tr("Estimated benefit cost: %1 per period, %2 of the rated customers' revenue.")
               .arg(formatMoney(e.benefitCostMinor), formatPercent(e.costShareOfRevenue)),
        11);
}

void diagnosisPage(ReportPainter &r, QPainter &p, const ParetoResult &pareto)
{
    r.heading(TierReportText::tr("80/20 diagnosis"), 18);
    r.line(TierReportText::tr("The top %1% of customers (%2) hold %3 of net revenue; Gini %4.")
               .arg(pareto.headPercent)
               .arg(formatCount(pareto.headCustomers))
               .arg(formatPercent(pareto.headRevenueShare))
               .arg(QString::number(pareto.gini, 'f', 2)));
    r.gap(8);
    const QRectF chart(50, r.y(), 300, 240);
    drawLorenz(p, chart, pareto);
    r.setY(chart.bottom() + 40);
    r.heading(TierReportText::tr("Head customers: first order and frequency"), 13);
    const HeadDistribution &a = pareto.headFirstOrder;
    const HeadDistribution &f = pareto.headFrequency;
    std::vector<Row> rows{
        {TierReportText::tr("Statistic"), TierReportText::tr("First-order amount"), TierReportText::tr("Orders")}};
    const std::vector<std::pair<QString, std::pair<double, double>>> stats{
        {TierReportText::tr("Minimum"), {double(a.min), double(f.min)}},
        {TierReportText::tr("10th percentile"), {a.p10, f.p10}},
        {TierReportText::tr("25th percentile"), {a.p25, f.p25}},
        {TierReportText::tr("Median"), {a.p50, f.p50}},
        {TierReportText::tr("75th percentile"), {a.p75, f.p75}},
        {TierReportText::tr("90th percentile"), {a.p90, f.p90}},
        {TierReportText::tr("Maximum"), {double(a.max), double(f.max)}},
        {TierReportText::tr("Mean"), {a.mean, f.mean}},
    };
    for (const auto &[label, values] : stats)
        rows.push_back({label, quantileRow(label, values.first, true)[1], quantileRow(label, values.second, false)[1]});
    r.table(rows, {140, 130, 90});
    r.line(TierReportText::tr("A tier's entry threshold near the head's first-order amounts lets new customers aim "
                              "for it from their first purchase; the order track follows the frequency quantiles."),
        9, palette::mutedText());
}

void movementsPage(ReportPainter &r, const TierDesignEvaluation &e)
{
    const auto &tiers = e.design.params.tiers;
    const ReratingResult &m = e.rerating;
    r.heading(TierReportText::tr("Re-rating movements"), 18);
    r.line(TierReportText::tr("Customers rated on %1 and re-rated on %2 (rows: tier before, columns: tier after).")
               .arg(dayToIsoDate(e.ratingDay), dayToIsoDate(e.asOfDay)));
    r.gap(6);
    std::vector<Row> rows{{TierReportText::tr("From \\ to")}};
    std::vector<qreal> widths{130};
    for (const TierDefinition &t : tiers) {
        rows[0].append(tierLabel(t));
        widths.push_back(std::min<qreal>(95, 385.0 / qreal(tiers.size())));
    }
    for (int i = 0; i < m.tierCount; ++i) {
        Row row{tierLabel(tiers[size_t(i)])};
        for (int j = 0; j < m.tierCount; ++j)
            row.append(formatCount(m.cell(i, j)));
        rows.push_back(row);
    }
    Row newcomers{TierReportText::tr("Newcomers")};
    for (qint64 n : m.newcomers)
        newcomers.append(formatCount(n));
    rows.push_back(newcomers);
    r.table(rows, widths);
    r.line(
        TierReportText::tr("Moved up %1 · stayed %2 · moved down %3 · held by the downgrade rule %4")
            .arg(formatCount(m.movedUp), formatCount(m.stayed), formatCount(m.movedDown), formatCount(m.heldByRule)));
    r.gap(16);
    r.heading(TierReportText::tr("Benefit costs"), 14);
    std::vector<Row> costs{{TierReportText::tr("Tier"), TierReportText::tr("Benefit"), TierReportText::tr("Members"),
        TierReportText::tr("Members' spend"), TierReportText::tr("Cost")}};
    for (size_t i = 0; i < e.perTier.size(); ++i) {
        const TierDesignTier &t = e.perTier[i];
        costs.push_back({tierLabel(tiers[i]), QString::number(t.benefitPercent) + u'%', formatCount(t.heldMembers),
            formatMoney(t.heldSpendMinor), formatMoney(t.benefitCostMinor)});
    }
    qint64 members = 0, spend = 0;
    for (const TierDesignTier &t : e.perTier) {
        members += t.heldMembers;
        spend += t.heldSpendMinor;
    }
    costs.push_back({TierReportText::tr("Total"), QString(), formatCount(members), formatMoney(spend),
        formatMoney(e.benefitCostMinor)});
    r.table(costs, {130, 70, 70, 120, 110});
    r.line(TierReportText::tr("Cost = benefit % × the members' net spend in the rating period (negative spend counts "
                              "as 0); members are those holding the tier after the re-rating. Total cost: %1 of "
                              "revenue.")
               .arg(formatPercent(e.costShareOfRevenue)),
        9, palette::mutedText());
}

} // namespace

qreal paintTierReportPage(QPainter &painter, int page, const TierDesignEvaluation &e, const ParetoResult &pareto)
{
    ReportPainter r(painter);
    if (page == 0)
        summaryPage(r, e);
    else if (page == 1)
        diagnosisPage(r, painter, pareto);
    else
        movementsPage(r, e);
    return r.y();
}

bool writeTierDesignReport(const QString &path, const TierDesignEvaluation &e, const ParetoResult &pareto,
    QString *error, const QString &workspacePath)
{
    if (!e.ok() || !pareto.ok()) {
        if (error)
            *error = TierReportText::tr("The design could not be evaluated: %1").arg(e.ok() ? pareto.error : e.error);
        return false;
    }
    QString ignored;
    QString *message = error ? error : &ignored;
    ExportFile file(path, workspacePath);
    if (!file.open(message))
        return false;
    QPdfWriter writer(file.device());
    writer.setResolution(72);
    writer.setTitle(TierReportText::tr("Tier design: %1").arg(e.design.name));
    writer.setCreator(u"Clientele"_s);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(40, 40, 40, 40)));
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancel();
        *message = TierReportText::tr("Cannot write %1.").arg(path);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < TierReportPages; ++page) {
        if (page > 0)
            writer.newPage();
        paintTierReportPage(painter, page, e, pareto);
    }
    painter.end();
    return file.commit(message);
}

} // namespace clientele
