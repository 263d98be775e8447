#include "app/gui/analysissettingsdialog.h"

#include "analysis/engine/parameterkeys.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cmath>

namespace clientele {

namespace {

QString groupTitle(const QString &group)
{
    if (group == u"rfm")
        return AnalysisSettingsDialog::tr("RFM scores");
    if (group == u"lifecycle")
        return AnalysisSettingsDialog::tr("Lifecycle");
    if (group == u"pareto")
        return AnalysisSettingsDialog::tr("80/20 diagnosis");
    if (group == u"tiers")
        return AnalysisSettingsDialog::tr("Membership tiers");
    if (group == u"clusters")
        return AnalysisSettingsDialog::tr("Clusters");
    return group;
}

// What a choice is called in the UI; the key itself is what the settings file and the CLI use.
QString choiceLabel(const QString &choice)
{
    if (choice == u"quintiles")
        return AnalysisSettingsDialog::tr("Quintiles (rank among active customers)");
    if (choice == u"thresholds")
        return AnalysisSettingsDialog::tr("Thresholds (fixed cut points below)");
    if (choice == u"net_revenue")
        return AnalysisSettingsDialog::tr("Net revenue (orders − returns)");
    if (choice == u"average_order_value")
        return AnalysisSettingsDialog::tr("Average order value");
    return choice;
}

// Money lists are shown in currency units ("100.00, 300.00") and kept in minor units ("10000,30000").
QString minorListToMajor(const QString &minorList)
{
    QStringList out;
    for (const QString &item : minorList.split(u',', Qt::SkipEmptyParts))
        out << QString::number(item.toLongLong() / 100.0, 'f', 2);
    return out.join(QStringLiteral(", "));
}

// Empty when an item is not a non-negative amount with at most two decimals.
QString majorListToMinor(const QString &majorList)
{
    QStringList out;
    for (QString item : majorList.split(u',', Qt::SkipEmptyParts)) {
        item = item.trimmed();
        bool ok = false;
        const double value = item.toDouble(&ok);
        const double cents = value * 100.0;
        if (!ok || value < 0 || std::abs(cents - std::round(cents)) > 1e-6)
            return {};
        out << QString::number(qint64(std::llround(cents)));
    }
    return out.join(u',');
}

} // namespace

AnalysisSettingsDialog::AnalysisSettingsDialog(const AnalysisParameters &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_result(current)
    , m_scroll(new QScrollArea(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Analysis Settings"));
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    QFormLayout *form = nullptr;
    QString currentGroup;
    for (const ParameterKey &key : analysisParameterKeys()) {
        const QString group = key.key.section(u'/', 0, 0);
        if (group != currentGroup) {
            currentGroup = group;
            auto *box = new QGroupBox(groupTitle(group), content);
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
            contentLayout->addWidget(box);
            m_groups.insert(group, box);
        }
        QWidget *editor = nullptr;
        if (key.kind == ParameterKey::Kind::Choice) {
            auto *combo = new QComboBox(content);
            for (const QString &choice : key.choices)
                combo->addItem(choiceLabel(choice), choice);
            // Full width, like the line edits: the explanation below then wraps at the width it is given.
            combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            editor = combo;
        } else {
            auto *line = new QLineEdit(content);
            if (key.kind == ParameterKey::Kind::MoneyList)
                line->setPlaceholderText(tr("e.g. 100, 300, 1000, 3000"));
            editor = line;
        }
        editor->setObjectName(key.key);
        editor->setAccessibleName(parameterLabel(key));
        auto *help = new QLabel(parameterHelp(key), content);
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        help->setForegroundRole(QPalette::PlaceholderText);
        auto *field = new QWidget(content);
        auto *fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 4);
        fieldLayout->addWidget(editor);
        fieldLayout->addWidget(help);
        form->addRow(parameterLabel(key) + u':', field);
        m_editors.insert(key.key, editor);
    }
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *defaults = buttons->addButton(tr("Restore Defaults"), QDialogButtonBox::ResetRole);
    connect(defaults, &QPushButton::clicked, this, [this] { load(AnalysisParameters()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &AnalysisSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    load(current);
    // Fits a 1366×768 screen with room for the window frame; the groups scroll.
    resize(640, 600);
}

void AnalysisSettingsDialog::load(const AnalysisParameters &parameters)
{
    for (const ParameterKey &key : analysisParameterKeys()) {
        const QString text = analysisParameterText(parameters, key.key);
        QWidget *editor = m_editors.value(key.key);
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(text));
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(key.kind == ParameterKey::Kind::MoneyList ? minorListToMajor(text) : text);
    }
    m_problem->hide();
}

QString AnalysisSettingsDialog::editedText(const QString &key) const
{
    QWidget *editor = m_editors.value(key);
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    return {};
}

void AnalysisSettingsDialog::showGroup(const QString &group)
{
    if (QWidget *box = m_groups.value(group)) {
        // Laid out only once shown: scroll after the event loop has placed the groups.
        QMetaObject::invokeMethod(
            this, [this, box] { m_scroll->verticalScrollBar()->setValue(box->y()); }, Qt::QueuedConnection);
        for (const ParameterKey &key : analysisParameterKeys()) {
            if (key.key.startsWith(group + u'/')) {
                m_editors.value(key.key)->setFocus();
                break;
            }
        }
    }
}

QString AnalysisSettingsDialog::problemText() const
{
    return m_problem->text();
}

void AnalysisSettingsDialog::accept()
{
    AnalysisParameters edited = m_current;
    QStringList assignments;
    for (const ParameterKey &key : analysisParameterKeys()) {
        QString text = editedText(key.key);
        if (key.kind == ParameterKey::Kind::MoneyList) {
            const QString minor = majorListToMinor(text);
            if (minor.isEmpty()) {
                m_problem->setText(tr("%1: \"%2\" is not a list of amounts like 100, 300, 1000, 3000.")
                                       .arg(parameterLabel(key), text));
                m_problem->show();
                return;
            }
            text = minor;
        }
        assignments << key.key + u'=' + text;
    }
    if (const QString problem = applyParameterAssignments(edited, assignments); !problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    m_problem->clear();
    m_problem->hide();
    m_result = edited;
    QDialog::accept();
}

} // namespace clientele
