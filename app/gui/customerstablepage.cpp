#include "app/gui/customerstablepage.h"

#include "models/analysiscontroller.h"
#include "models/customertablemodel.h"
#include "views/customersview.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

qint64 dayStartUtc(qint32 day, const QTimeZone &zone)
{
    return QDate(1970, 1, 1).addDays(day).startOfDay(zone).toSecsSinceEpoch();
}

CustomerRow rowOf(const CustomerTable &table, size_t c)
{
    CustomerRow row;
    row.id = table.ids[c];
    row.key = table.keys[c];
    row.city = table.cities[c];
    const quint32 begin = table.orderBegin[c], end = table.orderBegin[c + 1];
    row.orders = end - begin;
    for (quint32 i = begin; i < end; ++i)
        row.netMinor += table.orderAmountMinor[i];
    for (quint32 i = table.returnBegin[c]; i < table.returnBegin[c + 1]; ++i)
        row.netMinor -= table.returnAmountMinor[i];
    if (end > begin) {
        row.firstOrderUtc = dayStartUtc(table.orderDay[begin], table.timeZone);
        row.lastOrderUtc = dayStartUtc(table.orderDay[end - 1], table.timeZone);
    }
    return row;
}

} // namespace

CustomersTablePage::CustomersTablePage(AnalysisController *controller, QWidget *parent)
    : WorkbenchPage(controller, parent)
    , m_model(new CustomerTableModel(this))
    , m_view(new CustomersView(m_model, this))
    , m_banner(new QWidget(this))
    , m_bannerLabel(new QLabel(m_banner))
    , m_showAll(new QToolButton(m_banner))
{
    m_view->tableView()->hideColumn(CustomerTableModel::KeyKindColumn); // not in the analysis table
    m_bannerLabel->setTextFormat(Qt::PlainText);
    m_showAll->setText(tr("Show All Customers"));
    connect(m_showAll, &QToolButton::clicked, this, &CustomersTablePage::clearFilter);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(6, 6, 6, 0);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(m_showAll);
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    connect(controller, &AnalysisController::tableChanged, this, &CustomersTablePage::rebuild);
}

void CustomersTablePage::setFilter(const CustomerFilter &filter, const QString &description)
{
    m_filter = filter;
    m_description = description;
    rebuild();
}

void CustomersTablePage::clearFilter()
{
    m_filter.reset();
    m_description.clear();
    rebuild();
}

void CustomersTablePage::onResultsChanged()
{
    if (m_filter) // filters depend on the results (segments, stages at the as-of day)
        rebuild();
}

void CustomersTablePage::rebuild()
{
    const std::shared_ptr<const CustomerTable> table = controller()->table();
    const std::shared_ptr<const AnalysisResults> results = controller()->results();
    std::vector<CustomerRow> rows;
    if (table && m_filter && results) {
        const std::vector<quint32> indices = filterCustomers(*table, *results, *m_filter);
        rows.reserve(indices.size());
        for (quint32 c : indices)
            rows.push_back(rowOf(*table, c));
    } else if (table && !m_filter) {
        rows.reserve(table->size());
        for (size_t c = 0; c < table->size(); ++c)
            rows.push_back(rowOf(*table, c));
    }
    m_banner->setVisible(m_filter.has_value());
    if (m_filter)
        m_bannerLabel->setText(tr("%1 — %n customer(s)", nullptr, int(rows.size())).arg(m_description));
    m_model->setCustomers(std::move(rows));
}

} // namespace clientele
