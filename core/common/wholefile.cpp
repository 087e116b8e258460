// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/wholefile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace parcours {

Status WholeFile::write(const QString &path, const QByteArray &bytes, NewFile newFile)
{
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(file.errorString());
    if (!existed && newFile == NewFile::OwnerOnly)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            const QString why = file.errorString();
            file.cancelWriting();
            return Status::failure(tr("the disk may be full (%1).").arg(why));
        }
        written += n;
    }
    if (!file.flush() || !file.commit())
        return Status::failure(tr("the disk may be full (%1).").arg(file.errorString()));
    return Status::success();
}

} // namespace parcours
