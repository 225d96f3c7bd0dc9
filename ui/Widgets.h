// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "TypedPassword.h"
#include "model/Level.h"

#include <QByteArray>
#include <QString>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace kanribo
{

// Small helpers shared by the forms.
class Widgets
{
public:
    // A form row whose label (text set later by retranslateUi) is the field's buddy, for its mnemonic.
    static void addRow(QFormLayout* form, QWidget* field);
    // The password typed in a field (the field is cleared), wiped when the last task holding it is done.
    static Password takePassword(QLineEdit* edit);
    static QLineEdit* passwordEdit(const QString& objectName, QWidget* parent);
    // A short multi-line field of a form (Tab moves on).
    static QPlainTextEdit* textEdit(const QString& objectName, QWidget* parent, int maximumHeight = 80);
    // Fills (or refills, keeping the selection) a combo with the levels / roles in the current language.
    static void fillLevels(QComboBox* combo);
    static void fillRoles(QComboBox* combo);
    static Level selectedLevel(const QComboBox* combo);
    static Role selectedRole(const QComboBox* combo);
    static void selectLevel(QComboBox* combo, Level level);
    // An editable combo of ISO 3166 alpha-3 nationalities.
    static QComboBox* nationalityCombo(const QString& objectName, QWidget* parent);
    // A red, word-wrapped label for core errors; hidden while empty.
    static QLabel* errorLabel(QWidget* parent);
    static void showError(QLabel* label, const QString& message);
    // A core error for the user: its message and, for a refusal, every reason (already translated by core).
    static QString errorText(const Error& error);

    // Switches the language at run time, remembers it in QSettings and makes sure every widget receives
    // QEvent::LanguageChange (even when no translator changed). False when the language's translation does not load:
    // the language in effect stays, and the widgets' language selectors show it again.
    static bool switchLanguage(const QString& language);
    // The language from QSettings, else the system's.
    static QString savedLanguage();
    // A language's own name: "English", "日本語".
    static QString languageName(const QString& language);
};

} // namespace kanribo
