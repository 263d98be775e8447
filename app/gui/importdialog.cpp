#include "app/gui/importdialog.h"

#include "app/gui/settings.h"
#include "models/importpreviewmodel.h"
#include "models/jobtracker.h"
#include "models/rolenames.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clientele {

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_encoding(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_formatLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new ImportPreviewModel(this))
    , m_problems(new QLabel(this))
    , m_dateOrderBox(new QGroupBox(tr("How are dates written in this file?"), this))
    , m_dateOrder(new QButtonGroup(this))
    , m_keepDuplicates(new QCheckBox(tr("Keep rows that repeat an earlier row exactly (normally counted once)"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_preview(new JobTracker(this))
{
    setWindowTitle(tr("Import Orders"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (filePath() != m_previewedPath) // focus leaving an unchanged path keeps the user's mapping
            setFilePath(filePath());
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_encoding->addItem(tr("Detect automatically"), QString());
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("GB18030 / GBK (Chinese)"), QStringLiteral("GB18030"));
    m_encoding->addItem(tr("UTF-16"), QStringLiteral("UTF-16"));
    m_encoding->addItem(tr("Windows-1252 (Western)"), QStringLiteral("windows-1252"));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] { requestPreview(false); });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] { requestPreview(false); });
    auto *readRow = new QHBoxLayout;
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sheet->setMinimumContentsLength(24);
    readRow->addWidget(m_encoding);
    m_sheetLabel = new QLabel(tr("Sheet:"), this);
    readRow->addWidget(m_sheetLabel);
    readRow->addWidget(m_sheet);
    readRow->addStretch(1);

    m_formatLabel->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Read as:"), readRow);
    form->addRow(tr("Detected:"), m_formatLabel);

    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setMaximumSectionSize(260);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setMinimumHeight(180);

    auto *rolesBox = new QGroupBox(tr("Which column holds what"), this);
    auto *grid = new QGridLayout(rolesBox);
    constexpr int PairsPerRow = 3;
    for (int r = 0; r < RoleCount; ++r) {
        const auto role = Role(r);
        auto *combo = new QComboBox(rolesBox);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::activated, this, [this, role] { onRoleComboChanged(role); });
        m_roleCombos[size_t(r)] = combo;
        auto *label = new QLabel(roleLabel(role) % u':', rolesBox);
        label->setBuddy(combo);
        const int row = r / PairsPerRow, col = (r % PairsPerRow) * 2;
        grid->addWidget(label, row, col, Qt::AlignRight);
        grid->addWidget(combo, row, col + 1);
    }
    for (int c = 0; c < PairsPerRow; ++c)
        grid->setColumnStretch(c * 2 + 1, 1);

    QPalette problemPalette = m_problems->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problems->setPalette(problemPalette);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    auto *dayFirst = new QRadioButton(tr("Day/month — 03/04/2024 is 3 April 2024"), m_dateOrderBox);
    auto *monthFirst = new QRadioButton(tr("Month/day — 03/04/2024 is March 4, 2024"), m_dateOrderBox);
    m_dateOrder->addButton(dayFirst, int(DateOrder::DayFirst));
    m_dateOrder->addButton(monthFirst, int(DateOrder::MonthFirst));
    auto *dateLayout = new QVBoxLayout(m_dateOrderBox);
    auto *dateHint = new QLabel(tr("Dates such as 03/04/2024 can be read two ways and no value in this file "
                                   "decides it. Choose one to continue."),
        m_dateOrderBox);
    dateHint->setWordWrap(true);
    dateLayout->addWidget(dateHint);
    dateLayout->addWidget(dayFirst);
    dateLayout->addWidget(monthFirst);
    m_dateOrderBox->hide();
    connect(m_dateOrder, &QButtonGroup::idClicked, this, &ImportDialog::updateState);

    m_keepDuplicates->setToolTip(tr("A row whose cells are all identical to an earlier row of the file is normally "
                                    "imported once: line items of an order add up, so a repeated line would count "
                                    "twice. Check this if such rows are real repeat purchases."));

    QPushButton *importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    importButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canImport())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(rolesBox);
    layout->addWidget(m_problems);
    layout->addWidget(m_dateOrderBox);
    layout->addWidget(m_keepDuplicates);
    layout->addWidget(m_buttons);
    resize(960, 680);
    updateState();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_previewedPath = path;
    {
        const QSignalBlocker blocker(m_sheet); // a different file may not have the previous sheet
        m_sheet->clear();
    }
    requestPreview(false);
}

QString ImportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ImportDialog::isXlsx() const
{
    return QFileInfo(filePath()).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0;
}

void ImportDialog::browse()
{
    const QString start = filePath().isEmpty() ? Settings::lastImportDirectory() : filePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose an Order Export"), start, tr("Order exports (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setLastImportDirectory(QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportDialog::setEncoding(const QString &encoding)
{
    const int index = m_encoding->findData(encoding);
    if (index >= 0)
        m_encoding->setCurrentIndex(index); // re-reads the preview
}

void ImportDialog::setSheet(const QString &sheet)
{
    const int index = m_sheet->findText(sheet);
    if (index >= 0)
        m_sheet->setCurrentIndex(index); // re-reads the preview
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    if (isXlsx())
        options.sheet = m_sheet->currentText();
    else
        options.encoding = m_encoding->currentData().toString();
    if (m_model->preview().error.isEmpty() && !m_model->preview().headers.isEmpty())
        options.layout = m_model->preview().layout;
    options.mapping = m_mapping;
    if (m_dateOrder->checkedId() > 0)
        options.dateOrder = DateOrder(m_dateOrder->checkedId());
    options.keepDuplicateRows = m_keepDuplicates->isChecked();
    return options;
}

void ImportDialog::setKeepDuplicateRows(bool keep)
{
    m_keepDuplicates->setChecked(keep);
}

void ImportDialog::requestPreview(bool keepMapping)
{
    const QString path = filePath();
    if (!keepMapping) {
        m_userEditedMapping = false;
        m_dateOrder->setExclusive(false); // lets both buttons be unchecked again
        for (QAbstractButton *button : m_dateOrder->buttons())
            button->setChecked(false);
        m_dateOrder->setExclusive(true);
    }
    ImportOptions options = this->options();
    options.layout.reset();
    options.dateOrder = DateOrder::Unknown; // otherwise the preview would not say whether it is ambiguous
    if (!keepMapping || !m_userEditedMapping)
        options.mapping.reset();
    m_previewPending = !path.isEmpty();
    m_formatLabel->setText(path.isEmpty() ? QString() : tr("Reading the first rows…"));
    updateState();
    if (path.isEmpty()) {
        m_preview->cancel(); // a preview still running is of another file
        return;
    }
    m_preview->start([path, options] { return previewImport(path, options); },
        [this](ImportPreview preview) { applyPreview(std::move(preview)); });
}

void ImportDialog::applyPreview(ImportPreview preview)
{
    m_previewPending = false;
    m_mapping = preview.mapping;
    {
        const QSignalBlocker blocker(m_sheet);
        const QString current = m_sheet->currentText();
        m_sheet->clear();
        m_sheet->addItems(preview.sheets);
        const int index = m_sheet->findText(current);
        m_sheet->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (preview.error.isEmpty())
        m_formatLabel->setText(tr("%1 · %2").arg(layoutLabel(preview.layout), preview.formatDescription));
    else
        m_formatLabel->clear();
    m_dateOrderBox->setVisible(preview.error.isEmpty() && preview.dateOrderAmbiguous);
    m_model->setPreview(std::move(preview));
    m_table->resizeColumnsToContents();
    fillRoleCombos();
    updateState();
    Q_EMIT previewUpdated();
}

void ImportDialog::fillRoleCombos()
{
    const QStringList &headers = m_model->preview().headers;
    for (int r = 0; r < RoleCount; ++r) {
        QComboBox *combo = m_roleCombos[size_t(r)];
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("— not in file —"), -1);
        for (int c = 0; c < headers.size(); ++c)
            combo->addItem(headers.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : headers.at(c), c);
        combo->setCurrentIndex(combo->findData(m_mapping.column(Role(r))));
        combo->setEnabled(!headers.isEmpty());
    }
}

void ImportDialog::setColumnForRole(Role role, int column)
{
    QComboBox *combo = m_roleCombos[size_t(role)];
    combo->setCurrentIndex(combo->findData(column));
    onRoleComboChanged(role);
}

void ImportDialog::setDateOrder(DateOrder order)
{
    if (QAbstractButton *button = m_dateOrder->button(int(order)))
        button->setChecked(true);
    updateState();
}

void ImportDialog::onRoleComboChanged(Role role)
{
    const int column = m_roleCombos[size_t(role)]->currentData().toInt();
    const int previousTimeColumn = m_mapping.column(Role::OrderTime);
    // A column has at most one role: taking it away from another role keeps the mapping consistent.
    if (column >= 0) {
        if (const std::optional<Role> other = m_mapping.roleOf(column); other && *other != role)
            m_mapping.set(*other, -1);
    }
    m_mapping.set(role, column);
    m_userEditedMapping = true;
    fillRoleCombos();
    m_model->setMapping(m_mapping);
    // Whether day and month are ambiguous depends on which column holds the dates.
    if (m_mapping.column(Role::OrderTime) != previousTimeColumn && m_mapping.has(Role::OrderTime))
        requestPreview(true);
    else
        updateState();
}

QString ImportDialog::problemText() const
{
    if (m_previewPending || filePath().isEmpty())
        return {};
    const ImportPreview &preview = m_model->preview();
    if (!preview.error.isEmpty())
        return preview.error;
    const QStringList problems = m_userEditedMapping ? m_mapping.missingRequirements() : preview.mappingProblems;
    QStringList lines;
    for (const QString &problem : problems)
        lines << u"• " % problem;
    return lines.join(u'\n');
}

bool ImportDialog::canImport() const
{
    if (m_previewPending || filePath().isEmpty() || !problemText().isEmpty())
        return false;
    if (m_model->preview().headers.isEmpty())
        return false;
    return !m_model->preview().dateOrderAmbiguous || m_dateOrder->checkedId() > 0;
}

void ImportDialog::updateState()
{
    const QString problems = problemText();
    m_problems->setText(problems);
    m_problems->setVisible(!problems.isEmpty());
    // CSV files have an encoding, workbooks have sheets; show only what applies.
    m_encoding->setVisible(!isXlsx());
    m_sheetLabel->setVisible(isXlsx());
    m_sheet->setVisible(isXlsx());
    m_sheet->setEnabled(m_sheet->count() > 1);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(canImport());
    }
}

} // namespace clientele
