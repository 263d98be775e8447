#include "models/jobtracker.h"

namespace clientele {

JobTracker::JobTracker(QObject *parent)
    : QObject(parent)
{
}

JobTracker::~JobTracker()
{
    if (m_cancel)
        m_cancel->cancel();
}

std::shared_ptr<CancelToken> JobTracker::begin()
{
    if (m_cancel)
        m_cancel->cancel();
    m_cancel = std::make_shared<CancelToken>();
    ++m_generation;
    setRunning(true);
    return m_cancel;
}

bool JobTracker::accept(quint64 generation)
{
    if (generation != m_generation)
        return false;
    m_delivered = generation;
    m_cancel.reset();
    setRunning(false);
    return true;
}

void JobTracker::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
    m_cancel.reset();
    ++m_generation;
    setRunning(false);
}

void JobTracker::interrupt()
{
    if (m_cancel)
        m_cancel->cancel();
}

void JobTracker::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

} // namespace clientele
