// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InactivityTimer.h"
#include "TaskRunner.h"
#include "TypedPassword.h"
#include "service/Register.h"

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QDialog;
class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextDocument;

namespace kanribo
{

class AuditFilterBar;
class AuditModel;
class BannerWidget;
class BundleWindow;
class EventDetailView;
class ExportDialog;
class ContainersModel;
class DashboardPage;
class IncidentsModel;
class GroupsModel;
class ItemsModel;
class LockScreen;
class RegisterPage;
class TablePage;
class UsersModel;

// The register's main window: banners at top and bottom (R-MRK-3), tabs of people, groups, containers and the
// audit trail, administration dialogs, locking.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Register> reg, QWidget* parent = nullptr);
    ~MainWindow() override;

    Register& reg() { return *m_reg; }
    bool isLocked() const;
    bool isBusy() const { return m_runner.isBusy(); }
    TaskRunner& runner() { return m_runner; }
    void setIdleTimeout(int milliseconds);

    QTabWidget* tabs() const { return m_tabs; }
    UsersModel* usersModel() const { return m_usersModel; }
    GroupsModel* groupsModel() const { return m_groupsModel; }
    ContainersModel* containersModel() const { return m_containersModel; }
    AuditModel* auditModel() const { return m_auditModel; }
    ItemsModel* itemsModel() const { return m_itemsModel; }
    IncidentsModel* incidentsModel() const { return m_incidentsModel; }
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    TablePage* incidentsPage() const { return m_incidentsPage; }
    RegisterPage* registerPage() const { return m_registerPage; }
    // The highest level on screen: register rows loaded, the detail pane, open dialogs (R-MRK-3).
    Level highestLevelOnScreen() const;
    BannerWidget* topBanner() const { return m_topBanner; }
    BannerWidget* bottomBanner() const { return m_bottomBanner; }
    LockScreen* lockScreen() const { return m_lockScreen; }

public Q_SLOTS:
    // Reloads every view from the register.
    void refresh();
    // Wipes the keys, hides all data and shows the unlock prompt (waits for a running task first).
    void lockRegister();
    void verifyAuditTrail();
    // Issue 15: File → Back up… asks where (a file dialog), then backUpTo (officers; the action is shown to them only,
    // the core decides).
    void backUp();
    void backUpTo(const QString& dest);
    // Issue 17: File → Export for inspection… (officers and auditors; the core decides) opens the export dialog.
    ExportDialog* exportForInspection();
    // The Audit tab's Export View…: the export dialog for the view as filtered (CSV or PDF).
    ExportDialog* exportAuditView();
    // File → Verify a bundle…: asks for the file, then openBundle. Needs no register: an inspector's file.
    void verifyBundle();
    BundleWindow* openBundle(const QString& path);
    EventDetailView* auditDetail() const { return m_auditDetail; }
    AuditFilterBar* auditFilter() const { return m_auditFilter; }
    // The paper for the event selected on the Audit tab (hand receipt, destruction certificate, reproduction record),
    // or null; printRecord() shows it in a print preview.
    std::unique_ptr<QTextDocument> paperForCurrentEvent();
    void printRecord();
    // Items → Print cover sheets and labels…: for the item selected on the Register tab, or null.
    std::unique_ptr<QTextDocument> coverSheetsForCurrentItem();
    void printCoverSheets();
    // The Containers tab's Print Label…: for the container selected there, or null.
    std::unique_ptr<QTextDocument> labelForCurrentContainer();
    void registerItem();
    void openContent();
    void reclassifyItem();
    void rekeyItem();
    void preview(const std::shared_ptr<QTextDocument>& doc, const QString& title);
    void approveRelease();
    void custodyAction(const QString& which);
    // R-INV-1: the inventory dialog (resumes an open inventory).
    void openInventory();
    // R-INC-2: the update dialog for the incident selected on the Incidents tab.
    void updateIncident();
    // R-CON-2: records that the selected container is opened, closed, or checked at the end of the day.
    void containerStep(ContainerStep step);
    // R-CON-1: who knows the selected container's combination; that its combination was changed.
    void editCombinationCustodians();
    void recordCombinationChange();
    // The container selected on the Containers tab, or empty.
    QString selectedContainer() const;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void applyIdleLockSetting(); // the register's idle-lock time (Register::idleLockMinutes)
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void updateActions();
    void updateBanners();
    void clearModels();
    void loadAudit();
    // The event selected on the Audit tab, or nullptr.
    const Event* currentAuditEvent() const;
    void unlockWith(const Password& password);
    void showVerifyResult(const Result<VerifyReport>& result, qint64 total);
    bool canUseRegister();
    template <typename Dialog> void openAdminDialog();
    template <typename Dialog> void openItemDialog();
    void watchDialog(QDialog* dialog);
    void loadItems();
    void loadIncidents();
    qint64 selectedIncident() const;

    std::unique_ptr<Register> m_reg;
    TaskRunner m_runner; // after m_reg: destroyed first, waiting for its task
    InactivityTimer m_idle;
    bool m_lockPending = false;
    bool m_auditLoaded = false;
    std::shared_ptr<std::atomic<bool>> m_verifyCancel;

    UsersModel* m_usersModel;
    GroupsModel* m_groupsModel;
    ContainersModel* m_containersModel;
    AuditModel* m_auditModel;
    ItemsModel* m_itemsModel;
    IncidentsModel* m_incidentsModel;

    BannerWidget* m_topBanner;
    BannerWidget* m_bottomBanner;
    QStackedWidget* m_stack;
    QTabWidget* m_tabs;
    RegisterPage* m_registerPage;
    DashboardPage* m_dashboardPage;
    TablePage* m_incidentsPage;
    QCheckBox* m_openIncidentsOnly;
    QPushButton* m_updateIncidentButton;
    TablePage* m_peoplePage;
    TablePage* m_groupsPage;
    TablePage* m_containersPage;
    TablePage* m_auditPage;
    QPushButton* m_verifyButton;
    QPushButton* m_reloadAuditButton;
    QPushButton* m_printRecordButton = nullptr;
    QPushButton* m_exportViewButton = nullptr;
    QPushButton* m_printContainerLabelButton = nullptr;
    QPushButton* m_openContainerButton = nullptr; // R-CON-2
    QPushButton* m_closeContainerButton = nullptr;
    QPushButton* m_checkContainerButton = nullptr;
    QPushButton* m_combinationButton = nullptr; // R-CON-1
    QPushButton* m_combinationChangedButton = nullptr;
    EventDetailView* m_auditDetail = nullptr;
    AuditFilterBar* m_auditFilter = nullptr;
    QPointer<ExportDialog> m_exportDialog;
    QLabel* m_auditMessage;
    LockScreen* m_lockScreen;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_adminMenu = nullptr;
    QMenu* m_itemsMenu = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_verifyBundleAction = nullptr;
    QAction* m_registerItemAction = nullptr;
    QAction* m_openContentAction = nullptr;
    QAction* m_reclassifyAction = nullptr;
    QAction* m_releaseAction = nullptr;
    QAction* m_rekeyAction = nullptr;
    QAction* m_printLabelsAction = nullptr;
    QAction* m_findAction = nullptr;
    QMenu* m_custodyMenu = nullptr;
    QList<QAction*> m_custodyActions;
    QAction* m_inventoryAction = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_japaneseAction = nullptr;
    QAction* m_addUserAction = nullptr;
    QAction* m_addGroupAction = nullptr;
    QAction* m_addContainerAction = nullptr;
    QAction* m_membershipAction = nullptr;
    QAction* m_disableUserAction = nullptr;
    QAction* m_offboardUserAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_idleLockAction = nullptr;
    QAction* m_aboutAction = nullptr;

    QLabel* m_statusUser;
    QLabel* m_statusRole;
    QLabel* m_statusClearance;
    QLabel* m_statusFacility;
};

} // namespace kanribo
