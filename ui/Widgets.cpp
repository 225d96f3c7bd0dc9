// SPDX-License-Identifier: GPL-3.0-or-later
#include "Widgets.h"

#include "Labels.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QSettings>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kanribo
{

void Widgets::addRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

Password Widgets::takePassword(QLineEdit* edit)
{
    return std::make_shared<const TypedPassword>(edit);
}

QLineEdit* Widgets::passwordEdit(const QString& objectName, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setEchoMode(QLineEdit::Password);
    e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return e;
}

void Widgets::fillLevels(QComboBox* combo)
{
    const int current = combo->currentIndex();
    combo->clear();
    for (Level l : { Level::Unclassified, Level::Confidential, Level::Secret, Level::TopSecret })
        combo->addItem(Labels::level(l), rank(l));
    combo->setCurrentIndex(current < 0 ? 0 : current);
}

void Widgets::fillRoles(QComboBox* combo)
{
    const int current = combo->currentIndex();
    combo->clear();
    for (Role r : { Role::Staff, Role::Custodian, Role::Officer, Role::Auditor })
        combo->addItem(Labels::role(r), static_cast<int>(r));
    combo->setCurrentIndex(current < 0 ? 0 : current);
}

Level Widgets::selectedLevel(const QComboBox* combo)
{
    return levelFromRank(combo->currentData().toLongLong()).value_or(Level::Unclassified);
}

Role Widgets::selectedRole(const QComboBox* combo)
{
    return static_cast<Role>(combo->currentData().toInt());
}

void Widgets::selectLevel(QComboBox* combo, Level level)
{
    combo->setCurrentIndex(combo->findData(rank(level)));
}

QComboBox* Widgets::nationalityCombo(const QString& objectName, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(objectName);
    c->setEditable(true);
    c->setInsertPolicy(QComboBox::NoInsert);
    c->addItems({ QStringLiteral("JPN"), QStringLiteral("USA"), QStringLiteral("GBR"), QStringLiteral("AUS"),
        QStringLiteral("CAN"), QStringLiteral("NZL"), QStringLiteral("KOR"), QStringLiteral("FRA"),
        QStringLiteral("DEU"), QStringLiteral("ITA") });
    return c;
}

QPlainTextEdit* Widgets::textEdit(const QString& objectName, QWidget* parent, int maximumHeight)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(objectName);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(maximumHeight);
    return e;
}

QLabel* Widgets::errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setStyleSheet(QStringLiteral("color: #B00020;"));
    l->setVisible(false);
    return l;
}

void Widgets::showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString Widgets::errorText(const Error& error)
{
    QString text = error.message;
    for (const QString& reason : describe(error.reasons))
        if (!text.contains(reason))
            text += QStringLiteral("\n• ") + reason;
    return text;
}

bool Widgets::switchLanguage(const QString& language)
{
    const bool switched = setLanguage(language);
    if (switched)
        QSettings().setValue(QStringLiteral("ui/language"), language);
    else
        qWarning("kanribo: the translation for '%s' does not load; the language stays '%s'", qPrintable(language),
            qPrintable(currentLanguage()));
    // Also on failure: the language menus and combos go back to the language in effect.
    QCoreApplication::postEvent(qApp, new QEvent(QEvent::LanguageChange));
    return switched;
}

QString Widgets::savedLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    return availableLanguages().contains(saved) ? saved : systemLanguage();
}

QString Widgets::languageName(const QString& language)
{
    if (language == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}

} // namespace kanribo
