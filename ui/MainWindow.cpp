// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AddContainerDialog.h"
#include "AddGroupDialog.h"
#include "AddUserDialog.h"
#include "AuditFilterBar.h"
#include "AuditModel.h"
#include "BannerWidget.h"
#include "BundleWindow.h"
#include "ChangePasswordDialog.h"
#include "CombinationDialog.h"
#include "ContainersModel.h"
#include "ContentViewer.h"
#include "CustodyDialogs.h"
#include "DashboardPage.h"
#include "DisableUserDialog.h"
#include "EventDetailView.h"
#include "ExportDialog.h"
#include "GroupMembershipDialog.h"
#include "GroupsModel.h"
#include "IdleLockDialog.h"
#include "IncidentUpdateDialog.h"
#include "IncidentsModel.h"
#include "InventoryDialog.h"
#include "ItemDialogs.h"
#include "ItemsModel.h"
#include "Labels.h"
#include "LockScreen.h"
#include "MessageBox.h"
#include "OffboardUserDialog.h"
#include "Paperwork.h"
#include "RegisterItemDialog.h"
#include "RegisterPage.h"
#include "TablePage.h"
#include "UsersModel.h"
#include "Widgets.h"
#include "i18n/Language.h"
#include "report/ExportBundle.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace kanribo
{

namespace
{
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(std::unique_ptr<Register> reg, QWidget* parent)
    : QMainWindow(parent)
    , m_reg(std::move(reg))
    , m_usersModel(new UsersModel(this))
    , m_groupsModel(new GroupsModel(this))
    , m_containersModel(new ContainersModel(this))
    , m_auditModel(new AuditModel(this))
    , m_itemsModel(new ItemsModel(this))
    , m_incidentsModel(new IncidentsModel(this))
{
    Q_ASSERT(m_reg);
    setObjectName(QStringLiteral("mainWindow"));
    m_usersModel->setObjectName(QStringLiteral("usersModel"));
    m_groupsModel->setObjectName(QStringLiteral("groupsModel"));
    m_containersModel->setObjectName(QStringLiteral("containersModel"));
    m_auditModel->setObjectName(QStringLiteral("auditModel"));
    m_itemsModel->setObjectName(QStringLiteral("itemsModel"));
    m_incidentsModel->setObjectName(QStringLiteral("incidentsModel"));
    m_itemsModel->setPolicy(&m_reg->policy());

    auto* central = new QWidget(this);
    auto* v = new QVBoxLayout(central);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    m_topBanner = new BannerWidget(central);
    m_topBanner->setObjectName(QStringLiteral("topBanner"));
    m_bottomBanner = new BannerWidget(central);
    m_bottomBanner->setObjectName(QStringLiteral("bottomBanner"));
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("centralStack"));
    v->addWidget(m_topBanner);
    v->addWidget(m_stack, 1);
    v->addWidget(m_bottomBanner);
    setCentralWidget(central);

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_registerPage = new RegisterPage(
        *m_reg, m_itemsModel, [this]() { return canUseRegister(); }, m_tabs);
    connect(m_itemsModel, &ItemsModel::contentsChanged, this, &MainWindow::updateBanners);
    connect(m_registerPage, &RegisterPage::currentItemChanged, this, [this]() {
        updateBanners();
        updateActions();
    });
    connect(m_registerPage, &RegisterPage::openContentRequested, this, &MainWindow::openContent);
    connect(m_registerPage, &RegisterPage::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_registerPage->view(), &QTableView::doubleClicked, this, [this]() {
        if (m_registerPage->currentItem() && m_registerPage->currentItem()->hasContent)
            openContent();
    });
    m_peoplePage = new TablePage(m_usersModel, UsersModel::SortRole, QStringLiteral("people"), m_tabs);
    m_groupsPage = new TablePage(m_groupsModel, GroupsModel::SortRole, QStringLiteral("groups"), m_tabs);
    m_containersPage
        = new TablePage(m_containersModel, ContainersModel::SortRole, QStringLiteral("containers"), m_tabs);
    m_auditPage = new TablePage(m_auditModel, AuditModel::SortRole, QStringLiteral("audit"), m_tabs);
    m_dashboardPage = new DashboardPage(
        *m_reg, [this]() { return canUseRegister(); }, m_tabs);
    m_incidentsPage
        = new TablePage(m_incidentsModel, IncidentsModel::SortRole, QStringLiteral("incidentsPage"), m_tabs);
    auto* incidentsBar = new QHBoxLayout;
    m_openIncidentsOnly = new QCheckBox(m_incidentsPage);
    m_openIncidentsOnly->setObjectName(QStringLiteral("openIncidentsOnly"));
    m_updateIncidentButton = new QPushButton(m_incidentsPage);
    m_updateIncidentButton->setObjectName(QStringLiteral("updateIncidentButton"));
    incidentsBar->addWidget(m_openIncidentsOnly);
    incidentsBar->addStretch(1);
    incidentsBar->addWidget(m_updateIncidentButton);
    m_incidentsPage->pageLayout()->addLayout(incidentsBar);
    connect(m_openIncidentsOnly, &QCheckBox::toggled, this, &MainWindow::loadIncidents);
    connect(m_updateIncidentButton, &QPushButton::clicked, this, &MainWindow::updateIncident);
    connect(m_incidentsPage->view(), &QTableView::doubleClicked, this, &MainWindow::updateIncident);
    connect(m_incidentsPage->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateActions);
    m_printContainerLabelButton = new QPushButton(m_containersPage);
    m_printContainerLabelButton->setObjectName(QStringLiteral("printContainerLabelButton"));
    {
        auto* bar = new QHBoxLayout;
        const auto stepButton = [&](const char* name, ContainerStep step) {
            auto* b = new QPushButton(m_containersPage);
            b->setObjectName(QString::fromLatin1(name));
            connect(b, &QPushButton::clicked, this, [this, step]() { containerStep(step); });
            bar->addWidget(b);
            return b;
        };
        m_openContainerButton = stepButton("openContainerButton", ContainerStep::Open);
        m_closeContainerButton = stepButton("closeContainerButton", ContainerStep::Close);
        m_checkContainerButton = stepButton("checkContainerButton", ContainerStep::Check);
        m_combinationButton = new QPushButton(m_containersPage);
        m_combinationButton->setObjectName(QStringLiteral("combinationButton"));
        connect(m_combinationButton, &QPushButton::clicked, this, &MainWindow::editCombinationCustodians);
        bar->addWidget(m_combinationButton);
        m_combinationChangedButton = new QPushButton(m_containersPage);
        m_combinationChangedButton->setObjectName(QStringLiteral("combinationChangedButton"));
        connect(m_combinationChangedButton, &QPushButton::clicked, this, &MainWindow::recordCombinationChange);
        bar->addWidget(m_combinationChangedButton);
        bar->addStretch(1);
        bar->addWidget(m_printContainerLabelButton);
        m_containersPage->pageLayout()->addLayout(bar);
    }
    connect(m_containersPage->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateActions);
    connect(m_printContainerLabelButton, &QPushButton::clicked, this,
        [this]() { preview(labelForCurrentContainer(), tr("Print container label")); });
    auto* auditBar = new QHBoxLayout;
    m_auditMessage = new QLabel(m_auditPage);
    m_auditMessage->setObjectName(QStringLiteral("auditMessage"));
    m_auditMessage->setWordWrap(true);
    m_reloadAuditButton = new QPushButton(m_auditPage);
    m_reloadAuditButton->setObjectName(QStringLiteral("reloadAuditButton"));
    m_verifyButton = new QPushButton(m_auditPage);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_printRecordButton = new QPushButton(m_auditPage);
    m_printRecordButton->setObjectName(QStringLiteral("printRecordButton"));
    m_printRecordButton->setEnabled(false);
    connect(m_printRecordButton, &QPushButton::clicked, this, &MainWindow::printRecord);
    m_exportViewButton = new QPushButton(m_auditPage);
    m_exportViewButton->setObjectName(QStringLiteral("exportViewButton"));
    connect(m_exportViewButton, &QPushButton::clicked, this, &MainWindow::exportAuditView);
    auditBar->addWidget(m_auditMessage, 1);
    auditBar->addWidget(m_exportViewButton);
    auditBar->addWidget(m_printRecordButton);
    auditBar->addWidget(m_reloadAuditButton);
    auditBar->addWidget(m_verifyButton);
    m_auditPage->pageLayout()->addLayout(auditBar);
    m_auditFilter = new AuditFilterBar(m_auditPage);
    m_auditPage->pageLayout()->insertWidget(0, m_auditFilter);
    connect(m_auditFilter, &AuditFilterBar::filterChanged, this, [this]() {
        m_auditLoaded = false;
        loadAudit();
    });
    m_auditDetail = new EventDetailView(m_auditPage);
    m_auditDetail->setNames(&m_auditModel->names());
    m_auditDetail->setMaximumHeight(220);
    m_auditPage->pageLayout()->addWidget(m_auditDetail);
    connect(m_auditPage->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this]() {
        const Event* e = currentAuditEvent();
        if (e)
            m_auditDetail->showEvent(*e, EventDetailView::Check::Unchecked);
        else
            m_auditDetail->clearEvent();
        m_printRecordButton->setEnabled(e && Paperwork::kindFor(*e).has_value());
    });
    connect(m_verifyButton, &QPushButton::clicked, this, &MainWindow::verifyAuditTrail);
    connect(m_reloadAuditButton, &QPushButton::clicked, this, [this]() {
        m_auditLoaded = false;
        loadAudit();
    });
    m_tabs->addTab(m_registerPage, QString());
    m_tabs->addTab(m_dashboardPage, QString());
    m_tabs->addTab(m_peoplePage, QString());
    m_tabs->addTab(m_groupsPage, QString());
    m_tabs->addTab(m_containersPage, QString());
    m_tabs->addTab(m_incidentsPage, QString());
    m_tabs->addTab(m_auditPage, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_auditPage)
            loadAudit();
        updateBanners();
    });
    connect(m_auditModel, &AuditModel::fetchFailed, this,
        [this](const QString& message) { m_auditMessage->setText(message); });
    m_stack->addWidget(m_tabs);

    m_lockScreen = new LockScreen(m_stack);
    m_stack->addWidget(m_lockScreen);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlockWith);

    m_statusUser = new QLabel(this);
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    m_statusRole = new QLabel(this);
    m_statusRole->setObjectName(QStringLiteral("statusRole"));
    m_statusClearance = new QLabel(this);
    m_statusClearance->setObjectName(QStringLiteral("statusClearance"));
    m_statusFacility = new QLabel(this);
    m_statusFacility->setObjectName(QStringLiteral("statusFacility"));
    statusBar()->addPermanentWidget(m_statusUser);
    statusBar()->addPermanentWidget(m_statusRole);
    statusBar()->addPermanentWidget(m_statusClearance);
    statusBar()->addPermanentWidget(m_statusFacility);

    createActions();
    createMenus();
    retranslateUi();

    connect(&m_runner, &TaskRunner::busyChanged, this, [this](bool busy) {
        if (!busy && m_lockPending)
            lockRegister();
        updateActions();
    });
    connect(&m_idle, &InactivityTimer::inactivity, this, &MainWindow::lockRegister);
    applyIdleLockSetting(); // the officer's register setting, not the user's own file
    m_idle.activate();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(kStateKey).toByteArray());

    m_stack->setCurrentWidget(m_reg->isLocked() ? static_cast<QWidget*>(m_lockScreen) : m_tabs);
    refresh();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_idle.deactivate();
    if (m_verifyCancel)
        *m_verifyCancel = true;
    m_runner.waitForDone();
}

void MainWindow::createActions()
{
    m_lockAction = new QAction(this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRegister);
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backUp);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportForInspection);
    m_verifyBundleAction = new QAction(this);
    m_verifyBundleAction->setObjectName(QStringLiteral("verifyBundleAction"));
    connect(m_verifyBundleAction, &QAction::triggered, this, &MainWindow::verifyBundle);
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_englishAction = new QAction(Widgets::languageName(QStringLiteral("en")), m_languageGroup);
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    m_englishAction->setData(QStringLiteral("en"));
    m_japaneseAction = new QAction(Widgets::languageName(QStringLiteral("ja")), m_languageGroup);
    m_japaneseAction->setObjectName(QStringLiteral("japaneseAction"));
    m_japaneseAction->setData(QStringLiteral("ja"));
    for (QAction* a : m_languageGroup->actions())
        a->setCheckable(true);
    connect(m_languageGroup, &QActionGroup::triggered, this,
        [](QAction* a) { Widgets::switchLanguage(a->data().toString()); });

    auto admin = [this](const char* name, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addUserAction = admin("addUserAction", [this]() { openAdminDialog<AddUserDialog>(); });
    m_addGroupAction = admin("addGroupAction", [this]() { openAdminDialog<AddGroupDialog>(); });
    m_addContainerAction = admin("addContainerAction", [this]() { openAdminDialog<AddContainerDialog>(); });
    m_membershipAction = admin("membershipAction", [this]() { openAdminDialog<GroupMembershipDialog>(); });
    m_disableUserAction = admin("disableUserAction", [this]() { openAdminDialog<DisableUserDialog>(); });
    m_offboardUserAction = admin("offboardUserAction", [this]() { openAdminDialog<OffboardUserDialog>(); });
    m_changePasswordAction = admin("changePasswordAction", [this]() { openAdminDialog<ChangePasswordDialog>(); });
    m_idleLockAction = admin("idleLockAction", [this]() { openAdminDialog<IdleLockDialog>(); });
    m_registerItemAction = admin("registerItemAction", [this]() { registerItem(); });
    m_registerItemAction->setShortcut(QKeySequence::New);
    m_openContentAction = admin("openContentAction", [this]() { openContent(); });
    m_openContentAction->setShortcut(QKeySequence::Open);
    m_reclassifyAction = admin("reclassifyAction", [this]() { reclassifyItem(); });
    m_releaseAction = admin("releaseAction", [this]() { approveRelease(); });
    m_rekeyAction = admin("rekeyAction", [this]() { rekeyItem(); });
    m_printLabelsAction = admin("printLabelsAction", [this]() { printCoverSheets(); });
    m_findAction = admin("findAction", [this]() {
        m_tabs->setCurrentWidget(m_registerPage);
        m_registerPage->searchEdit()->setFocus();
        m_registerPage->searchEdit()->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    for (const char* name :
        { "handReceipt", "issue", "store", "dispatch", "recordReceipt", "reproduce", "destroy", "reportIncident" }) {
        const QString which = QString::fromLatin1(name);
        auto* a = new QAction(this);
        a->setObjectName(which + QStringLiteral("Action"));
        a->setData(which);
        connect(a, &QAction::triggered, this, [this, which]() { custodyAction(which); });
        m_custodyActions << a;
    }
    m_custodyActions.at(0)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_inventoryAction = admin("inventoryAction", [this]() { openInventory(); });
    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, [this]() {
        MessageBox::information(this, tr("About Kanribo"),
            tr("Kanribo %1 — a register of classified documents.\nLicence: GPL-3.0-or-later.")
                .arg(QStringLiteral(KANRIBO_VERSION)));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_verifyBundleAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_itemsMenu = menuBar()->addMenu(QString());
    m_itemsMenu->setObjectName(QStringLiteral("itemsMenu"));
    m_itemsMenu->addAction(m_registerItemAction);
    m_itemsMenu->addAction(m_openContentAction);
    m_itemsMenu->addAction(m_findAction);
    m_itemsMenu->addSeparator();
    m_itemsMenu->addAction(m_reclassifyAction);
    m_itemsMenu->addAction(m_releaseAction);
    m_itemsMenu->addAction(m_rekeyAction);
    m_itemsMenu->addSeparator();
    m_itemsMenu->addAction(m_printLabelsAction);

    m_custodyMenu = menuBar()->addMenu(QString());
    m_custodyMenu->setObjectName(QStringLiteral("custodyMenu"));
    for (int i = 0; i < m_custodyActions.size(); ++i) {
        if (i == 3 || i == 5)
            m_custodyMenu->addSeparator();
        m_custodyMenu->addAction(m_custodyActions.at(i));
    }
    m_custodyMenu->addSeparator();
    m_custodyMenu->addAction(m_inventoryAction);

    m_adminMenu = menuBar()->addMenu(QString());
    m_adminMenu->setObjectName(QStringLiteral("adminMenu"));
    m_adminMenu->addAction(m_addUserAction);
    m_adminMenu->addAction(m_addGroupAction);
    m_adminMenu->addAction(m_addContainerAction);
    m_adminMenu->addSeparator();
    m_adminMenu->addAction(m_membershipAction);
    m_adminMenu->addAction(m_disableUserAction);
    m_adminMenu->addAction(m_offboardUserAction);
    m_adminMenu->addAction(m_idleLockAction);
    m_adminMenu->addSeparator();
    m_adminMenu->addAction(m_changePasswordAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Kanribo — %1").arg(m_reg->facility()));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_adminMenu->setTitle(tr("&Administration"));
    m_itemsMenu->setTitle(tr("&Items"));
    m_registerItemAction->setText(tr("&Register item…"));
    m_openContentAction->setText(tr("&Open content…"));
    m_findAction->setText(tr("&Find in register"));
    m_reclassifyAction->setText(tr("Re&classify…"));
    m_releaseAction->setText(tr("Record release &approval…"));
    m_rekeyAction->setText(tr("Re-&encrypt under fresh keys…"));
    m_printLabelsAction->setText(tr("&Print Cover Sheets and Labels…"));
    m_custodyMenu->setTitle(tr("&Custody"));
    const QStringList custodyTexts = { tr("&Hand receipt (transfer)…"), tr("&Issue from storage…"),
        tr("Return to &storage…"), tr("&Dispatch…"), tr("Record returned &receipt…"), tr("Re&produce or translate…"),
        tr("D&estroy…"), tr("Report &loss or compromise…") };
    for (int i = 0; i < m_custodyActions.size(); ++i)
        m_custodyActions.at(i)->setText(custodyTexts.at(i));
    m_inventoryAction->setText(tr("In&ventory…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_lockAction->setText(tr("&Lock"));
    m_quitAction->setText(tr("E&xit"));
    m_exportAction->setText(tr("&Export for Inspection…"));
    m_exportAction->setToolTip(tr("Export the audit trail and the register for an inspector: a signed bundle, CSV "
                                  "tables or a PDF report"));
    m_verifyBundleAction->setText(tr("&Verify a Bundle…"));
    m_verifyBundleAction->setToolTip(tr("Open an export bundle read-only and verify it, without this register"));
    m_backupAction->setText(tr("&Back Up…"));
    m_backupAction->setToolTip(tr("Copy the register and its key ring, verify the copy and record the backup"));
    m_refreshAction->setText(tr("&Refresh"));
    m_addUserAction->setText(tr("Add &user…"));
    m_addGroupAction->setText(tr("Add &group…"));
    m_addContainerAction->setText(tr("Add &container…"));
    m_membershipAction->setText(tr("G&rant or revoke group…"));
    m_disableUserAction->setText(tr("&Disable user…"));
    m_offboardUserAction->setText(tr("O&ffboard a person…"));
    m_changePasswordAction->setText(tr("Change my &password…"));
    m_idleLockAction->setText(tr("&Idle lock time…"));
    m_aboutAction->setText(tr("&About Kanribo"));
    m_tabs->setTabText(m_tabs->indexOf(m_registerPage), tr("&Register"));
    m_tabs->setTabText(m_tabs->indexOf(m_dashboardPage), tr("&Dashboard"));
    m_tabs->setTabText(m_tabs->indexOf(m_peoplePage), tr("&People"));
    m_tabs->setTabText(m_tabs->indexOf(m_groupsPage), tr("&Groups"));
    m_tabs->setTabText(m_tabs->indexOf(m_containersPage), tr("&Containers"));
    m_tabs->setTabText(m_tabs->indexOf(m_incidentsPage), tr("I&ncidents"));
    m_tabs->setTabText(m_tabs->indexOf(m_auditPage), tr("A&udit"));
    m_openIncidentsOnly->setText(tr("&Open incidents only"));
    m_updateIncidentButton->setText(tr("&Update incident…"));
    m_updateIncidentButton->setToolTip(
        tr("Record the originator's notification, the findings and the corrective measures; close"));
    m_openContainerButton->setText(tr("Record &opening"));
    m_closeContainerButton->setText(tr("Record &closing"));
    m_checkContainerButton->setText(tr("End-of-day ch&eck"));
    m_checkContainerButton->setToolTip(tr("Record that the selected container was checked closed and secured."));
    m_combinationButton->setText(tr("Who knows the com&bination…"));
    m_combinationChangedButton->setText(tr("Combination c&hanged"));
    m_combinationChangedButton->setToolTip(tr("Record that the selected container's combination was changed (never "
                                              "the combination itself)."));
    m_printContainerLabelButton->setText(tr("&Print Label…"));
    m_printContainerLabelButton->setToolTip(
        tr("Print a label for the selected container: its marking, id and QR code"));
    m_exportViewButton->setText(tr("E&xport View…"));
    m_exportViewButton->setToolTip(tr("Export the events of the view as filtered, as CSV tables or a PDF report"));
    m_printRecordButton->setText(tr("&Print Record…"));
    m_printRecordButton->setToolTip(
        tr("Print the hand receipt, destruction certificate or reproduction record of the selected event"));
    m_verifyButton->setText(tr("&Verify…"));
    m_verifyButton->setToolTip(tr("Check the hash chain and every signature of the audit trail"));
    m_reloadAuditButton->setText(tr("Re&load"));
    for (TablePage* p : { m_peoplePage, m_groupsPage, m_containersPage, m_incidentsPage, m_auditPage })
        p->retranslateUi();
    m_usersModel->retranslate();
    m_groupsModel->retranslate();
    m_containersModel->retranslate();
    m_auditModel->retranslate();
    m_auditDetail->retranslate();
    m_auditFilter->retranslateUi();
    m_itemsModel->retranslate();
    m_incidentsModel->retranslate();
    m_dashboardPage->retranslateUi();
    m_registerPage->retranslateUi();
    m_lockScreen->retranslateUi();
    // Dates and names change width with the language.
    for (TablePage* p : { m_peoplePage, m_groupsPage, m_containersPage, m_incidentsPage, m_auditPage })
        p->fitColumns();
    m_registerPage->fitColumns();
    for (QAction* a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == currentLanguage());
    updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::isLocked() const
{
    return m_reg->isLocked();
}

void MainWindow::setIdleTimeout(int milliseconds)
{
    m_idle.setInactivityTimeout(milliseconds);
}

bool MainWindow::canUseRegister()
{
    return m_reg && !m_reg->isLocked() && !m_runner.isBusy();
}

void MainWindow::updateStatus()
{
    const User& me = m_reg->me();
    m_statusUser->setText(tr("User: %1 — %2").arg(me.login, me.name));
    m_statusRole->setText(tr("Role: %1").arg(Labels::role(me.role)));
    m_statusClearance->setText(tr("Clearance: %1").arg(Labels::level(me.clearance)));
    m_statusFacility->setText(tr("Facility: %1").arg(m_reg->facility()));
    if (m_reg->isLocked())
        statusBar()->showMessage(tr("Locked"));
    else
        statusBar()->clearMessage();
}

void MainWindow::updateActions()
{
    const bool usable = !m_reg->isLocked();
    const bool idle = !m_runner.isBusy();
    m_lockAction->setEnabled(usable);
    m_backupAction->setVisible(m_reg->me().role == Role::Officer);
    m_backupAction->setEnabled(usable && idle);
    m_exportAction->setVisible(m_reg->me().role == Role::Officer || m_reg->me().role == Role::Auditor);
    m_exportAction->setEnabled(usable && idle);
    m_exportViewButton->setVisible(m_exportAction->isVisible());
    m_exportViewButton->setEnabled(usable && idle);
    m_refreshAction->setEnabled(usable && idle);
    for (QAction* a : { m_addUserAction, m_addGroupAction, m_addContainerAction, m_membershipAction,
             m_disableUserAction, m_offboardUserAction, m_changePasswordAction, m_idleLockAction })
        a->setEnabled(usable && idle);
    const bool hasItem = usable && m_registerPage->currentItem().has_value();
    m_registerItemAction->setEnabled(usable && idle);
    m_findAction->setEnabled(usable);
    m_openContentAction->setEnabled(hasItem && idle && m_registerPage->currentItem()->hasContent);
    m_reclassifyAction->setEnabled(hasItem && idle);
    m_releaseAction->setEnabled(hasItem && idle);
    m_rekeyAction->setVisible(m_reg->me().role == Role::Officer);
    m_rekeyAction->setEnabled(hasItem && idle);
    m_printLabelsAction->setEnabled(hasItem && idle);
    for (QAction* a : m_custodyActions)
        a->setEnabled(hasItem && idle);
    m_inventoryAction->setEnabled(usable && idle);
    m_updateIncidentButton->setEnabled(usable && idle && selectedIncident() > 0);
    const bool hasContainer = usable && m_containersPage->view()->currentIndex().isValid();
    for (QPushButton* b :
        { m_openContainerButton, m_closeContainerButton, m_checkContainerButton, m_combinationChangedButton })
        b->setEnabled(hasContainer && idle);
    m_combinationButton->setVisible(m_reg->me().role == Role::Officer);
    m_combinationButton->setEnabled(hasContainer && idle);
    m_verifyButton->setEnabled(usable && idle);
    m_reloadAuditButton->setEnabled(usable && idle);
}

Level MainWindow::highestLevelOnScreen() const
{
    if (m_reg->isLocked())
        return Level::Unclassified;
    // Containers' approved levels count only while their tab is shown.
    Level level = m_tabs->currentWidget() == m_containersPage ? m_containersModel->highestLevel() : Level::Unclassified;
    auto raise = [&level](Level l) {
        if (rank(l) > rank(level))
            level = l;
    };
    raise(m_itemsModel->highestLevel());
    if (const auto& current = m_registerPage->currentItem())
        raise(current->level);
    // Dialogs that show an item carry its level in the "shownLevel" property.
    for (const QDialog* d : findChildren<QDialog*>())
        if (d->isVisible() && d->property("shownLevel").isValid())
            raise(levelFromRank(d->property("shownLevel").toLongLong()).value_or(Level::Unclassified));
    return level;
}

void MainWindow::updateBanners()
{
    // The highest level shown on screen, spelled out from the policy pack (R-MRK-2, R-MRK-3).
    const Level level = highestLevelOnScreen();
    m_topBanner->setLevel(level, m_reg->policy());
    m_bottomBanner->setLevel(level, m_reg->policy());
}

void MainWindow::clearModels()
{
    m_usersModel->clear();
    m_groupsModel->clear();
    m_containersModel->clear();
    m_auditModel->clear();
    m_auditDetail->clearEvent();
    m_printRecordButton->setEnabled(false);
    m_itemsModel->clear();
    m_incidentsModel->clear();
    m_dashboardPage->clear();
    m_registerPage->clearFilter();
    m_registerPage->clearDetails();
    m_auditLoaded = false;
    m_auditMessage->clear();
    for (TablePage* p : { m_peoplePage, m_groupsPage, m_containersPage, m_incidentsPage, m_auditPage })
        p->filterEdit()->clear();
}

void MainWindow::refresh()
{
    if (!canUseRegister()) {
        updateBanners();
        return;
    }
    QStringList errors;
    People& people = m_reg->people();
    QHash<QString, int> members;
    QList<User> userList;
    if (auto users = people.users()) {
        userList = users.value();
        for (const User& u : users.value())
            for (const QString& g : u.groups)
                ++members[g];
        m_usersModel->setUsers(users.value(), m_reg->today());
    } else {
        m_usersModel->clear();
        errors << users.error().message;
    }
    if (auto groups = people.groups()) {
        m_groupsModel->setGroups(groups.value(), members);
    } else {
        m_groupsModel->clear();
        errors << groups.error().message;
    }
    if (auto states = people.containerStates()) {
        m_containersModel->setStates(states.value());
        QList<Container> containers;
        for (const ContainerState& s : states.value())
            containers << s.container;
        m_registerPage->setPeople(userList, containers);
    } else {
        m_containersModel->clear();
        errors << states.error().message;
    }
    loadItems();
    loadIncidents();
    m_dashboardPage->refresh();
    if (m_auditLoaded || m_tabs->currentWidget() == m_auditPage) {
        m_auditLoaded = false;
        loadAudit();
    }
    if (!errors.isEmpty())
        statusBar()->showMessage(errors.join(QStringLiteral("; ")));
    updateBanners();
    m_peoplePage->fitColumns();
    m_groupsPage->fitColumns();
    m_containersPage->fitColumns();
}

void MainWindow::loadIncidents()
{
    if (!canUseRegister())
        return;
    auto incidents = m_reg->custody().incidents(m_openIncidentsOnly->isChecked());
    if (!incidents) {
        m_incidentsModel->clear();
        statusBar()->showMessage(Widgets::errorText(incidents.error()));
        return;
    }
    m_incidentsModel->setIncidents(incidents.value());
    m_incidentsPage->fitColumns();
    updateActions();
}

qint64 MainWindow::selectedIncident() const
{
    const QModelIndexList rows = m_incidentsPage->view()->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IncidentsModel::IdRole).toLongLong();
}

void MainWindow::loadItems()
{
    const QString current = m_registerPage->currentControl();
    Register* reg = m_reg.get();
    m_itemsModel->setFetcher(
        [reg](const ItemFilter& f) { return reg->items().list(f); }, [this]() { return canUseRegister(); });
    m_registerPage->applyFilter();
    if (m_itemsModel->rowCount() == 0)
        m_itemsModel->fetchMore({});
    if (!current.isEmpty() && m_itemsModel->rowOf(current) >= 0) {
        m_registerPage->selectControl(current);
        m_registerPage->reloadDetails();
    }
    m_registerPage->fitColumns();
}

void MainWindow::loadAudit()
{
    if (m_auditLoaded || !canUseRegister())
        return;
    m_auditLoaded = true;
    m_auditMessage->clear();
    Register* reg = m_reg.get();
    // The people the trail names, for its sentences and the signer filter (a filtered view may not hold their
    // user.added events).
    if (auto users = reg->people().users()) {
        QStringList logins;
        for (const User& u : std::as_const(*users)) {
            m_auditModel->setName(u.login, u.name);
            logins << u.login;
        }
        m_auditFilter->setActors(logins);
    }
    m_auditDetail->clearEvent();
    m_auditModel->setFetcher(
        [reg, base = m_auditFilter->filter()](qint64 fromSeq, qint64 limit) {
            Ledger::Filter filter = base;
            filter.fromSeq = fromSeq;
            filter.limit = limit;
            return reg->auditLog(filter);
        },
        [this]() { return canUseRegister(); });
    m_auditModel->fetchMore({});
    m_auditPage->fitColumns();
}

template <typename Dialog> void MainWindow::openAdminDialog()
{
    if (!canUseRegister())
        return;
    auto* dialog = new Dialog(*m_reg, m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &AdminDialog::registerChanged, this, &MainWindow::refresh);
    connect(dialog, &AdminDialog::registerChanged, this, &MainWindow::applyIdleLockSetting);
    watchDialog(dialog);
    dialog->open();
    updateBanners();
}

void MainWindow::applyIdleLockSetting()
{
    if (!m_reg->isLocked())
        m_idle.setInactivityTimeout(m_reg->idleLockMinutes() * 60 * 1000);
}

template <typename Dialog> void MainWindow::openItemDialog()
{
    if (!canUseRegister() || !m_registerPage->currentItem())
        return;
    auto* dialog = new Dialog(*m_reg, m_runner, *m_registerPage->currentItem(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &AdminDialog::registerChanged, this, &MainWindow::refresh);
    watchDialog(dialog);
    dialog->open();
    updateBanners();
}

void MainWindow::watchDialog(QDialog* dialog)
{
    // The banner counts open dialogs that show an item (R-MRK-3).
    connect(dialog, &QDialog::finished, this, [this]() { updateBanners(); });
}

void MainWindow::registerItem()
{
    if (!canUseRegister())
        return;
    auto* dialog = new RegisterItemDialog(*m_reg, m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &RegisterItemDialog::itemRegistered, this, [this](const RegisteredItem& item) {
        refresh();
        m_tabs->setCurrentWidget(m_registerPage);
        m_registerPage->selectControl(item.control);
        QString text = tr("Registered %1 with %n copy(ies): %2.", nullptr, int(item.copies.size()))
                           .arg(item.control, item.copies.join(QStringLiteral(", ")));
        if (!item.warnings.isEmpty()) {
            text += QStringLiteral("\n\n") + tr("Warnings:") + QStringLiteral("\n• ")
                + item.warnings.join(QStringLiteral("\n• "));
            MessageBox::warning(this, tr("Register item"), text);
        } else {
            statusBar()->showMessage(text, 8000);
        }
    });
    watchDialog(dialog);
    dialog->open();
}

void MainWindow::reclassifyItem()
{
    openItemDialog<ReclassifyDialog>();
}

void MainWindow::approveRelease()
{
    openItemDialog<ReleaseApprovalDialog>();
}

// R-TRU-5: item rekey, after someone lost a level, a group or the account and may have kept old keys.
void MainWindow::rekeyItem()
{
    const auto& current = m_registerPage->currentItem();
    if (!canUseRegister() || !current)
        return;
    const QString control = current->control;
    if (MessageBox::question(this, tr("Re-encrypt under fresh keys"),
            tr("Re-encrypt %1 and its content under fresh keys? Only the people entitled to it now will be able to "
               "open it; anyone who lost access and kept old keys will not.")
                .arg(control))
        != QMessageBox::Yes)
        return;
    Register* reg = m_reg.get();
    statusBar()->showMessage(tr("Re-encrypting %1…").arg(control));
    m_runner.run(
        this, [reg, control]() { return reg->items().rekey(control); },
        [this, control](Status done) {
            statusBar()->clearMessage();
            if (m_lockPending || m_reg->isLocked())
                return;
            if (!done) {
                MessageBox::critical(this, tr("Re-encrypt under fresh keys"), Widgets::errorText(done.error()));
                return;
            }
            statusBar()->showMessage(tr("%1 is encrypted under fresh keys.").arg(control), 5000);
            refresh();
        });
}

QString MainWindow::selectedContainer() const
{
    const QModelIndex shown = m_containersPage->view()->currentIndex();
    const Container* c = shown.isValid()
        ? m_containersModel->containerAt(m_containersPage->proxy()->mapToSource(shown).row())
        : nullptr;
    return c ? c->id : QString();
}

void MainWindow::editCombinationCustodians()
{
    const QString id = selectedContainer();
    if (!canUseRegister() || id.isEmpty())
        return;
    auto* dialog = new CombinationDialog(*m_reg, m_runner, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &AdminDialog::registerChanged, this, &MainWindow::refresh);
    watchDialog(dialog);
    dialog->open();
}

void MainWindow::recordCombinationChange()
{
    const QString id = selectedContainer();
    if (!canUseRegister() || id.isEmpty())
        return;
    if (MessageBox::question(this, tr("Combination changed"),
            tr("Record that the combination of %1 was changed? Its custodians as recorded now are those who know the "
               "new one.")
                .arg(id))
        != QMessageBox::Yes)
        return;
    Register* reg = m_reg.get();
    m_runner.run(
        this, [reg, id]() { return reg->people().recordCombinationChange(id); },
        [this, id](Status done) {
            if (m_lockPending || m_reg->isLocked())
                return;
            if (!done) {
                MessageBox::critical(this, tr("Combination changed"), Widgets::errorText(done.error()));
                return;
            }
            statusBar()->showMessage(tr("The change of the combination of %1 is recorded.").arg(id), 5000);
            refresh();
        });
}

void MainWindow::containerStep(ContainerStep step)
{
    const QString id = selectedContainer();
    if (!canUseRegister() || id.isEmpty())
        return;
    Register* reg = m_reg.get();
    m_runner.run(
        this, [reg, id, step]() { return reg->people().recordContainerStep(id, step); },
        [this, id, step](Status done) {
            if (m_lockPending || m_reg->isLocked())
                return;
            if (!done) {
                MessageBox::critical(this, tr("Security container"), Widgets::errorText(done.error()));
                return;
            }
            const QString message = step == ContainerStep::Open
                ? tr("%1 is recorded as open.").arg(id)
                : (step == ContainerStep::Close ? tr("%1 is recorded as closed.").arg(id)
                                                : tr("%1 is checked: secured.").arg(id));
            statusBar()->showMessage(message, 5000);
            refresh();
        });
}

void MainWindow::custodyAction(const QString& which)
{
    if (!canUseRegister() || !m_registerPage->currentItem())
        return;
    const Item& item = *m_registerPage->currentItem();
    AdminDialog* dialog = nullptr;
    if (which == QLatin1String("handReceipt"))
        dialog = new HandReceiptDialog(*m_reg, m_runner, item, HandReceiptDialog::Mode::Transfer, this);
    else if (which == QLatin1String("issue"))
        dialog = new HandReceiptDialog(*m_reg, m_runner, item, HandReceiptDialog::Mode::Issue, this);
    else if (which == QLatin1String("store"))
        dialog = new StoreDialog(*m_reg, m_runner, item, this);
    else if (which == QLatin1String("dispatch"))
        dialog = new DispatchDialog(*m_reg, m_runner, item, this);
    else if (which == QLatin1String("recordReceipt"))
        dialog = new RecordReceiptDialog(*m_reg, m_runner, item, this);
    else if (which == QLatin1String("reproduce"))
        dialog = new ReproduceDialog(*m_reg, m_runner, item, this);
    else if (which == QLatin1String("destroy"))
        dialog = new DestroyDialog(*m_reg, m_runner, item, this);
    else if (which == QLatin1String("reportIncident"))
        dialog = new ReportIncidentDialog(*m_reg, m_runner, item, this);
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &AdminDialog::registerChanged, this, &MainWindow::refresh);
    watchDialog(dialog);
    dialog->open();
    updateBanners();
}

void MainWindow::openInventory()
{
    if (!canUseRegister())
        return;
    auto* dialog = new InventoryDialog(*m_reg, m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &InventoryDialog::registerChanged, this, &MainWindow::refresh);
    watchDialog(dialog);
    dialog->open();
}

void MainWindow::updateIncident()
{
    if (!canUseRegister())
        return;
    const Incident* incident = m_incidentsModel->incident(selectedIncident());
    if (!incident)
        return;
    auto* dialog = new IncidentUpdateDialog(*m_reg, m_runner, *incident, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &AdminDialog::registerChanged, this, &MainWindow::refresh);
    watchDialog(dialog);
    dialog->open();
}

void MainWindow::openContent()
{
    const auto& current = m_registerPage->currentItem();
    if (!canUseRegister() || !current || !current->hasContent)
        return;
    const Item item = *current;
    Register* reg = m_reg.get();
    statusBar()->showMessage(tr("Decrypting %1…").arg(item.control));
    // Decryption runs on the register's worker thread; the bytes stay in sodium memory, never in a file.
    m_runner.run(
        this, [reg, control = item.control]() { return reg->items().contentBytes(control); },
        [this, item](Result<SecureBuffer> bytes) {
            statusBar()->clearMessage();
            if (m_lockPending || m_reg->isLocked())
                return;
            if (!bytes) {
                MessageBox::critical(this, tr("Open content"), Widgets::errorText(bytes.error()));
                return;
            }
            auto* viewer = new ContentViewer(
                m_reg->policy(), item.level, item.control, item.title, std::move(bytes).value(), this);
            watchDialog(viewer);
            viewer->show();
            updateBanners();
        });
}

void MainWindow::lockRegister()
{
    if (m_reg->isLocked())
        return;
    if (m_runner.isBusy()) {
        // The register is in use on the worker thread: lock as soon as it is done (a verification is cancelled).
        m_lockPending = true;
        if (m_verifyCancel)
            *m_verifyCancel = true;
        if (m_exportDialog)
            m_exportDialog->reject(); // cancels a running export
        return;
    }
    m_lockPending = false;
    // Dialogs may show data: close them with the views.
    for (QDialog* d : findChildren<QDialog*>(Qt::FindDirectChildrenOnly))
        if (d->isVisible())
            d->reject();
    for (BundleWindow* b : findChildren<BundleWindow*>(Qt::FindDirectChildrenOnly))
        b->close();
    m_auditDetail->clearEvent();
    m_reg->lock();
    clearModels();
    m_idle.deactivate();
    m_lockScreen->setUser(m_reg->me().login, m_reg->me().name);
    m_lockScreen->reset();
    m_stack->setCurrentWidget(m_lockScreen);
    m_lockScreen->passwordEdit()->setFocus();
    updateBanners();
    updateActions();
    updateStatus();
}

void MainWindow::unlockWith(const Password& password)
{
    if (!m_reg->isLocked() || m_runner.isBusy())
        return;
    m_lockScreen->setError({});
    m_lockScreen->setBusy(true);
    Register* reg = m_reg.get();
    m_runner.run(
        this, [reg, password]() { return reg->unlock(password->bytes()); },
        [this](Status st) {
            m_lockScreen->setBusy(false);
            if (!st) {
                QString message = st.error().message;
                if (st.error().retryAfterSeconds > 0)
                    message += QLatin1Char('\n')
                        + tr("Try again in %1.").arg(Labels::duration(st.error().retryAfterSeconds));
                m_lockScreen->setError(message);
                m_lockScreen->passwordEdit()->setFocus();
                return;
            }
            m_lockScreen->reset();
            m_stack->setCurrentWidget(m_tabs);
            m_idle.activate();
            updateStatus();
            refresh();
            updateActions();
        });
}

void MainWindow::verifyAuditTrail()
{
    if (!canUseRegister())
        return;
    auto head = m_reg->ledger().headSeq();
    const qint64 total = head ? head.value() : 0;
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_verifyCancel = cancel;
    auto* progress = new QProgressDialog(
        tr("Verifying the hash chain and the signatures…"), tr("Cancel"), 0, int(qMin<qint64>(total, INT_MAX)), this);
    progress->setObjectName(QStringLiteral("verifyProgress"));
    progress->setWindowTitle(tr("Verify audit trail"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, this, [cancel]() { *cancel = true; });
    auto* poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress,
        [progress, done]() { progress->setValue(int(qMin<qint64>(*done, INT_MAX))); });
    poll->start(100);
    QPointer<QProgressDialog> guard(progress);
    Register* reg = m_reg.get();
    m_runner.run(
        this,
        [reg, done, cancel]() {
            return reg->verify([done, cancel](qint64 n) {
                *done = n;
                return !cancel->load();
            });
        },
        [this, guard, total, cancel](Result<VerifyReport> r) {
            if (guard)
                guard->deleteLater();
            m_verifyCancel.reset();
            if (m_lockPending)
                return; // locking: no result over a locked window
            if (cancel->load()) {
                statusBar()->showMessage(tr("Verification cancelled."), 5000);
                return;
            }
            showVerifyResult(r, total);
        });
}

std::unique_ptr<QTextDocument> MainWindow::paperForCurrentEvent()
{
    if (!canUseRegister())
        return nullptr;
    const Event* e = currentAuditEvent();
    if (!e || !Paperwork::kindFor(*e))
        return nullptr;
    // The item as this user sees it now (R-ACC-3): its title withheld in the accountability view.
    auto item = m_reg->items().seen(controlOfSubject(e->subject), QStringLiteral("item.print"));
    if (!item) {
        MessageBox::critical(this, tr("Print record"), Widgets::errorText(item.error()));
        return nullptr;
    }
    return Paperwork::document(*e, *item, m_reg->policy(), m_auditModel->names(), m_reg->facility(),
        QString::fromLatin1(m_reg->registerId().toHex()));
}

const Event* MainWindow::currentAuditEvent() const
{
    const QModelIndex shown = m_auditPage->view()->currentIndex();
    return shown.isValid() ? m_auditModel->eventAt(m_auditPage->proxy()->mapToSource(shown).row()) : nullptr;
}

void MainWindow::printRecord()
{
    preview(paperForCurrentEvent(), tr("Print record"));
}

std::unique_ptr<QTextDocument> MainWindow::coverSheetsForCurrentItem()
{
    if (!canUseRegister() || !m_registerPage->currentItem())
        return nullptr;
    // With its copies, as this user sees it now (R-ACC-3).
    auto item = m_reg->items().seen(m_registerPage->currentItem()->control, QStringLiteral("item.print"));
    if (!item) {
        MessageBox::critical(this, tr("Print cover sheets and labels"), Widgets::errorText(item.error()));
        return nullptr;
    }
    return Paperwork::coverSheetsAndLabels(*item, m_reg->policy());
}

std::unique_ptr<QTextDocument> MainWindow::labelForCurrentContainer()
{
    if (!canUseRegister())
        return nullptr;
    const QModelIndex shown = m_containersPage->view()->currentIndex();
    const Container* c = shown.isValid()
        ? m_containersModel->containerAt(m_containersPage->proxy()->mapToSource(shown).row())
        : nullptr;
    return c ? Paperwork::containerLabel(*c, m_reg->policy()) : nullptr;
}

void MainWindow::printCoverSheets()
{
    preview(coverSheetsForCurrentItem(), tr("Print cover sheets and labels"));
}

void MainWindow::preview(const std::shared_ptr<QTextDocument>& doc, const QString& title)
{
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [doc](QPrinter* p) { doc->print(p); });
    dialog.exec();
}

ExportDialog* MainWindow::exportForInspection()
{
    if (!canUseRegister())
        return nullptr;
    auto* dialog = new ExportDialog(*m_reg, m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ExportDialog::registerChanged, this, &MainWindow::refresh);
    m_exportDialog = dialog;
    dialog->open();
    return dialog;
}

ExportDialog* MainWindow::exportAuditView()
{
    ExportDialog* dialog = exportForInspection();
    if (dialog) {
        const Ledger::Filter f = m_auditFilter->filter();
        dialog->setEventFilter(f.kind, f.actor, f.control, m_auditFilter->fromDate(), m_auditFilter->toDate());
    }
    return dialog;
}

void MainWindow::verifyBundle()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Verify a bundle"), QString(), tr("Export bundles (*.kbundle);;All files (*)"));
    if (!path.isEmpty())
        openBundle(path);
}

BundleWindow* MainWindow::openBundle(const QString& path)
{
    auto* window = new BundleWindow(path, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

void MainWindow::backUp()
{
    if (!canUseRegister())
        return;
    const QFileInfo live(m_reg->path());
    const QString suggested
        = QDir(live.absolutePath())
              .filePath(QStringLiteral("%1-backup-%2.kanribo")
                            .arg(live.completeBaseName(), QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    // The core never overwrites a file, so the dialog does not offer to.
    QString dest = QFileDialog::getSaveFileName(this, tr("Back up the register"), suggested,
        tr("Kanribo registers (*.kanribo)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (dest.isEmpty())
        return;
    if (QFileInfo(dest).suffix().isEmpty())
        dest += QStringLiteral(".kanribo");
    backUpTo(dest);
}

void MainWindow::backUpTo(const QString& dest)
{
    if (!canUseRegister())
        return;
    auto* progress = new QProgressDialog(tr("Backing up the register and verifying the copy…"), QString(), 0, 0, this);
    progress->setObjectName(QStringLiteral("backupProgress"));
    progress->setWindowTitle(tr("Back up"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    QPointer<QProgressDialog> guard(progress);
    Register* reg = m_reg.get();
    m_runner.run(
        this, [reg, dest]() { return reg->backup(dest); },
        [this, guard](Result<BackupResult> r) {
            if (guard)
                guard->deleteLater();
            if (m_lockPending)
                return; // locking: no result over a locked window
            refresh();
            if (!r) {
                MessageBox::critical(this, tr("Back up"), r.error().message);
                return;
            }
            MessageBox::information(this, tr("Back up"),
                tr("The register was backed up to %1 and its key ring to %2; the copy verifies.\n\n"
                   "Head: event %3, hash %4.\n\nKeep both files together, protected like the most highly classified "
                   "item in the register.")
                    .arg(r->backupPath, r->keyRingPath)
                    .arg(r->headSeq)
                    .arg(QString::fromLatin1(r->headHash.toHex())));
        });
}

void MainWindow::showVerifyResult(const Result<VerifyReport>& result, qint64 total)
{
    if (!result) {
        MessageBox::critical(this, tr("Verify audit trail"), result.error().message);
        return;
    }
    const VerifyReport& report = result.value();
    if (report.ok) {
        MessageBox::information(this, tr("Verify audit trail"),
            tr("The audit trail is intact: %n event(s), hash chain and signatures verified.", nullptr,
                int(qMin<qint64>(report.events, INT_MAX))));
    } else {
        MessageBox::critical(this, tr("Verify audit trail"),
            tr("The audit trail FAILED verification at event %1 of %2: %3")
                .arg(report.firstBad)
                .arg(total)
                .arg(report.reason));
    }
}

} // namespace kanribo
