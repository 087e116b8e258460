// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partners/partners.h"

#include <QAbstractTableModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace parcours::ui {

class DateEdit;

// The partner directory as a table: name, kind, contact, phone, active.
class PartnerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Contact, Phone, Active, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Partner> rows);
    const Partner *rowAt(int row) const;
    int rowOf(qint64 partnerId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Partner> m_rows;
};

// The agreements of one partner: subject, from, until.
class AgreementListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Subject, From, Until, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<PartnerAgreement> rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PartnerAgreement> m_rows;
};

// The Partners tab of the Cells area: the directory (filter by kind, inactive ones on demand),
// the form of the chosen partner (or a new one) and its agreements. The rules are the core's
// (Partners): a refusal shows the core's message and tints the field it names.
class PartnersView : public QWidget
{
    Q_OBJECT
public:
    explicit PartnersView(QWidget *parent = nullptr);
    ~PartnersView() override;

    void setDatabase(Database *db);
    void refresh();

    // Empties the form for a new partner.
    void newPartner();
    // Saves the form (adds or updates); false and the message shown when refused.
    bool save();
    // Adds the agreement typed below the list to the chosen partner.
    bool addAgreement();
    QString errorText() const;

    PartnerListModel *model() const { return m_model; }
    AgreementListModel *agreementModel() const { return m_agreements; }
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitColumns();
    void showPartner(const Partner &partner);
    void currentChanged();
    void showError(const QString &message, QWidget *field = nullptr);
    void clearError();
    QWidget *fieldNamedIn(const QString &message) const;
    QLabel *addRow(QWidget *field, const char *objectName);

    Database *m_db = nullptr;
    qint64 m_current = 0; // 0: a new partner in the form
    PartnerListModel *m_model = nullptr;
    AgreementListModel *m_agreements = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_formTitle = nullptr;
    QLabel *m_error = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_labels;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_agreementsTitle = nullptr;
    QTableView *m_agreementTable = nullptr;
    QLineEdit *m_subject = nullptr;
    DateEdit *m_from = nullptr;
    DateEdit *m_until = nullptr;
    QPushButton *m_addAgreement = nullptr;
    QList<QWidget *> m_tinted;
};

} // namespace parcours::ui
