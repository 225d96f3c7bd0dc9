// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"
#include "service/Items.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace kanribo
{

class BannerWidget;

// Registers an item (officers): every field of NewItem, with a live preview of the banner and the markings as the
// fields change (R-MRK-1, R-MRK-3, R-MRK-4, R-MRK-6). The core validates and decides; its warnings and errors are
// shown in the user's language.
class RegisterItemDialog : public AdminDialog
{
    Q_OBJECT

public:
    RegisterItemDialog(Register& reg, TaskRunner& runner, QWidget* parent = nullptr);

    // The form as a NewItem (what OK submits).
    NewItem newItem() const;
    // The result of the last successful registration.
    const RegisteredItem& registered() const { return *m_registered; }
    BannerWidget* previewBanner() const { return m_preview; }
    QString previewTitle() const;
    QString previewWarning() const;

Q_SIGNALS:
    void itemRegistered(const kanribo::RegisteredItem& item);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    void updatePreview();
    void fillCombos();
    void chooseContent();
    QStringList caveats() const;

    std::shared_ptr<RegisteredItem> m_registered;
    BannerWidget* m_preview;
    QLabel* m_previewTitle;
    QLabel* m_previewMarkings;
    QLabel* m_previewWarning;
    QLineEdit* m_title;
    QComboBox* m_level;
    QComboBox* m_origin;
    QComboBox* m_regime;
    QListWidget* m_caveats;
    QLineEdit* m_relTo;
    QComboBox* m_tlp;
    QListWidget* m_groups;
    QSpinBox* m_copies;
    QComboBox* m_container;
    QComboBox* m_media;
    QLineEdit* m_contentPath;
    QPushButton* m_browse;
    QWidget* m_contentRow;
    QTabWidget* m_more;
    QLineEdit* m_classifiedBy;
    QLineEdit* m_derivedFrom;
    QLineEdit* m_declassifyOn;
    QLineEdit* m_receivedFrom;
    QLineEdit* m_receiptNo;
    QComboBox* m_channel;
    QDateEdit* m_receivedOn;
    QCheckBox* m_tamperChecked;
    QCheckBox* m_hasValidUntil;
    QDateEdit* m_validUntil;
    QCheckBox* m_hasPurposeEnds;
    QDateEdit* m_purposeEnds;
    QList<QLabel*> m_moreLabels;
};

} // namespace kanribo
