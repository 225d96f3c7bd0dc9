// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace kanribo
{

// Every modal question goes through here, so a test can set the next answer and nothing blocks
// (the pattern of KeePassXC's MessageBox). The last title and text shown are kept for tests too.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button information(QWidget* parent, const QString& title, const QString& text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok,
        Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
        Buttons buttons = QMessageBox::Yes | QMessageBox::No, Button defaultButton = QMessageBox::NoButton);

    // Test seam: the next box is not shown and returns this answer. Stays set until cleared with NoButton
    // when sticky is true.
    static void setNextAnswer(Button answer, bool sticky = false);
    static QString lastTitle();
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
        Buttons buttons, Button defaultButton);
};

} // namespace kanribo
