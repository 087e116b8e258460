// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article60/article60.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace parcours::ui {

class DateEdit;
class EndingContractModel;
class PostBoardModel;

// The Article 60 tab of the Cells area: the occupancy board (every post, filled or vacant on
// the chosen day; vacant first until the user sorts otherwise), the contracts ending within
// 30, 60 or 90 days, and the actions: new post, new contract, end contract. Ending a contract
// proposes the three-month post-article-60 placement (Article60::proposePostArticle60) and
// creates it when the officer confirms.
class Article60View : public QWidget
{
    Q_OBJECT
public:
    explicit Article60View(QWidget *parent = nullptr);
    ~Article60View() override;

    void setDatabase(Database *db);
    void refresh();
    void setDay(const QDate &day);
    QDate day() const;
    void setWindowDays(int days); // 30, 60 or 90

    // After a contract ended: asks the officer about the post-article-60 proposal and, when
    // confirmed, creates the placement. Returns the new placement's id, 0 when none.
    qint64 offerPostArticle60(qint64 contractId);
    // How the officer is asked; a test answers instead of a modal dialog. Receives the text
    // of the question.
    void setConfirmation(std::function<bool(const QString &)> confirm) { m_confirm = std::move(confirm); }
    // The last message shown under the board (a refusal or what was done).
    QString statusText() const;

    PostBoardModel *boardModel() const { return m_board; }
    EndingContractModel *endingModel() const { return m_ending; }
    QTableView *boardTable() const { return m_boardTable; }
    QTableView *endingTable() const { return m_endingTable; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSummary();
    void fitColumns();
    void newPost();
    void newContract();
    void endChosenContract();
    std::optional<Article60Contract> chosenContract() const;
    void updateButtons();

    Database *m_db = nullptr;
    PostBoardModel *m_board = nullptr;
    QSortFilterProxyModel *m_boardSort = nullptr;
    EndingContractModel *m_ending = nullptr;
    QLabel *m_dayLabel = nullptr;
    DateEdit *m_day = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_boardTable = nullptr;
    QLabel *m_endingTitle = nullptr;
    QComboBox *m_window = nullptr;
    QTableView *m_endingTable = nullptr;
    QPushButton *m_newPost = nullptr;
    QPushButton *m_newContract = nullptr;
    QPushButton *m_endContract = nullptr;
    QLabel *m_status = nullptr;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace parcours::ui
