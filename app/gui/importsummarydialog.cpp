#include "app/gui/importsummarydialog.h"

#include "models/numberformat.h"

#include "app/gui/rejectedrowsdialog.h"
#include "models/rolenames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

static QString breakdown(const QMap<QString, qint64> &counts)
{
    const QLocale locale;
    QStringList lines;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        lines << QStringLiteral("%1: %2").arg(
            it.key().isEmpty() ? QStringLiteral("—") : it.key(), locale.toString(it.value()));
    return lines.join(u'\n');
}

QString ImportSummaryDialog::headline(const ImportSummary &summary)
{
    switch (summary.outcome) {
    case ImportSummary::Outcome::Completed:
        return tr("Imported %1").arg(summary.fileName);
    case ImportSummary::Outcome::NothingImported:
        return tr("Nothing was imported from %1").arg(summary.fileName);
    case ImportSummary::Outcome::Cancelled:
        return tr("Import of %1 was cancelled. The workspace is unchanged.").arg(summary.fileName);
    case ImportSummary::Outcome::Failed:
        return tr("Import of %1 failed. The workspace is unchanged.").arg(summary.fileName);
    }
    return {};
}

ImportSummaryDialog::ImportSummaryDialog(const ImportSummary &summary, const QString &workspacePath, QWidget *parent)
    : QDialog(parent)
    , m_summary(summary)
    , m_workspacePath(workspacePath)
{
    setWindowTitle(tr("Import Summary"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(headline(summary), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    title->setWordWrap(true);
    layout->addWidget(title);
    if (!summary.message.isEmpty()) {
        auto *message = new QLabel(summary.message, this);
        message->setWordWrap(true);
        message->setTextFormat(Qt::PlainText);
        layout->addWidget(message);
    }

    const bool hasNumbers = summary.outcome == ImportSummary::Outcome::Completed
        || summary.outcome == ImportSummary::Outcome::NothingImported;
    if (hasNumbers) {
        const QLocale locale;
        auto *form = new QFormLayout;
        form->setLabelAlignment(Qt::AlignRight);
        auto addRow = [this, form](const QString &label, const QString &value) {
            auto *valueLabel = new QLabel(value, this);
            valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
            valueLabel->setTextFormat(Qt::PlainText);
            form->addRow(label, valueLabel);
        };
        auto number = [&locale](qint64 n) { return locale.toString(n); };
        addRow(tr("File:"), summary.fileName);
        addRow(tr("Format:"), summary.formatDescription);
        addRow(tr("Layout:"), layoutLabel(summary.layout));
        if (!summary.dateOrderUsed.isEmpty())
            addRow(tr("Dates read as:"), summary.dateOrderUsed);
        addRow(tr("Rows read:"), number(summary.rowsRead));
        addRow(tr("Orders added:"), number(summary.ordersAdded));
        addRow(tr("Orders already in the workspace:"), number(summary.ordersAlreadyPresent));
        addRow(tr("Returns added:"), number(summary.returnsAdded));
        if (summary.returnsAlreadyPresent > 0)
            addRow(tr("Returns already in the workspace:"), number(summary.returnsAlreadyPresent));
        addRow(tr("New customers:"), number(summary.newCustomers));
        addRow(tr("Excluded by status:"), number(summary.excludedByStatus));
        if (!summary.excludedByStatusValue.isEmpty())
            addRow(QString(), breakdown(summary.excludedByStatusValue));
        addRow(tr("Duplicate rows:"),
            summary.duplicateRowsKept ? tr("%1 (kept)").arg(number(summary.duplicateRows))
                                      : tr("%1 (counted once)").arg(number(summary.duplicateRows)));
        addRow(tr("Rejected rows:"), number(summary.rejectedRows));
        if (!summary.rejectsByReason.isEmpty())
            addRow(QString(), breakdown(summary.rejectsByReason));
        addRow(tr("Net amount added:"), formatMoney(summary.netAmountAddedMinor, locale));
        layout->addLayout(form);
    }

    if (!summary.rejectionExamples.isEmpty()) {
        // Kept even when the import was rolled back, so the user can see what went wrong.
        auto *examples
            = new QLabel(tr("First rejected rows:") % u'\n' % summary.rejectionExamples.mid(0, 5).join(u'\n'), this);
        examples->setWordWrap(true);
        examples->setTextFormat(Qt::PlainText);
        examples->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(examples);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (hasNumbers && summary.rejectedRows > 0 && summary.importId >= 0) {
        QPushButton *view = buttons->addButton(tr("View Rejected Rows…"), QDialogButtonBox::ActionRole);
        connect(view, &QPushButton::clicked, this, &ImportSummaryDialog::showRejectedRows);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void ImportSummaryDialog::showRejectedRows()
{
    auto *dialog = new RejectedRowsDialog(m_workspacePath, m_summary.importId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace clientele
