// SPDX-License-Identifier: GPL-3.0-or-later
#include "article60/article60report.h"

namespace parcours {

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

Result<Article60Report> Article60Report::compute(Database &db, const QDate &on)
{
    Article60 a60(db);
    Result<QList<PostOccupancy>> board = a60.occupancy(on);
    if (!board)
        return Result<Article60Report>::failure(board.error());
    Result<QList<Article60Contract>> ending = a60.endingWithin(on, 90);
    if (!ending)
        return Result<Article60Report>::failure(ending.error());
    return Article60Report{on, board.take(), ending.take()};
}

int Article60Report::filled() const
{
    return int(std::count_if(board.cbegin(), board.cend(), [](const PostOccupancy &o) { return o.filled(); }));
}

int Article60Report::windowOf(const Article60Contract &contract) const
{
    const qint64 left = on.daysTo(contract.end());
    return left <= 30 ? 30 : left <= 60 ? 60 : 90;
}

int Article60Report::endingWithin(int days) const
{
    return int(std::count_if(ending.cbegin(), ending.cend(),
                             [&](const Article60Contract &c) { return on.daysTo(c.end()) <= days; }));
}

QString Article60Report::toCsv() const
{
    QStringList lines{QStringLiteral("kind,post_id,function,place,partner,social_economy,schedule,status,reference,person,"
                                     "start,end,days_left,within")};
    for (const PostOccupancy &o : board) {
        const Article60Contract c = o.contract.value_or(Article60Contract());
        lines << QStringList{QStringLiteral("post"),
                             QString::number(o.post.id),
                             csvField(o.post.function),
                             csvField(o.post.place),
                             csvField(o.post.partnerName),
                             o.post.socialEconomy ? QStringLiteral("1") : QStringLiteral("0"),
                             Article60::scheduleCode(o.post.schedule),
                             o.filled() ? QStringLiteral("filled") : QStringLiteral("vacant"),
                             csvField(c.reference),
                             csvField(c.personName),
                             iso(c.start),
                             iso(o.filled() ? c.end() : QDate()),
                             o.filled() ? QString::number(on.daysTo(c.end())) : QString(),
                             QString()}
                     .join(QLatin1Char(','));
    }
    for (const Article60Contract &c : ending) {
        // A contract running on the day fills its post, so the post is on the board.
        const auto post = std::find_if(board.cbegin(), board.cend(), [&c](const PostOccupancy &o) { return o.post.id == c.postId; });
        const Article60Post p = post != board.cend() ? post->post : Article60Post();
        lines << QStringList{QStringLiteral("ending"),
                             QString::number(c.postId),
                             csvField(p.function),
                             csvField(p.place),
                             csvField(p.partnerName),
                             p.socialEconomy ? QStringLiteral("1") : QStringLiteral("0"),
                             Article60::scheduleCode(p.schedule),
                             c.ended() ? QStringLiteral("ended") : QStringLiteral("running"),
                             csvField(c.reference),
                             csvField(c.personName),
                             iso(c.start),
                             iso(c.end()),
                             QString::number(on.daysTo(c.end())),
                             QString::number(windowOf(c))}
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace parcours
