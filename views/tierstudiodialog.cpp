#include "views/tierstudiodialog.h"

#include "models/analysiscontroller.h"
#include "models/tierstudiocontroller.h"
#include "models/valueformat.h"
#include "views/painting/palette.h"
#include "views/painting/tierreport.h"
#include "views/tierpresentation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele {

TierStudioDialog::TierStudioDialog(AnalysisController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_studio(new TierStudioController(controller, this))
{
    connect(m_studio, &TierStudioController::designsChanged, this, &TierStudioDialog::showDesigns);
    connect(m_studio, &TierStudioController::failed, this, [this](const QString &error) { setMessage(error, true); });
    connect(m_studio, &TierStudioController::designSaved, this,
        [this](const QString &name) { setMessage(tr("Saved the design \"%1\".").arg(name), false); });
    connect(m_studio, &TierStudioController::designDeleted, this,
        [this](const QString &name) { setMessage(tr("Deleted the design \"%1\".").arg(name), false); });
    connect(m_studio, &TierStudioController::compared, this, &TierStudioDialog::showComparison);
    connect(m_studio, &TierStudioController::reportReady, this, &TierStudioDialog::writeReport);
    connect(m_studio, &TierStudioController::presentationReady, this, &TierStudioDialog::showPresentation);
    setObjectName(QStringLiteral("tierStudio"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Tier studio"));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Gold at 5,000"));
    m_benefits = new QLineEdit(this);
    m_benefits->setToolTip(tr("Cost of each tier's benefits in % of its members' spend, lowest tier first, "
                              "separated by commas."));
    m_downgrade = new QComboBox(this);
    m_downgrade->addItem(tr("Everyone gets the tier earned"), int(DowngradeRule::ToEarnedTier));
    m_downgrade->addItem(tr("Drop at most one tier"), int(DowngradeRule::AtMostOneTier));
    auto *save = new QPushButton(tr("Save current design"), this);
    connect(save, &QPushButton::clicked, this, &TierStudioDialog::saveCurrent);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Benefit cost per tier (%)"), m_benefits);
    form->addRow(tr("Downgrade rule"), m_downgrade);
    form->addRow(QString(), save);

    m_designA = new QComboBox(this);
    m_designB = new QComboBox(this);
    auto *compareButton = new QPushButton(tr("Compare"), this);
    connect(compareButton, &QPushButton::clicked, this, &TierStudioDialog::compare);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Design A"), this));
    pick->addWidget(m_designA, 1);
    pick->addWidget(new QLabel(tr("Design B"), this));
    pick->addWidget(m_designB, 1);
    pick->addWidget(compareButton);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("tierComparisonTable"));
    m_table->setHorizontalHeaderLabels({tr("Measure"), tr("Design A"), tr("Design B")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    auto *presentButton = buttons->addButton(tr("Present…"), QDialogButtonBox::ActionRole);
    auto *deleteButton = buttons->addButton(tr("Delete design A"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &TierStudioDialog::exportPdf);
    connect(presentButton, &QPushButton::clicked, this, &TierStudioDialog::present);
    connect(deleteButton, &QPushButton::clicked, this, &TierStudioDialog::deleteSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(pick);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 560);

    const size_t tiers = m_controller->parameters().tiers.tiers.size();
    QStringList zeros;
    for (size_t i = 0; i < tiers; ++i)
        zeros.append(QStringLiteral("0"));
    m_benefits->setText(zeros.join(u','));
    reloadDesigns();
}

void TierStudioDialog::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(palette::rose().name()) : QString());
    m_message->setText(text);
}

void TierStudioDialog::reloadDesigns()
{
    m_studio->reloadDesigns();
}

void TierStudioDialog::showDesigns()
{
    for (QComboBox *combo : {m_designA, m_designB}) {
        const QString current = combo->currentText();
        combo->clear();
        for (const TierDesign &d : m_studio->designs())
            combo->addItem(d.name);
        combo->setCurrentIndex(qMax(0, combo->findText(current)));
    }
    if (const int saved = m_designA->findText(m_selectAsA); !m_selectAsA.isEmpty() && saved >= 0)
        m_designA->setCurrentIndex(saved);
    m_selectAsA.clear();
    if (m_designB->count() > 1 && m_designB->currentIndex() == m_designA->currentIndex())
        m_designB->setCurrentIndex(m_designA->currentIndex() == 0 ? 1 : 0);
}

void TierStudioDialog::saveCurrent()
{
    TierDesign design;
    design.name = m_name->text().trimmed();
    design.params = m_controller->parameters().tiers;
    design.downgrade = DowngradeRule(m_downgrade->currentData().toInt());
    design.benefitPercent.clear();
    for (const QString &part : m_benefits->text().split(u',')) {
        bool ok = false;
        design.benefitPercent.push_back(part.trimmed().toDouble(&ok));
        if (!ok) {
            setMessage(tr("Benefit costs must be numbers separated by commas, one per tier."), true);
            return;
        }
    }
    m_selectAsA = design.name;
    m_studio->saveDesign(design);
}

std::optional<TierDesign> TierStudioDialog::selectedDesign(QComboBox *combo)
{
    const int i = combo->currentIndex();
    if (i < 0 || size_t(i) >= m_studio->designs().size()) {
        setMessage(tr("Save a design first."), true);
        return std::nullopt;
    }
    return m_studio->designs()[size_t(i)];
}

void TierStudioDialog::compare()
{
    const std::optional<TierDesign> a = selectedDesign(m_designA);
    const std::optional<TierDesign> b = selectedDesign(m_designB);
    if (a && b && m_studio->compare(*a, *b))
        setMessage(tr("Comparing…"), false);
}

void TierStudioDialog::showComparison(const TierDesignComparison &c)
{
    if (!c.a.ok() || !c.b.ok()) {
        setMessage(c.a.ok() ? c.b.error : c.a.error, true);
        return;
    }
    std::vector<std::array<QString, 3>> rows;
    rows.push_back({tr("Design"), c.a.design.name, c.b.design.name});
    const size_t tiers = qMax(c.a.perTier.size(), c.b.perTier.size());
    auto cell = [](const TierDesignEvaluation &e, size_t i, auto format) {
        return i < e.perTier.size() ? format(e.perTier[i]) : QString();
    };
    auto tierName = [](const TierDesignEvaluation &e, size_t i) {
        return i < e.design.params.tiers.size() ? e.design.params.tiers[i].name : QString();
    };
    for (size_t i = 0; i < tiers; ++i) {
        const QString label = tierName(c.a, i).isEmpty() ? tierName(c.b, i) : tierName(c.a, i);
        auto threshold = [i](const TierDesignEvaluation &e) {
            return i < e.design.params.tiers.size() ? formatMoney(e.design.params.tiers[i].minSpendMinor) : QString();
        };
        rows.push_back({tr("%1: threshold").arg(label), threshold(c.a), threshold(c.b)});
        auto members = [](const TierDesignTier &t) {
            return tr("%1 (%2)").arg(formatCount(t.summary.members), formatPercent(t.summary.share));
        };
        rows.push_back({tr("%1: members").arg(label), cell(c.a, i, members), cell(c.b, i, members)});
        auto revenue = [](const TierDesignTier &t) { return formatPercent(t.summary.revenueShare); };
        rows.push_back({tr("%1: revenue share").arg(label), cell(c.a, i, revenue), cell(c.b, i, revenue)});
        auto moves = [](const TierDesignTier &t) {
            return tr("↑ %1 · ↓ %2").arg(formatCount(t.movedUpFrom), formatCount(t.movedDownFrom));
        };
        rows.push_back({tr("%1: moved up / down").arg(label), cell(c.a, i, moves), cell(c.b, i, moves)});
        auto cost = [](const TierDesignTier &t) { return formatMoney(t.benefitCostMinor); };
        rows.push_back({tr("%1: benefit cost").arg(label), cell(c.a, i, cost), cell(c.b, i, cost)});
    }
    rows.push_back({tr("Total benefit cost"), formatMoney(c.a.benefitCostMinor), formatMoney(c.b.benefitCostMinor)});
    rows.push_back(
        {tr("Cost share of revenue"), formatPercent(c.a.costShareOfRevenue), formatPercent(c.b.costShareOfRevenue)});
    m_table->setRowCount(int(rows.size()));
    for (size_t r = 0; r < rows.size(); ++r) {
        for (int col = 0; col < 3; ++col) {
            auto *item = new QTableWidgetItem(rows[r][size_t(col)]);
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(int(r), col, item);
        }
    }
    setMessage(tr("Both designs evaluated as of %1, re-rated from %2.")
                   .arg(dayToIsoDate(c.a.asOfDay), dayToIsoDate(c.a.ratingDay)),
        false);
}

void TierStudioDialog::exportPdf()
{
    const std::optional<TierDesign> design = selectedDesign(m_designA);
    if (!design || !m_controller->hasResults())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), design->name + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty() || !m_studio->evaluateForReport(*design))
        return;
    m_reportPath = path;
    setMessage(tr("Writing the report…"), false);
}

void TierStudioDialog::writeReport(const EvaluatedTierDesign &e)
{
    // Painting needs the GUI thread's fonts; the evaluation ran in a worker.
    QString error;
    if (!writeTierDesignReport(m_reportPath, e.evaluation, e.pareto, &error, m_controller->workspacePath()))
        setMessage(error, true);
    else
        setMessage(tr("Report written to %1.").arg(m_reportPath), false);
}

void TierStudioDialog::present()
{
    if (m_presentation) {
        m_presentation->showFullScreen();
        m_presentation->raise();
        m_presentation->activateWindow();
        return;
    }
    if (m_studio->isPresentationPending())
        return;
    if (const std::optional<TierDesign> design = selectedDesign(m_designA))
        m_studio->evaluateForPresentation(*design);
}

void TierStudioDialog::showPresentation(const EvaluatedTierDesign &e)
{
    if (!e.evaluation.ok()) {
        setMessage(e.evaluation.error, true);
        return;
    }
    if (m_presentation)
        return;
    m_presentation = new TierPresentation(e.evaluation, e.pareto, this); // deletes itself on close
    m_presentation->showFullScreen();
    m_presentation->setFocus();
}

void TierStudioDialog::deleteSelected()
{
    const std::optional<TierDesign> design = selectedDesign(m_designA);
    if (!design)
        return;
    m_studio->deleteDesign(design->name);
}

} // namespace clientele
