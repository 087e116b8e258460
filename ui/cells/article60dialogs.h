// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article60/article60.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QVBoxLayout;

namespace parcours::ui {

class DateEdit;

// What the three dialogs share: a form under an error strip that shows the core's refusal.
class Article60Dialog : public QDialog
{
    Q_OBJECT
public:
    QString errorText() const;
    // Checks, asks the core and closes on success; on refusal shows why and stays open.
    virtual bool submit() = 0;

protected:
    Article60Dialog(Database &db, QWidget *parent);
    ~Article60Dialog() override;
    void addRow(const QString &label, QWidget *field, const char *objectName);
    void finish(const QString &okText);
    void showError(const QString &message);

    Database &m_db;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_error = nullptr;
    QFormLayout *m_form = nullptr;
};

// A new article 60 post.
class PostDialog : public Article60Dialog
{
    Q_OBJECT
public:
    explicit PostDialog(Database &db, QWidget *parent = nullptr);
    bool submit() override;
    qint64 savedId() const { return m_saved; }

private:
    QLineEdit *m_function = nullptr;
    QLineEdit *m_place = nullptr;
    QComboBox *m_partner = nullptr;
    QCheckBox *m_socialEconomy = nullptr;
    QComboBox *m_schedule = nullptr;
    QLineEdit *m_note = nullptr;
    qint64 m_saved = 0;
};

// A new contract: the person (searched by name or reference in the register), the post, the
// start and the days needed; the planned end is shown as it is computed, with its rule.
class ContractDialog : public Article60Dialog
{
    Q_OBJECT
public:
    ContractDialog(Database &db, const QString &officer, qint64 postId = 0, QWidget *parent = nullptr);
    bool submit() override;
    qint64 savedId() const { return m_saved; }
    QString plannedEndText() const;

private:
    void search();
    void updatePlannedEnd();

    QString m_officer;
    QLineEdit *m_search = nullptr;
    QListWidget *m_people = nullptr;
    QComboBox *m_post = nullptr;
    DateEdit *m_start = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_plannedEnd = nullptr;
    QLineEdit *m_note = nullptr;
    QList<Article60Post> m_posts;
    qint64 m_saved = 0;
};

// Ends a contract: its last day and why.
class EndContractDialog : public Article60Dialog
{
    Q_OBJECT
public:
    EndContractDialog(Database &db, const Article60Contract &contract, QWidget *parent = nullptr);
    bool submit() override;

private:
    Article60Contract m_contract;
    DateEdit *m_end = nullptr;
    QComboBox *m_reason = nullptr;
};

} // namespace parcours::ui
