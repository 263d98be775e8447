// MainWindow: the navigation sidebar, the page stack and the "As of" toolbar.
#include "app/gui/mainwindow.h"

#include "app/gui/settings.h"

#include "analysis/core/days.h"
#include "models/analysiscontroller.h"
#include "views/customerfiltertarget.h"
#include "views/workbenchpage.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace clientele {

namespace {

// Sidebar look: flat, full-height, the current page as a rounded highlight. Palette roles only, so a
// dark desktop theme stays readable.
const char *const NavigationStyle = R"(
QListWidget#navigation {
    background: palette(alternate-base);
    border: none;
    border-right: 1px solid palette(midlight);
    padding-top: 10px;
    outline: 0;
}
QListWidget#navigation::item {
    padding: 9px 14px;
    margin: 1px 8px;
    border-radius: 6px;
    color: palette(window-text);
}
QListWidget#navigation::item:hover:!selected { background: palette(midlight); }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
)";

} // namespace

void MainWindow::setupNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setStyleSheet(QString::fromLatin1(NavigationStyle));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setUniformItemSizes(true);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.08);
    m_navigation->setFont(navigationFont);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= int(m_pageList.size()))
            return;
        m_pages->setCurrentIndex(row);
        for (int i = 0; i < m_pageActions.size(); ++i)
            m_pageActions.at(i)->setChecked(i == row);
        const QString key = m_pageList[size_t(row)]->pageKey();
        Settings::setLastPage(key);
        Q_EMIT currentPageChanged(key);
    });
    auto *workbenchLayout = new QHBoxLayout(m_workbench);
    workbenchLayout->setContentsMargins(0, 0, 0, 0);
    workbenchLayout->setSpacing(0);
    workbenchLayout->addWidget(m_navigation);
    workbenchLayout->addWidget(m_pages, 1);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("workbenchToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setContextMenuPolicy(Qt::PreventContextMenu);

    auto *asOf = new QWidget(m_toolBar);
    asOf->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto *asOfLayout = new QHBoxLayout(asOf);
    asOfLayout->setContentsMargins(8, 2, 8, 2);
    asOfLayout->setSpacing(6);
    m_asOfLabel = new QLabel(asOf);
    m_asOfEdit = new QDateEdit(asOf);
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOfEdit->setKeyboardTracking(false);
    m_asOfEdit->setEnabled(false);
    // Room for the widest date in any font plus the popup arrow; the style's hint clips the last digit.
    m_asOfEdit->setMinimumWidth(m_asOfEdit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) + 48);
    m_asOfLabel->setBuddy(m_asOfEdit);
    m_latestButton = new QToolButton(asOf);
    m_latestButton->setEnabled(false);
    asOfLayout->addWidget(m_asOfLabel);
    asOfLayout->addWidget(m_asOfEdit);
    asOfLayout->addWidget(m_latestButton);
    m_toolBar->addWidget(asOf);
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, &MainWindow::onAsOfEdited);
    connect(m_latestButton, &QToolButton::clicked, this, [this] { m_asOfEdit->setDate(m_asOfEdit->maximumDate()); });

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    auto *busy = new QWidget(m_toolBar);
    busy->setObjectName(QStringLiteral("busyIndicator"));
    busy->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred); // the spacer takes the slack
    auto *busyLayout = new QHBoxLayout(busy);
    busyLayout->setContentsMargins(8, 2, 12, 2);
    busyLayout->setSpacing(8);
    auto *bar = new QProgressBar(busy);
    bar->setRange(0, 0); // indeterminate
    bar->setTextVisible(false);
    bar->setFixedSize(96, 10);
    m_busyBar = bar;
    m_busyLabel = new QLabel(busy);
    // Hidden but still laid out: the toolbar does not reflow each time a refresh starts or ends.
    for (QWidget *part : {static_cast<QWidget *>(m_busyBar), static_cast<QWidget *>(m_busyLabel)}) {
        QSizePolicy policy = part->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        part->setSizePolicy(policy);
        part->hide();
    }
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyLabel);
    m_toolBar->addWidget(busy);
}

void MainWindow::buildPages()
{
    const QString current = m_pageList.empty() ? Settings::lastPage() : currentPageKey();
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->clear();
        for (WorkbenchPage *page : m_pageList) {
            m_pages->removeWidget(page);
            page->deleteLater(); // may be inside one of its own signals
        }
        m_pageList = m_pageFactory ? m_pageFactory(m_controller, m_pages) : std::vector<WorkbenchPage *>{};
        int widest = 0;
        for (size_t i = 0; i < m_pageList.size(); ++i) {
            WorkbenchPage *page = m_pageList[i];
            m_pages->addWidget(page);
            auto *item = new QListWidgetItem(page->title(), m_navigation);
            item->setData(Qt::UserRole, page->pageKey());
            if (i < 9)
                item->setToolTip(tr("%1 (%2)").arg(page->title(),
                    QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))).toString(QKeySequence::NativeText)));
            widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(page->title()));
            connect(page, &WorkbenchPage::showCustomersRequested, this, &MainWindow::showCustomers);
            connect(page, &WorkbenchPage::settingsRequested, this, &MainWindow::editAnalysisSettings);
        }
        // Item padding and margins of NavigationStyle, plus room so the longest label never touches the edge.
        m_navigation->setFixedWidth(std::max(180, widest + 2 * (14 + 8) + 24));
    }
    if (!showPage(current) && !m_pageList.empty())
        showPage(m_pageList.front()->pageKey());
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (const WorkbenchPage *page : m_pageList)
        keys << page->pageKey();
    return keys;
}

WorkbenchPage *MainWindow::page(const QString &key) const
{
    for (WorkbenchPage *page : m_pageList) {
        if (page->pageKey() == key)
            return page;
    }
    return nullptr;
}

WorkbenchPage *MainWindow::currentPage() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < int(m_pageList.size()) ? m_pageList[size_t(row)] : nullptr;
}

QString MainWindow::currentPageKey() const
{
    const WorkbenchPage *page = currentPage();
    return page ? page->pageKey() : QString();
}

bool MainWindow::showPage(const QString &key)
{
    for (size_t i = 0; i < m_pageList.size(); ++i) {
        if (m_pageList[i]->pageKey() == key) {
            m_navigation->setCurrentRow(int(i));
            return true;
        }
    }
    return false;
}

void MainWindow::showCustomers(const CustomerFilter &filter, const QString &description)
{
    WorkbenchPage *customers = page(customersPageKey());
    auto *target = dynamic_cast<CustomerFilterTarget *>(customers);
    if (!target) {
        qWarning("clientele: the \"customers\" page does not implement CustomerFilterTarget");
        return;
    }
    target->setFilter(filter, description);
    showPage(customersPageKey());
}

void MainWindow::updateAsOfRange()
{
    const std::shared_ptr<const CustomerTable> table = m_controller->table();
    const bool usable = table && table->orderCount() > 0;
    m_asOfEdit->setEnabled(usable);
    m_latestButton->setEnabled(usable);
    if (!usable)
        return;
    const std::optional<qint32> asOf = m_controller->parameters().asOfDay;
    {
        const QSignalBlocker blocker(m_asOfEdit);
        m_asOfEdit->setDateRange(dateOfDay(table->firstDay), dateOfDay(table->lastDay));
        const bool keep = asOf && *asOf >= table->firstDay && *asOf < table->lastDay;
        m_asOfEdit->setDate(dateOfDay(keep ? *asOf : table->lastDay));
    }
    if (asOf && (*asOf < table->firstDay || *asOf >= table->lastDay))
        m_controller->setAsOfDay(std::nullopt); // out of the new range: back to the latest day
}

void MainWindow::onAsOfEdited(const QDate &date)
{
    const std::shared_ptr<const CustomerTable> table = m_controller->table();
    if (!table || !date.isValid())
        return;
    const qint32 day = dayOfDate(date);
    // The latest day is stored as "latest", so a later import moves the analyses along with it.
    m_controller->setAsOfDay(day >= table->lastDay ? std::nullopt : std::optional<qint32>(day));
}

void MainWindow::onBusyChanged(bool busy)
{
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
}

bool MainWindow::isBusyIndicatorShown() const
{
    return m_busyBar->isVisibleTo(m_toolBar);
}

} // namespace clientele
